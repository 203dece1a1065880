import { describe, expect, it } from 'vitest';
import { Money } from '../money/money.js';
import { builtInPolicies, findProvision } from '../policy/policy-book.js';
import { claimItemKeys, policyRegistry } from '../policy/registry.js';
import { assess } from '../rules/assess.js';
import { M7_4_WORKED_LOAN } from '../rules/test-support/worked-examples.js';
import { simulate, type PoolClaim } from './simulate.js';

const claim = (id: string, enterpriseId: string, area: string, c: Record<string, unknown>): PoolClaim => ({
  id,
  enterpriseId,
  area,
  provision: c.provision as string,
  claim: c,
  fundingYear: 2025,
  asOf: '2025-06-30',
});

const pool: PoolClaim[] = [
  // One enterprise, two M5.1 transfers: the second meets the annual cap.
  claim('a', 'e1', '640100', {
    provision: 'M5.1',
    transactionAmount: '16000000.00',
    mode: 'license',
    contractDate: '2025-02-01',
  }),
  claim('b', 'e1', '640100', {
    provision: 'M5.1',
    transactionAmount: '8000000.00',
    mode: 'assignment',
    contractDate: '2025-03-01',
  }),
  claim('c', 'e2', '640200', M7_4_WORKED_LOAN),
  claim('d', 'e3', '640200', { provision: 'M7.5', evaluationFeePaid: '12345.67' }),
  // The same patent twice for one enterprise: paid once.
  claim('e', 'e3', '640200', { provision: 'M1.6', patents: ['ZL201810000001.1'] }),
  claim('f', 'e3', '640200', { provision: 'M1.6', patents: ['ZL201810000001.1'] }),
  claim('g', 'e4', '640300', { provision: 'M7.5', evaluationFeePaid: 'not money' }),
];

