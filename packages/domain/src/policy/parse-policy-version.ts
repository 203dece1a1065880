import { DomainError } from '../errors/domain-error.js';
import { formatIssues } from './format-issues.js';
import { policyVersionSchema, type PolicyVersion } from './schema.js';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * Validates a policy version strictly (an unknown or misplaced key is an error, never dropped)
 * and returns it deeply frozen. A version loaded from a file, a database or an admin's edit goes
 * through here before any rule sees it.
 */
export function parsePolicyVersion(input: unknown): PolicyVersion {
  const parsed = policyVersionSchema.safeParse(input);
  if (!parsed.success) throw new DomainError('POLICY_INVALID', { issues: formatIssues(parsed.error) });
  return deepFreeze(parsed.data);
}
