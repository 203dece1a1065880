import { claimProvisionOf, parseClaim } from '../claims/parse-claim.js';
import { DomainError } from '../errors/domain-error.js';
import { versionInForce } from '../policy/policy-book.js';
import type { ClaimOfSource, PolicySource } from '../policy/version.js';
import type { Assessment } from './assessment.js';
import { resolveContext, type AssessContext } from './context.js';
import { Evaluation } from './evaluation.js';
import { KIND_RULES } from './kinds/index.js';

/**
 * Assess a claim under the version in force on the application date (`asOf`, or the end of the
 * funding year): eligible or not (with every failed condition), the amount rounded once half up
 * to the fen, whether a cap bit, and a trace of every step with its clause. The provision's kind
 * picks the rule. Invalid input throws DomainError; it never yields a number.
 *
 * The claim's type follows from the policy: with `builtInPolicies` a claim under "M7.5" must have
 * exactly `evaluationFeePaid`, and a misspelled field does not compile.
 *
 * @example
 * assess({ provision: 'M7.5', evaluationFeePaid: '12345.67' }, { policy: builtInPolicies, fundingYear: 2025 }).amount // "11111.10"
 */
export function assess<S extends PolicySource<unknown>>(
  claim: NoInfer<ClaimOfSource<S>>,
  context: AssessContext<S>,
): Assessment<ClaimOfSource<S> extends { provision: infer P extends string } ? P : string> {
  const ctx = resolveContext(context);
  const version = versionInForce(ctx.policy, ctx.asOf, ctx.region);
  const valid = parseClaim(claim, version, ctx.asOf) as Record<string, unknown>;
  const provision = claimProvisionOf(version, valid.provision)!;
  const rule = KIND_RULES[provision.kind];
  if (!rule) throw new DomainError('UNKNOWN_PROVISION', { input: provision.id, known: '—' });
  return rule(valid, new Evaluation(version, provision, ctx)) as never;
}
