import type { ProvisionKind } from '../../policy/schema.js';
import type { Assessment } from '../assessment.js';
import type { Evaluation } from '../evaluation.js';
import { fixedAward } from './fixed-award.js';
import { interestSubsidy } from './interest-subsidy.js';
import { officerSet } from './officer-set.js';
import { percentageWithCap } from './percentage-with-cap.js';
import { perItemAward } from './per-item-award.js';

export type KindRule = (claim: Readonly<Record<string, unknown>>, ev: Evaluation) => Assessment;

/**
 * The rule of each kind that takes claims, implemented once: a provision is assessed by its
 * kind, whatever its id. What each rule reads is in policy/kinds.ts, checked at parse.
 */
export const KIND_RULES: Partial<Record<ProvisionKind, KindRule>> = {
  'fixed-award': fixedAward,
  'per-item-award': perItemAward,
  'percentage-with-cap': percentageWithCap,
  'interest-subsidy': interestSubsidy,
  // A budget floor's projects (M4.2): the amount is set by the reviewer, not computed.
  'budget-floor': officerSet,
};
