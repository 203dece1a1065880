import { describe, expect, it } from 'vitest';
import { todayInChina } from '../../dates/calendar-date.js';
import { assess } from '../../rules/assess.js';
import { itemKey } from '../../claims/item-key.js';
import { builtInPolicies, ningxia } from '../policy-book.js';
import { claimItemKeys, policyRegistry } from '../registry.js';
import { policyDemo, type DemoClaimContext } from '../provision-demo.js';
import { ningxiaDemo } from './demo.js';
import { m1_1Demo } from './m1/m1.1.demo.js';

const registry = policyRegistry(ningxia);
const year = Number(todayInChina().slice(0, 4));
// Early in the year (little has happened yet), mid-year, its last day, and today.
const todays = [`${year}-01-01`, `${year}-06-15`, `${year}-12-31`, todayInChina()];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

describe('the Ningxia demo facts', () => {
  it('give every provision that takes claims a budget (demo data) and example claims assess() accepts', () => {
    for (const p of registry.claimProvisions) {
      const demo = ningxiaDemo.of(p.id);
      expect(Number(demo.demoBudget), p.id).toBeGreaterThan(0);
      for (const today of todays) {
        const random = rng(7);
        for (let index = 0; index < 30; index++) {
          const ctx: DemoClaimContext = { index, random, fundingYear: year, today };
          const claim = demo.exampleClaim(ctx);
          expect(claim.provision).toBe(p.id);
          const a = assess(claim as never, { policy: builtInPolicies, fundingYear: year, asOf: today });
          expect({ id: p.id, today, index, eligible: a.eligible, capped: a.capped }).toEqual({
            id: p.id,
            today,
            index,
            eligible: true,
            capped: false,
          });
          expect(Number(a.amount), `${p.id} ${today}`).toBeGreaterThan(0);
          // Dates a claim says have happened are not after today.
          for (const f of p.claim!.fields.filter((f) => f.mustHaveHappened))
            expect(String(claim[f.key]) <= today, `${p.id}.${f.key}`).toBe(true);
        }
      }
    }
  });

  it('are deterministic, and no two example claims name the same item', () => {
    const make = () =>
      registry.claimProvisions.flatMap((p, k) => {
        const random = rng(20261128);
        return Array.from({ length: 20 }, (_, i) =>
          ningxiaDemo
            .of(p.id)
            .exampleClaim({ index: i * 20 + k, random, fundingYear: year, today: todays[3]! }),
        );
      });
    const claims = make();
    expect(make()).toEqual(claims);
    const items = claims.flatMap((c) =>
      claimItemKeys(
        ningxia.provisions.find((p) => p.id === c.provision),
        c,
      ),
    );
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items).size).toBe(items.length);
    // Not the demo enterprise's own profile items either (the seed records ZL201810456789.3).
    expect(items).not.toContain(itemKey('ZL201810456789.3'));
  });

  it('refuse a set missing a claim provision, or naming one that takes no claims', () => {
    expect(() => policyDemo(ningxia, [m1_1Demo])).toThrow(/none for M1\.2/);
    expect(() =>
      policyDemo(ningxia, [
        ...registry.claimProvisionIds.map((id) => ningxiaDemo.of(id)),
        { ...m1_1Demo, provision: 'M2.1' },
      ]),
    ).toThrow(/M2\.1 take no claims/);
    expect(() => ningxiaDemo.of('M2.1')).toThrow(/takes no claims/);
  });
});
