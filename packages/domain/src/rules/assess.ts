import { parseClaim } from '../claims/parse-claim.js';
import type { Claim } from '../claims/schema.js';
import type { Assessment } from './assessment.js';
import { resolveContext, type AssessContext } from './context.js';
import { Evaluation } from './evaluation.js';
import { fixedAward } from './fixed-award.js';
import { interestSubsidy } from './interest-subsidy.js';
import { perItemAward } from './per-item-award.js';
import { shareWithCap } from './share-with-cap.js';

function run(claim: Claim, ev: Evaluation): Assessment {
  switch (claim.provision) {
    case 'M1.1':
    case 'M1.2':
    case 'M1.3':
    case 'M11.1':
      return fixedAward(claim, ev);
    case 'M1.4':
    case 'M1.5':
    case 'M1.6':
    case 'M1.7':
    case 'M1.8':
      return perItemAward(claim, ev);
    case 'M5.1':
    case 'M7.5':
      return shareWithCap(claim, ev);
    case 'M7.4':
      return interestSubsidy(claim, ev);
  }
}

/**
 * Assess a claim under the policy in force on its date: eligible or not (with every failed
 * condition), the amount rounded once half up to the fen, whether a cap bit, and a trace of
 * every step with its clause. Invalid input throws DomainError; it never yields a number.
 *
 * @example
 * assess({ provision: 'M7.5', evaluationFeePaid: '12345.67' }, { fundingYear: 2025 }).amount // "11111.10"
 */
export function assess(claim: unknown, context?: AssessContext): Assessment {
  const valid = parseClaim(claim);
  const ev = new Evaluation(valid.provision, resolveContext(valid, context));
  return run(valid, ev);
}
