import { isCalendarDate, yearOf, type CalendarDate } from '../dates/calendar-date.js';
import { DomainError } from '../errors/domain-error.js';
import { defaultLprTable, type LprTable } from '../lpr/lpr-table.js';
import { Money } from '../money/money.js';
import type { PolicySource } from '../policy/version.js';
import { normalizeItemKey } from '../claims/item-key.js';

/**
 * What an assessment needs to know besides the claim. The policy is required: nothing applies
 * Ningxia's amounts (or anyone's) unless it is passed. The date is required too, as `asOf` (the
 * application date) or as the funding year: an assessment never depends silently on today.
 */
export interface AssessContext<S = PolicySource> {
  /** A version, or several from which the one in force on `asOf` is chosen (e.g. `builtInPolicies`). */
  policy: S;
  /** The region whose version applies, when `policy` holds several regions' versions. */
  region?: string;
  /** The date the assessment is made for (the application date). Default: the last day of `fundingYear`. */
  asOf?: CalendarDate;
  /** The funding year (资助年度). Default: the year of `asOf`. */
  fundingYear?: number;
  /** What this applicant was already granted in the cap's period under the same provision. */
  grantedThisYear?: string;
  /** The LPR publications; default: the table this package ships. */
  lprTable?: LprTable;
  /** Once-only awards: this title/evaluation was already paid to this applicant (in the period). */
  alreadyPaid?: boolean;
  /**
   * Per-item awards: item keys already paid ("ZL201910123456.7", "US:11223344"). A list is read like
   * claimed items (normalizeItemKey); a set is taken as keys already made by itemKey (simulate's).
   */
  paidItems?: readonly string[] | ReadonlySet<string>;
  /** Titles on the same ladder already paid to this applicant, for the titleStacking reading. */
  paidTitles?: readonly { provision: string; amount: string }[];
}

const KEYS: ReadonlySet<string> = new Set([
  'policy',
  'region',
  'asOf',
  'fundingYear',
  'grantedThisYear',
  'lprTable',
  'alreadyPaid',
  'paidItems',
  'paidTitles',
]);
const FEN = /^(0|[1-9]\d{0,14})(\.\d{1,2})?$/;

export interface ResolvedContext {
  policy: PolicySource;
  region: string | undefined;
  fundingYear: number;
  asOf: CalendarDate;
  granted: Money;
  lprTable: LprTable;
  alreadyPaid: boolean;
  paidItems: ReadonlySet<string>;
  paidTitles: readonly { provision: string; amount: string }[];
}

const NO_ITEMS: ReadonlySet<string> = new Set();

/** Checks every key (a misspelled one is an error, not ignored) and fills the defaults. */
export function resolveContext(context: AssessContext<unknown>): ResolvedContext {
  if (typeof context !== 'object' || context === null)
    throw new DomainError('CONTEXT_INVALID', {
      key: '(root)',
      problem: 'give a context object with at least the policy',
    });
  for (const key in context) {
    if (!KEYS.has(key)) throw new DomainError('CONTEXT_KEY_UNKNOWN', { key, known: [...KEYS].join(', ') });
  }
  const c = context as AssessContext<PolicySource>;
  if (c.policy === undefined) throw new DomainError('POLICY_REQUIRED', {});
  const fy = c.fundingYear;
  if (fy !== undefined && (!Number.isInteger(fy) || fy < 2000 || fy > 2100))
    throw new DomainError('FUNDING_YEAR_INVALID', { input: String(fy) });
  if (c.asOf !== undefined && !isCalendarDate(c.asOf))
    throw new DomainError('DATE_INVALID', {
      field: 'Assessment date',
      fieldZh: '评估日期',
      input: String(c.asOf),
    });
  if (c.asOf === undefined && fy === undefined) throw new DomainError('AS_OF_REQUIRED', {});
  const granted = c.grantedThisYear ?? '0';
  if (typeof granted !== 'string' || !FEN.test(granted)) {
    const negative = typeof granted === 'string' && granted.startsWith('-');
    throw new DomainError(negative ? 'MONEY_NEGATIVE' : 'MONEY_INVALID', {
      field: 'Already granted this year',
      fieldZh: '本年度已获补助',
      input: String(granted),
      value: String(granted),
    });
  }
  if (c.alreadyPaid !== undefined && typeof c.alreadyPaid !== 'boolean')
    throw new DomainError('CONTEXT_INVALID', { key: 'alreadyPaid', problem: 'true or false' });
  const items = c.paidItems;
  if (
    items !== undefined &&
    !(items instanceof Set) &&
    (!Array.isArray(items) || items.some((x) => typeof x !== 'string'))
  ) {
    throw new DomainError('CONTEXT_INVALID', { key: 'paidItems', problem: 'a list of item keys' });
  }
  const asOf = c.asOf ?? `${fy}-12-31`;
  return {
    policy: c.policy,
    region: c.region,
    asOf,
    fundingYear: fy ?? yearOf(asOf),
    granted: granted === '0' || granted === '0.00' ? Money.zero() : Money.of(granted),
    lprTable: c.lprTable ?? defaultLprTable,
    alreadyPaid: c.alreadyPaid ?? false,
    paidItems:
      items instanceof Set
        ? items
        : (items as readonly string[] | undefined)?.length
          ? new Set((items as readonly string[]).map(normalizeItemKey))
          : NO_ITEMS,
    paidTitles: c.paidTitles ?? [],
  };
}
