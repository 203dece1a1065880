import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Money } from '../money/money.js';
import { aboutUpperBound, admitEnterprise, distinctEnterprises, type CountQuota } from './count-quota.js';
import {
  available,
  createEnvelope,
  envelopeHolds,
  post,
  replayLedger,
  reserve,
  reversePosting,
  voidReservation,
  type Envelope,
} from './envelope.js';
import { budgetFloorProgress, countProgress } from './progress.js';
import { scorecard } from './scorecard.js';

describe('count quotas', () => {
  const quota = (kind: CountQuota['kind'], count = 2): CountQuota => ({
    provision: 'M2.1',
    kind,
    year: 2025,
    count,
  });

  it('counts distinct enterprises in the year', () => {
    const s = distinctEnterprises(
      [
        { enterpriseId: 'a', date: '2025-01-02' },
        { enterpriseId: 'a', date: '2025-05-02' },
        { enterpriseId: 'b', date: '2025-05-02' },
        { enterpriseId: 'c', date: '2024-12-31' },
      ],
      2025,
    );
    expect([...s]).toEqual(['a', 'b']);
  });

  it('count-target is a KPI and never refuses', () => {
    expect(admitEnterprise(quota('count-target'), new Set(['a', 'b']), 'c')).toMatchObject({
      admitted: true,
      countAfter: 3,
    });
  });

  it('count-cap refuses past the cap, but a counted enterprise is always fine', () => {
    expect(admitEnterprise(quota('count-cap'), new Set(['a', 'b']), 'c')).toMatchObject({
      admitted: false,
      refusal: { code: 'QUOTA_FULL' },
    });
    expect(admitEnterprise(quota('count-cap'), new Set(['a', 'b']), 'a')).toMatchObject({
      admitted: true,
      alreadyCounted: true,
      countAfter: 2,
    });
  });

  it('count-approx needs a reason past "about N"', () => {
    const full = new Set(['a', 'b']);
    expect(admitEnterprise(quota('count-approx'), full, 'c')).toMatchObject({
      admitted: false,
      needsOverrideReason: true,
      refusal: { code: 'OVERRIDE_REASON_REQUIRED' },
    });
    expect(admitEnterprise(quota('count-approx'), full, 'c', '   ')).toMatchObject({ admitted: false });
    expect(admitEnterprise(quota('count-approx'), full, 'c', '区域重点产业')).toMatchObject({
      admitted: true,
      needsOverrideReason: true,
      countAfter: 3,
    });
    expect(admitEnterprise(quota('count-approx'), new Set(['a']), 'c')).toMatchObject({
      admitted: true,
      needsOverrideReason: false,
    });
  });

  it('count-approx with its tolerance runs to count × (1 + tolerance), as the routes read M2.1', () => {
    const m21 = { provision: 'M2.1', kind: 'count-approx' as const, year: 2026, count: 50, tolerance: '0.1' };
    const upTo = (n: number) => new Set(Array.from({ length: n }, (_, i) => `e${i}`));
    expect(admitEnterprise(m21, upTo(54), 'x')).toMatchObject({ admitted: true, needsOverrideReason: false });
    const past = admitEnterprise(m21, upTo(55), 'x');
    expect(past).toMatchObject({ admitted: false, refusal: { code: 'OVERRIDE_REASON_REQUIRED' } });
    expect(past.refusal!.zh).toContain('至多 55 家');
    expect(admitEnterprise(m21, upTo(55), 'x', '重点产业链关键企业')).toMatchObject({ admitted: true });
  });

  it('count-cap never exceeds its count (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 200 }),
        (cap, ids) => {
          const counted = new Set<string>();
          for (const id of ids) {
            const d = admitEnterprise(
              { provision: 'M8.2', kind: 'count-cap', year: 2025, count: cap },
              counted,
              String(id),
            );
            if (d.admitted) counted.add(String(id));
          }
          expect(counted.size).toBeLessThanOrEqual(cap);
        },
      ),
    );
  });
});

