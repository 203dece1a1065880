import { describe, expect, it } from 'vitest';
import { ningxiaDraft } from '../policy/ningxia/version.js';
import { parsePolicyVersion } from '../policy/parse-policy-version.js';
import { ningxia } from '../policy/policy-book.js';
import { policyRegistry } from '../policy/registry.js';
import { AREAS } from '../registry/areas.js';
import { figureValue, scorecardFigure } from './scorecard.js';

const areas = AREAS.slice(0, 2);
const [yc, szs] = [areas[0]!.code, areas[1]!.code];

describe('scorecard figures (M13.1) as the provisions declare them', () => {
  it('every provision but the assessment and those not yet recorded declares a figure; each names its sources', () => {
    const r = policyRegistry(ningxia);
    const declared = new Set(r.scorecardFigures.map((f) => f.provision));
    for (const p of ningxia.provisions)
      expect(declared.has(p.id) || p.kind === 'assessment' || r.untracked.some((u) => u.id === p.id)).toBe(
        true,
      );
    expect(r.scorecardFigures.every((f) => f.figure.sources.length > 0)).toBe(true);
    expect(r.scorecardSources).toEqual(
      expect.arrayContaining(['claims', 'payments', 'quota-members', 'service-records', 'ratings']),
    );
    // Every measure 1–12 has at least one figure; 13, the scorecard itself, has the 好差评 satisfaction rate.
    expect(new Set(r.scorecardFigures.map((f) => f.measure))).toEqual(
      new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]),
    );
    const m13 = r.scorecardFigures.filter((f) => f.measure === 13);
    expect(m13.map((f) => [f.provision, f.figure.id, f.figure.unit, f.figure.met])).toEqual([
      ['M13.1', 'satisfaction', 'satisfaction', 'reported'],
    ]);
  });

  it('refuses a figure whose goal is not a parameter of the right unit, or an "about" without its tolerance', () => {
    const v = structuredClone(ningxiaDraft) as unknown as {
      provisions: { id: string; scorecard: Record<string, unknown>[] }[];
    };
    const m21 = v.provisions.find((p) => p.id === 'M2.1')!;
    m21.scorecard[0]!.goal = 'tolerance';
    expect(() => parsePolicyVersion(v)).toThrow(/"tolerance" is not a count parameter of M2\.1/);
    delete m21.scorecard[0]!.goal;
    expect(() => parsePolicyVersion(v)).toThrow(/has a goal parameter exactly when it is not "reported"/);
    m21.scorecard[0]!.goal = 'count';
    delete m21.scorecard[0]!.tolerance;
    expect(() => parsePolicyVersion(v)).toThrow(/an "about" figure, and only it, names its tolerance/);
    m21.scorecard[0]!.tolerance = 'tolerance';
    m21.scorecard.push({ ...m21.scorecard[0]! });
    expect(() => parsePolicyVersion(v)).toThrow(/duplicate figure "enterprises"/);
  });

  it('counts distinct enterprises once across sources, things by id, sums money exactly, averages scores', () => {
    const recs = [
      { id: 'a', areaCode: yc, enterpriseId: 'e1', amount: '0.10', score: '0.8' },
      { id: 'b', areaCode: yc, enterpriseId: 'e1', amount: '0.20', score: '1' },
      { id: 'c', areaCode: szs, enterpriseId: 'e2', amount: '-0.05', score: null },
    ];
    expect(figureValue('enterprises', recs).value).toBe('2');
    expect(figureValue('brands', recs).value).toBe('3');
    expect(figureValue('CNY', recs).value).toBe('0.25');
    expect(figureValue('satisfaction', recs)).toEqual({ value: '0.9000', records: 2 });
  });

  it('decides met by the rule: at least, about (within the tolerance), filled, or reported (no goal)', () => {
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ id: `b${i}`, areaCode: i % 2 ? szs : yc }));
    // A cap of 50 brands: zero selected is not met; all 50 is.
    expect(scorecardFigure({ unit: 'brands', met: 'filled' }, [], areas, '50').region).toMatchObject({
      value: '0',
      met: false,
      remaining: '50',
    });
    expect(scorecardFigure({ unit: 'brands', met: 'filled' }, many(50), areas, '50').region.met).toBe(true);
    const about = (n: number) =>
      scorecardFigure({ unit: 'enterprises', met: 'about' }, many(n), areas, '50', '0.1').region.met;
    expect([about(44), about(45), about(55), about(56)]).toEqual([false, true, true, false]);
    const floor = scorecardFigure(
      { unit: 'CNY', met: 'at-least' },
      [{ id: 'p', areaCode: yc, amount: '999999.99' }],
      areas,
      '1000000.00',
    );
    expect(floor.region).toMatchObject({
      value: '999999.99',
      met: false,
      remaining: '0.01',
      ratio: '1.0000',
    });
    const reported = scorecardFigure({ unit: 'services', met: 'reported' }, many(3), areas, null);
    expect(reported.region).toMatchObject({ value: '3', goal: null, met: null, ratio: null });
    expect(reported.areas).toEqual([
      { areaCode: yc, value: '2', records: 2, share: '0.6667' },
      { areaCode: szs, value: '1', records: 1, share: '0.3333' },
    ]);
  });

  it('leaves out records of areas the version does not report on', () => {
    const row = scorecardFigure(
      { unit: 'services', met: 'reported' },
      [{ id: 'x', areaCode: '999999' }],
      areas,
      null,
    );
    expect(row.region.value).toBe('0');
  });
});

describe('a region-wide record (no area)', () => {
  it('counts in the region’s figure and in no area’s', () => {
    const row = scorecardFigure(
      { unit: 'records', met: 'reported' },
      [
        { id: 'a', areaCode: null },
        { id: 'b', areaCode: yc },
      ],
      areas,
      null,
    );
    expect(row.region.value).toBe('2');
    expect(row.areas).toEqual([
      { areaCode: yc, value: '1', records: 1, share: '0.5000' },
      { areaCode: szs, value: '0', records: 0, share: '0.0000' },
    ]);
  });
});
