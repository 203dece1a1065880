import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../rules/assess.js';
import { builtInPolicies, findProvision, ningxia } from '../policy/policy-book.js';

const run = (claim: unknown, context: Record<string, unknown>) =>
  assess(claim as never, { policy: builtInPolicies, ...context } as never);
import { claimItemKeys } from '../policy/registry.js';
import { assetItemKey } from '../matching/ip-assets.js';
import { itemKey, normalizeItemKey } from './item-key.js';

describe('item keys', () => {
  it.each([
    ['ZL201910123456.7', 'ZL2019101234567'],
    ['ZL2019101234567', 'ZL2019101234567'],
    ['zl 2019 1012 3456.7', 'ZL2019101234567'],
    ['ＺＬ２０１９１０１２３４５６．７', 'ZL2019101234567'],
    ['US:11223344', 'US:11223344'],
    ['us : 11 223 344', 'US:11223344'],
    ['EP:3456789.1', 'EP:34567891'],
  ])('%s is compared as %s', (written, key) => {
    expect(normalizeItemKey(written)).toBe(key);
  });

  it('makes a grant abroad the key normalizeItemKey makes of "jurisdiction:number", whatever is typed', () => {
    // itemKey builds a grant's key directly (no string written and parsed again); this holds it to
    // the one definition, with full-width letters, spaces, dots and any other text.
    const text = fc.oneof(
      fc.string(),
      fc.string({
        unit: fc.constantFrom('u', 's', 'E', 'p', 'Ｕ', 'Ｓ', ' ', '\t', '.', '：', ':', '１', '\n'),
      }),
    );
    const jurisdiction = fc.oneof(text, fc.constantFrom('US', 'us', ' ep ', 'ＥＰ', 'Ｊp', 'E', 'USA', ''));
    fc.assert(
      fc.property(jurisdiction, text, (j, n) => {
        expect(itemKey({ jurisdiction: j, number: n })).toBe(normalizeItemKey(`${j}:${n}`));
      }),
      { numRuns: 2000 },
    );
  });

  it('is the same for a claimed item, a recorded asset and an already-paid key', () => {
    expect(itemKey('ZL201910123456.7')).toBe(normalizeItemKey('zl2019101234567'));
    expect(itemKey({ jurisdiction: 'US', number: '11 223 344' })).toBe(normalizeItemKey('us:11223344'));
    expect(assetItemKey({ kind: 'patent-gold', date: '2024-01-01', number: 'ZL 201910123456.7' })).toBe(
      'ZL2019101234567',
    );
    expect(claimItemKeys(findProvision(ningxia, 'M1.6'), { patents: ['ZL201910123456.7'] })).toEqual([
      'ZL2019101234567',
    ]);
  });

  it('does not pay again for an item already paid, however its key was written', () => {
    const ctx = { fundingYear: 2025, asOf: '2025-06-01' };
    const claim = { provision: 'M1.6', patents: ['ZL201910123456.7', 'ZL201810000001.2'] };
    for (const paid of ['ZL2019101234567', 'zl201910123456.7', 'ZL 2019 1012 3456.7']) {
      expect(run(claim, { ...ctx, paidItems: [paid] }).amount).toBe('100000.00');
    }
    const grants = { provision: 'M1.7', grants: [{ jurisdiction: 'US', number: '11223344' }] };
    expect(run(grants, { ...ctx, paidItems: ['us:11 223 344'] }).eligible).toBe(false);
  });
});