describe('budget envelopes', () => {
  it('reserve → post | void', () => {
    let e = createEnvelope('1000.00');
    e = reserve(e, '600.00');
    e = reserve(e, '400.00');
    expect(available(e).toString()).toBe('0.00');
    expect(() => reserve(e, '0.01')).toThrow(expect.objectContaining({ code: 'QUOTA_EXCEEDED' }));
    e = post(e, '600.00');
    e = voidReservation(e, '400.00');
    expect(e).toEqual({ total: '1000.00', reserved: '0.00', posted: '600.00' });
    e = reversePosting(e, '100.00');
    expect(available(e).toString()).toBe('500.00');
  });

  it('refuses operations that would break the invariant', () => {
    const e = reserve(createEnvelope('100.00'), '50.00');
    expect(() => post(e, '60.00')).toThrow(expect.objectContaining({ code: 'QUOTA_INVALID_OPERATION' }));
    expect(() => voidReservation(e, '60.00')).toThrow(
      expect.objectContaining({ code: 'QUOTA_INVALID_OPERATION' }),
    );
    expect(() => reserve(e, '-1.00')).toThrow(expect.objectContaining({ code: 'QUOTA_INVALID_OPERATION' }));
    expect(() => reserve(e, '0')).toThrow(expect.objectContaining({ code: 'QUOTA_INVALID_OPERATION' }));
    expect(() => createEnvelope('-5')).toThrow(expect.objectContaining({ code: 'QUOTA_INVALID_OPERATION' }));
  });

  it('reserved + posted ≤ total after any sequence of operations, and the counter equals its ledger (property)', () => {
    const op = fc.record({
      op: fc.constantFrom('reserve', 'post', 'void', 'reverse' as const),
      fen: fc.integer({ min: 1, max: 50_000 }),
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.array(op, { maxLength: 80 }), (totalFen, ops) => {
        const total = Money.fromFen(BigInt(totalFen)).toString();
        let e: Envelope = createEnvelope(total);
        const ledger: { op: 'reserve' | 'post' | 'void' | 'reverse'; amount: string }[] = [];
        for (const o of ops) {
          const amount = Money.fromFen(BigInt(o.fen)).toString();
          const f = { reserve, post, void: voidReservation, reverse: reversePosting }[o.op];
          try {
            e = f(e, amount);
            ledger.push({ op: o.op, amount });
          } catch {
            // refused: nothing changes
          }
          expect(envelopeHolds(e)).toBe(true);
        }
        expect(replayLedger(total, ledger)).toEqual(e);
      }),
    );
  });
});

describe('progress and the scorecard', () => {
  it('measures counts against their kind', () => {
    expect(countProgress('count-target', 50, 42)).toMatchObject({
      ratio: '0.8400',
      met: false,
      remaining: 8,
    });
    expect(countProgress('count-target', 50, 55)).toMatchObject({ met: true, remaining: 0 });
    expect(countProgress('count-approx', 50, 54).met).toBe(true);
    expect(countProgress('count-approx', 50, 60).met).toBe(false);
    expect(countProgress('count-cap', 50, 50).met).toBe(true);
  });

  it('measures budget floors', () => {
    expect(budgetFloorProgress('1000000.00', '750000.00')).toEqual({
      floor: '1000000.00',
      achieved: '750000.00',
      ratio: '0.7500',
      met: false,
      shortfall: '250000.00',
    });
    expect(budgetFloorProgress('1000000.00', '1200000.00')).toMatchObject({ met: true, shortfall: '0.00' });
  });

  it("builds a regional scorecard with each area's share", () => {
    const [row] = scorecard([
      {
        provision: 'M2.2',
        kind: 'count-target',
        target: 50,
        byArea: { '640100': 30, '640200': 10, NINGDONG: 10 },
      },
    ]);
    expect(row!.region).toMatchObject({ achieved: 50, met: true });
    expect(row!.areas.find((a) => a.area === '640100')).toEqual({
      area: '640100',
      achieved: 30,
      share: '0.6000',
    });
    expect(row!.areas).toHaveLength(6);
  });
});

describe('aboutUpperBound', () => {
  it('is the count plus its tolerance, rounded down to whole enterprises', () => {
    expect(aboutUpperBound(50, '0.1')).toBe(55);
    expect(aboutUpperBound('50', '0')).toBe(50);
    expect(aboutUpperBound(47, '0.1')).toBe(51);
  });
});
