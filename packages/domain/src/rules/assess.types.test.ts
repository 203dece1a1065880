import { describe, expectTypeOf, it } from 'vitest';
import { ningxia, type builtInPolicies } from '../policy/policy-book.js';
import type { ClaimOfSource } from '../policy/version.js';
import { assess } from './assess.js';

type NingxiaClaim = ClaimOfSource<typeof builtInPolicies>;
/** The provisions that take claims, written out once so that a change to the set fails here. */
type ClaimedProvision =
  | 'M1.1'
  | 'M1.2'
  | 'M1.3'
  | 'M1.4'
  | 'M1.5'
  | 'M1.6'
  | 'M1.7'
  | 'M1.8'
  | 'M4.2'
  | 'M5.1'
  | 'M7.4'
  | 'M7.5'
  | 'M11.1';

describe('the claim type follows from the policy data', () => {
  it('knows each provision and its fields', () => {
    expectTypeOf<Extract<NingxiaClaim, { provision: 'M7.5' }>>().toEqualTypeOf<{
      provision: 'M7.5';
      evaluationFeePaid: string;
    }>();
    expectTypeOf<Extract<NingxiaClaim, { provision: 'M5.1' }>['mode']>().toEqualTypeOf<
      'license' | 'assignment' | 'equity'
    >();
    expectTypeOf<NingxiaClaim['provision']>().toEqualTypeOf<ClaimedProvision>();
  });

  it('refuses a misspelled field, a provision that takes no claims, a misspelled context key', () => {
    const ctx = { policy: ningxia, fundingYear: 2025 };
    expectTypeOf(
      assess({ provision: 'M7.5', evaluationFeePaid: '1.00' }, ctx).provision,
    ).toEqualTypeOf<ClaimedProvision>();
    // Compiled, never run: each call is a type error.
    const wrong = [
      // @ts-expect-error evaluationFeePaid is misspelled
      () => assess({ provision: 'M7.5', evaluationFee: '1.00' }, ctx),
      // @ts-expect-error M7.2 takes no claims (its floor is tracked from recorded loans)
      () => assess({ provision: 'M7.2' }, ctx),
      // @ts-expect-error an M4.2 project claim needs its plan's fields
      () => assess({ provision: 'M4.2' }, ctx),
      // @ts-expect-error fundingYaer is not a context key
      () => assess({ provision: 'M7.5', evaluationFeePaid: '1.00' }, { policy: ningxia, fundingYaer: 2025 }),
    ];
    expectTypeOf(wrong).toBeArray();
  });
});
