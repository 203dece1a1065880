import type { ClaimFieldInput, ProvisionKind } from './schema.js';

/**
 * What each kind of provision needs from its data for its rule to run: the parameters it reads
 * and the claim fields it reads by role. A version missing one is refused when it is parsed,
 * naming the provision and what is missing — never at the first claim.
 */
export interface KindRequirement {
  /**
   * The kind is assessed from claims (it has a rule in rules/kinds); "optional": a provision of it
   * may take claims or not (a budget floor funds projects that apply, M4.2, or is a target tracked
   * from records, M7.2) — when it does, its fields give the roles.
   */
  claims: boolean | 'optional';
  parameters: readonly string[];
  /** Claim fields the rule reads, by role, and the inputs each may be. */
  roles: Readonly<Record<string, readonly ClaimFieldInput[]>>;
  /** Roles a provision may give but need not (read when present). */
  optionalRoles?: Readonly<Record<string, readonly ClaimFieldInput[]>>;
}

export const KIND_REQUIREMENTS: Readonly<Record<ProvisionKind, KindRequirement>> = {
  'fixed-award': {
    claims: true,
    parameters: ['amount', 'recognitionWindowYears'],
    roles: { recognized: ['date'] },
  },
  'per-item-award': {
    claims: true,
    parameters: ['amountPerItem'],
    roles: { items: ['patent-list', 'foreign-items'] },
  },
  'percentage-with-cap': {
    claims: true,
    parameters: ['rate', 'annualCap'],
    roles: { base: ['money'] },
    /** contracted: the contract's date (not read by the rule; what a licence concluded on the platform fills in). */
    optionalRoles: { qualifier: ['choice'], contracted: ['date'] },
  },
  'interest-subsidy': {
    claims: true,
    parameters: ['annualCap', 'maxDays', 'dayCountBasis'],
    roles: {
      principal: ['money'],
      pledgeShare: ['ratio'],
      disbursed: ['date'],
      repaid: ['date'],
      interestPaid: ['money'],
    },
  },
  'count-target': { claims: false, parameters: ['count'], roles: {} },
  'count-approx': { claims: false, parameters: ['count', 'tolerance'], roles: {} },
  'count-cap': { claims: false, parameters: ['count'], roles: {} },
  'budget-floor': { claims: 'optional', parameters: ['floor'], roles: { requested: ['money'] } },
  service: { claims: false, parameters: [], roles: {} },
  assessment: { claims: false, parameters: [], roles: {} },
};