describe('simulate', () => {
  it('with no change the two runs agree, and follow the caps, once-only items and the worked examples', () => {
    const r = simulate(pool, { policy: builtInPolicies, overrides: {} });
    expect(r.invalid).toBe(1);
    expect(r.changed).toEqual([]);
    expect(r.base).toEqual(r.variant);
    // 800,000 + 200,000 (cap 1,000,000) + 209,875 + 11,111.10 + 100,000 (the second M1.6 claim pays nothing)
    expect(r.base.byProvision).toEqual({
      'M1.6': '100000.00',
      'M5.1': '1000000.00',
      'M7.4': '209875.00',
      'M7.5': '11111.10',
    });
    expect(r.base.byArea).toEqual({ '640100': '1000000.00', '640200': '320986.10' });
    expect(r.base.total).toBe('1320986.10');
  });

  it('lowering the M5.1 cap and moving M7.4 to a 365-day basis shows the impact by provision, by area and claim by claim', () => {
    const r = simulate(pool, {
      policy: builtInPolicies,
      overrides: { 'M5.1.annualCap': '500000.00', 'M7.4.dayCountBasis': '365' },
    });
    expect(r.variant.byProvision['M5.1']).toBe('500000.00');
    // 10,000,000 × 3.45% × 365/365 × 0.6 = 207,000.00
    expect(r.variant.byProvision['M7.4']).toBe('207000.00');
    expect(r.variant.total).toBe('818111.10');
    expect(r.changed.map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(r.changed[0]).toEqual({
      id: 'a',
      provision: 'M5.1',
      area: '640100',
      base: '800000.00',
      variant: '500000.00',
    });
  });

  it('an unknown parameter is refused, not ignored', () => {
    expect(() => simulate(pool, { policy: builtInPolicies, overrides: { 'M5.1.nonsense': '1' } })).toThrow(
      /M5\.1\.nonsense/,
    );
  });
});

describe('simulate re-assesses only what a change can touch', () => {
  it('gives the same variant as assessing every claim under the changed policy', async () => {
    const { mixedClaims } = await import('../../bench/mixed-claims.js');
    const { overrideParameters } = await import('../policy/policy-book.js');
    const big: PoolClaim[] = mixedClaims(600).map((b, i) => ({
      id: `c${i}`,
      enterpriseId: `e${i % 97}`,
      area: String(i % 6),
      provision: b.claim.provision as string,
      claim: b.claim,
      fundingYear: 2025,
      asOf: '2025-06-01',
    }));
    for (const overrides of <Record<string, string>[]>[
      { 'M5.1.annualCap': '500000.00' },
      { 'M1.4.amountPerItem': '400000.00' },
      { 'M7.4.dayCountBasis': '365', 'M1.1.amount': '1.00' },
    ]) {
      const r = simulate(big, { policy: builtInPolicies, overrides });
      const full = simulate(big, { policy: overrideParameters(builtInPolicies, overrides), overrides: {} });
      expect(r.variant).toEqual(full.base);
    }
  });

  it('gives, claim by claim, what assess gives with the same bookkeeping (the reference loop it replaced)', async () => {
    // simulate parses each claim once and calls the rules directly; this holds it to assess itself
    // over claims of every provision, of two years, some refused as input and one dated before any
    // policy was in force.
    const { mixedClaims } = await import('../../bench/mixed-claims.js');
    const big: PoolClaim[] = [
      ...mixedClaims(900).map((b, i) => ({
        id: `c${i}`,
        enterpriseId: `e${i % 131}`,
        area: String(i % 6),
        provision: b.claim.provision as string,
        claim: b.claim,
        // Whole rows of the six provisions by year, so every provision has claims in both years.
        fundingYear: Math.floor(i / 6) % 3 ? 2025 : 2024,
        asOf: Math.floor(i / 6) % 3 ? '2025-06-01' : '2024-11-20',
      })),
      ...pool,
      { ...pool[0]!, id: 'early', fundingYear: 2019, asOf: '2019-01-01' as const },
    ];
    const registry = policyRegistry(builtInPolicies[0]!);
    const granted = new Map<string, Money>();
    const titles = new Set<string>();
    const items = new Map<string, string[]>();
    let total = Money.zero();
    let invalid = 0;
    const refused = new Map<string, number>();
    for (const c of big) {
      const cap = `${c.enterpriseId}|${c.provision}|${c.fundingYear}`;
      const once = registry.once.get(c.provision);
      const title = once === 'per-funding-year' ? cap : `${c.enterpriseId}|${c.provision}`;
      const group = `${c.enterpriseId}|${(registry.itemGroups.get(c.provision) ?? [c.provision]).join(',')}`;
      try {
        const a = assess(c.claim as never, {
          policy: builtInPolicies,
          asOf: c.asOf,
          fundingYear: c.fundingYear,
          ...(registry.capped.has(c.provision)
            ? { grantedThisYear: (granted.get(cap) ?? Money.zero()).toString() }
            : {}),
          ...(once ? { alreadyPaid: titles.has(title) } : {}),
          paidItems: items.get(group) ?? [],
        });
        for (const reason of a.reasons) refused.set(reason.code, (refused.get(reason.code) ?? 0) + 1);
        if (a.capped) refused.set('capped', (refused.get('capped') ?? 0) + 1);
        if (!a.eligible) continue;
        total = total.plus(a.amount);
        granted.set(cap, (granted.get(cap) ?? Money.zero()).plus(a.amount));
        if (once) titles.add(title);
        const keys = claimItemKeys(findProvision(builtInPolicies[0]!, c.provision), c.claim as never);
        items.set(group, [...(items.get(group) ?? []), ...keys]);
      } catch {
        invalid++;
      }
    }
    const r = simulate(big, { policy: builtInPolicies, overrides: {} });
    expect(r.invalid).toBe(invalid);
    // The pool exercises every kind of bookkeeping, or this comparison would prove little.
    expect(invalid).toBeGreaterThan(1);
    for (const kind of ['ALREADY_PAID', 'NO_PAYABLE_ITEMS', 'capped'])
      expect(refused.get(kind) ?? 0, kind).toBeGreaterThan(0);
    expect(r.base.total).toBe(total.toString());
  });
});
