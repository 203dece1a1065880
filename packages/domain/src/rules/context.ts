import { z } from 'zod';
import { todayInChina, yearOf, type CalendarDate } from '../dates/calendar-date.js';
import { DomainError } from '../errors/domain-error.js';
import type { LprTable } from '../lpr/lpr-table.js';
import { defaultLprTable } from '../lpr/lpr-table.js';
import { Money } from '../money/money.js';
import { builtInPolicies, type PolicySource } from '../policy/policy-book.js';
import type { Claim } from '../claims/schema.js';
import { dateField, moneyField } from '../claims/schema.js';
import { normalizeItemKey } from '../claims/item-key.js';
import type { DomainErrorCode } from '../errors/messages.js';

/**
 * What an assessment needs to know besides the claim. All optional: a public calculator knows
 * nothing of the enterprise, the API knows everything.
 */
export interface AssessContext {
  /** The funding year (资助年度); default: the year of `asOf`. */
  fundingYear?: number;
  /** What this enterprise was already granted this funding year under the same annual cap. */
  grantedThisYear?: string;
  /** The date the assessment is made for (the application date); default: the claim's own date, else today in China. */
  asOf?: CalendarDate;
  /** A version, or several from which the one in force on `asOf` is chosen; default: the versions this package ships. */
  policy?: PolicySource;
  /** The LPR publications; default: the table this package ships. */
  lprTable?: LprTable;
  /** For once-only awards (M1.1–M1.3, M11.1): this title/evaluation was already paid to this applicant. */
  alreadyPaid?: boolean;
  /** For per-item awards (M1.4–M1.8): item keys already paid ("ZL201910123456.7", "US:11223344"), read like claimed items (normalizeItemKey). */
  paidItems?: readonly string[];
}

export const assessContextSchema = z.looseObject({
  fundingYear: z.number().int().min(2000).max(2100).optional(),
  grantedThisYear: moneyField('grantedThisYear', { positive: false }).optional(),
  asOf: dateField('asOf').optional(),
  alreadyPaid: z.boolean().optional(),
  paidItems: z.array(z.string()).optional(),
});

export interface ResolvedContext {
  fundingYear: number;
  asOf: CalendarDate;
  granted: Money;
  policy: PolicySource;
  lprTable: LprTable;
  alreadyPaid: boolean;
  paidItems: ReadonlySet<string>;
}

/** The date a claim speaks of, used as `asOf` when none is given. */
function claimDate(claim: Claim): CalendarDate | undefined {
  switch (claim.provision) {
    case 'M1.1':
    case 'M1.2':
    case 'M1.3':
    case 'M11.1':
      return claim.recognizedOn;
    case 'M5.1':
      return claim.contractDate;
    case 'M7.4':
      return claim.repaidOn;
    default:
      return undefined;
  }
}

export function resolveContext(claim: Claim, context: AssessContext = {}): ResolvedContext {
  if (context.fundingYear !== undefined && (!Number.isInteger(context.fundingYear) || context.fundingYear < 2000 || context.fundingYear > 2100)) {
    throw new DomainError('FUNDING_YEAR_INVALID', { input: String(context.fundingYear) });
  }
  const parsed = assessContextSchema.safeParse(context);
  if (!parsed.success) {
    const params = (parsed.error.issues[0] as { params?: { domainCode?: DomainErrorCode; details?: Record<string, string> } }).params;
    throw new DomainError(params?.domainCode ?? 'CLAIM_INVALID', params?.details ?? { issues: parsed.error.message });
  }
  const asOf = context.asOf ?? claimDate(claim) ?? todayInChina();
  return {
    asOf,
    fundingYear: context.fundingYear ?? yearOf(asOf),
    granted: Money.of(context.grantedThisYear ?? '0'),
    policy: context.policy ?? builtInPolicies,
    lprTable: context.lprTable ?? defaultLprTable,
    alreadyPaid: context.alreadyPaid ?? false,
    paidItems: new Set((context.paidItems ?? []).map(normalizeItemKey)),
  };
}
