import { DomainError } from '../errors/domain-error.js';
import type { DomainErrorCode } from '../errors/messages.js';
import type { AnyClaim } from '../policy/claim-types.js';
import { formatIssues } from '../policy/format-issues.js';
import { provisionOf } from '../policy/policy-book.js';
import type { Provision } from '../policy/schema.js';
import type { PolicyVersion } from '../policy/version.js';
import { quickValid } from './fast-check.js';
import { claimSchemaFor } from './schema.js';
import { safeParse } from '../schema/parse.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import { notAbroadOn } from '../jurisdictions/jurisdictions.js';

/** The provisions of a version that take claims, in policy order. */
export function claimProvisionIds(version: PolicyVersion<unknown>): string[] {
  return version.provisions.filter((p) => p.claim).map((p) => p.id);
}

/** The provision a claim is made under, if the version takes claims under it. */
export function claimProvisionOf(version: PolicyVersion<unknown>, id: unknown): Provision | undefined {
  const p = typeof id === 'string' ? provisionOf(version, id) : undefined;
  return p?.claim ? p : undefined;
}

/**
 * Validates a claim made on `date` (its application date) against the version's schema for its
 * provision and turns the first problem
 * into a DomainError with a stable code (MONEY_NEGATIVE, DATE_ORDER, DUPLICATE_ITEM…), or
 * CLAIM_INVALID listing every problem where no more specific code applies.
 */
export function parseClaim<C = AnyClaim>(input: unknown, version: PolicyVersion<C>, date: CalendarDate): C {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new DomainError('CLAIM_INVALID', { issues: '(root): a claim is an object with a "provision"' });
  }
  const id = (input as { provision?: unknown }).provision;
  const provision = claimProvisionOf(version, id);
  if (!provision) {
    throw new DomainError('UNKNOWN_PROVISION', {
      input: String(id),
      known: claimProvisionIds(version).join(', '),
    });
  }
  // A claim is data the caller keeps: the result is a copy, never the input itself.
  if (quickValid(provision, input as Record<string, unknown>, notAbroadOn(provision, date)))
    return { ...(input as object) } as C;
  const parsed = safeParse(claimSchemaFor(provision, date), input);
  if (parsed.success) return parsed.data as C;
  for (const i of parsed.error.issues) {
    const params = (
      i as { params?: { domainCode?: DomainErrorCode; details?: Record<string, string | number> } }
    ).params;
    if (params?.domainCode) throw new DomainError(params.domainCode, params.details ?? {});
  }
  throw new DomainError('CLAIM_INVALID', { issues: formatIssues(parsed.error) });
}
