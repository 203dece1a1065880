import { DomainError } from '../errors/domain-error.js';
import type { DomainErrorCode } from '../errors/messages.js';
import { formatIssues } from '../policy/format-issues.js';
import { CLAIM_PROVISIONS, claimSchemaByProvision, type Claim, type ClaimProvision } from './schema.js';

export function isClaimProvision(p: unknown): p is ClaimProvision {
  return typeof p === 'string' && (CLAIM_PROVISIONS as readonly string[]).includes(p);
}

/**
 * Validates a claim with the exported schemas and turns the first problem into a DomainError
 * with a stable code (MONEY_NEGATIVE, DATE_ORDER, DUPLICATE_ITEM…), or CLAIM_INVALID listing
 * every problem where no more specific code applies.
 */
export function parseClaim(input: unknown): Claim {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new DomainError('CLAIM_INVALID', { issues: '(root): a claim is an object with a "provision"' });
  }
  const provision = (input as { provision?: unknown }).provision;
  if (!isClaimProvision(provision)) {
    throw new DomainError('UNKNOWN_PROVISION', { input: String(provision), known: CLAIM_PROVISIONS.join(', ') });
  }
  const parsed = claimSchemaByProvision[provision].safeParse(input);
  if (parsed.success) return parsed.data as Claim;
  for (const i of parsed.error.issues) {
    const params = (i as { params?: { domainCode?: DomainErrorCode; details?: Record<string, string | number> } }).params;
    if (params?.domainCode) throw new DomainError(params.domainCode, params.details ?? {});
  }
  throw new DomainError('CLAIM_INVALID', { issues: formatIssues(parsed.error) });
}
