import { Dec } from '../money/decimal.js';
import { Money } from '../money/money.js';
import type { ScorecardFigure, ScorecardUnit } from '../policy/schema.js';
import { AREAS } from '../registry/areas.js';
import { countProgress, type CountProgress } from './progress.js';
import type { CountQuotaKind } from './count-quota.js';

export interface ScorecardInput {
  provision: string;
  kind: CountQuotaKind;
  /** The regional target for the year. */
  target: number;
  /** count-approx: how far from the target is still "about" it (the provision's tolerance parameter). */
  tolerance?: string;
  /** Distinct enterprises (or brands) achieved, by area. */
  byArea: Partial<Record<string, number>>;
}

export interface ScorecardRow {
  provision: string;
  region: CountProgress;
  /** Each area's achieved count and its share of the regional achievement ("0.2500"). */
  areas: { area: string; achieved: number; share: string }[];
}

/**
 * The regional scorecard (M13.1) for a year: for each count measure, progress of the region
 * against its target, and each area's contribution (the areas of the version; default Ningxia's).
 */
export function scorecard(
  inputs: readonly ScorecardInput[],
  areas: readonly { code: string }[] = AREAS,
): ScorecardRow[] {
  return inputs.map((i) => {
    const total = areas.reduce((s, a) => s + (i.byArea[a.code] ?? 0), 0);
    return {
      provision: i.provision,
      region: countProgress(i.kind, i.target, total, i.tolerance),
      areas: areas.map((a) => {
        const achieved = i.byArea[a.code] ?? 0;
        return {
          area: a.code,
          achieved,
          share: (total === 0 ? new Dec(0) : new Dec(achieved).dividedBy(total)).toFixed(
            4,
            Dec.ROUND_HALF_UP,
          ),
        };
      }),
    };
  });
}

/**
 * A record behind a scorecard figure, as a record source gives it: its id, its area, the enterprise
 * it concerns (if any), an amount (CNY decimal string) and a score (a ratio 0–1), as the unit needs.
 */
export interface FigureRecord {
  id: string;
  /** null: a region-wide record (the region's own event, fund, product): in the region's figure, in no area's. */
  areaCode: string | null;
  enterpriseId?: string | null;
  amount?: string | null;
  score?: string | null;
}

export interface FigureValue {
  /** The figure as a decimal string: a count ("12"), an amount ("1234.50"), a mean score ("0.8500"). */
  value: string;
  /** The records it was counted from. */
  records: number;
}

export interface FigureRow {
  region: FigureValue & {
    /** The target or floor (a count or an amount); null when the figure is reported only. */
    goal: string | null;
    /** value / goal, 4 places; null without a goal. */
    ratio: string | null;
    /** null when reported only. */
    met: boolean | null;
    /** How far it still is from the goal (0 when met or past it); null without a goal. */
    remaining: string | null;
  };
  /** Each area's figure and its share of the region's (counts and money; satisfaction: null). */
  areas: (FigureValue & { areaCode: string; share: string | null })[];
}

const COUNTED_BY_ENTERPRISE = new Set<ScorecardUnit>(['enterprises']);

/** The figure of a set of records in a unit: distinct things counted, money summed, scores averaged. */
export function figureValue(unit: ScorecardUnit, records: readonly FigureRecord[]): FigureValue {
  if (unit === 'CNY') {
    const sum = records.reduce((s, r) => s.plus(Money.of(r.amount ?? '0')), Money.zero());
    return { value: sum.round().toString(), records: records.length };
  }
  if (unit === 'satisfaction') {
    const scored = records.filter((r) => r.score !== null && r.score !== undefined);
    const mean = scored.length
      ? scored.reduce((s, r) => s.plus(r.score!), new Dec(0)).dividedBy(scored.length)
      : new Dec(0);
    return { value: mean.toFixed(4, Dec.ROUND_HALF_UP), records: scored.length };
  }
  const key = COUNTED_BY_ENTERPRISE.has(unit)
    ? (r: FigureRecord) => r.enterpriseId ?? r.id
    : (r: FigureRecord) => r.id;
  return { value: String(new Set(records.map(key)).size), records: records.length };
}

/**
 * One row of the scorecard (M13.1): the figure of the region and of each area, its goal and
 * whether it is met, by the figure's rule — at-least (≥ goal), about (within ±tolerance of it),
 * filled (a cap: every place taken), reported (no goal: met is null).
 */
export function scorecardFigure(
  figure: Pick<ScorecardFigure, 'unit' | 'met'>,
  records: readonly FigureRecord[],
  areas: readonly { code: string }[],
  goal: string | null,
  tolerance: string | null = null,
): FigureRow {
  const known = new Set(areas.map((a) => a.code));
  const inRegion = records.filter((r) => r.areaCode === null || known.has(r.areaCode));
  const region = figureValue(figure.unit, inRegion);
  const total = new Dec(region.value);
  const hasGoal = figure.met !== 'reported' && goal !== null;
  const g = hasGoal ? new Dec(goal) : null;
  const ratio = g === null ? null : g.isZero() ? new Dec(1) : total.dividedBy(g);
  const met =
    g === null || ratio === null
      ? null
      : figure.met === 'about'
        ? ratio
            .minus(1)
            .abs()
            .lessThanOrEqualTo(tolerance ?? '0')
        : total.greaterThanOrEqualTo(g);
  const places = figure.unit === 'CNY' ? 2 : figure.unit === 'satisfaction' ? 4 : 0;
  return {
    region: {
      ...region,
      goal: hasGoal ? goal : null,
      ratio: ratio === null ? null : ratio.toFixed(4, Dec.ROUND_HALF_UP),
      met,
      remaining: g === null ? null : Dec.max(0, g.minus(total)).toFixed(places, Dec.ROUND_HALF_UP),
    },
    areas: areas.map((a) => {
      const v = figureValue(
        figure.unit,
        inRegion.filter((r) => r.areaCode === a.code),
      );
      const share =
        figure.unit === 'satisfaction'
          ? null
          : (total.isZero() ? new Dec(0) : new Dec(v.value).dividedBy(total)).toFixed(4, Dec.ROUND_HALF_UP);
      return { areaCode: a.code, ...v, share };
    }),
  };
}

/** How each unit is named beside a figure (家, 个, 项, 笔, 元, 次, 件, 条, 人, 场). */
export const SCORECARD_UNIT_LABELS: Readonly<Record<ScorecardUnit, { zh: string; en: string }>> = {
  enterprises: { zh: '家', en: 'enterprises' },
  brands: { zh: '个', en: 'brands' },
  projects: { zh: '项', en: 'projects' },
  loans: { zh: '笔', en: 'loans' },
  CNY: { zh: '元', en: 'CNY' },
  services: { zh: '次', en: 'services' },
  cases: { zh: '件', en: 'cases' },
  satisfaction: { zh: '满意度', en: 'satisfaction' },
  records: { zh: '条', en: 'records' },
  people: { zh: '人', en: 'people' },
  events: { zh: '场', en: 'events' },
};
