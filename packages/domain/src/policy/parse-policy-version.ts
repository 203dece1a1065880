import { DomainError } from '../errors/domain-error.js';
import type { ClaimOf } from './claim-types.js';
import { checkVersion } from './check-version.js';
import { formatIssues } from './format-issues.js';
import { policyVersionSchema } from './schema.js';
import { safeParse } from '../schema/parse.js';
import type { PolicyVersion } from './version.js';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * Validates a policy version strictly (an unknown or misplaced key is an error, never dropped;
 * a provision missing what its kind needs is an error naming both) and returns it deeply frozen.
 * A version loaded from a file, a database or an admin's edit goes through here before any rule
 * sees it. Given typed data, the result carries the claim type of that data.
 */
export function parsePolicyVersion<const I = unknown>(input: I): PolicyVersion<ClaimOf<I>> {
  const parsed = safeParse(policyVersionSchema, input);
  if (!parsed.success) throw new DomainError('POLICY_INVALID', { issues: formatIssues(parsed.error) });
  const problems = checkVersion(parsed.data);
  if (problems.length) throw new DomainError('POLICY_INVALID', { issues: problems.join('; ') });
  return deepFreeze(parsed.data) as PolicyVersion<ClaimOf<I>>;
}
