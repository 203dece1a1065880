import { Dec } from '../money/decimal.js';
import { AREAS, type AreaCode } from '../registry/areas.js';
import { countProgress, type CountProgress } from './progress.js';
import type { CountQuotaKind } from './count-quota.js';

export interface ScorecardInput {
  provision: string;
  kind: CountQuotaKind;
  /** The regional target for the year. */
  target: number;
  /** Distinct enterprises achieved, by area. */
  byArea: Partial<Record<AreaCode, number>>;
}

export interface ScorecardRow {
  provision: string;
  region: CountProgress;
  /** Each area's achieved count and its share of the regional achievement ("0.2500"). */
  areas: { area: AreaCode; achieved: number; share: string }[];
}

/**
 * M13.1: the regional scorecard for a year: for each count measure, progress of the region
 * against its target, and each city's (and Ningdong's) contribution.
 */
export function scorecard(inputs: readonly ScorecardInput[]): ScorecardRow[] {
  return inputs.map((i) => {
    const total = AREAS.reduce((s, a) => s + (i.byArea[a.code] ?? 0), 0);
    return {
      provision: i.provision,
      region: countProgress(i.kind, i.target, total),
      areas: AREAS.map((a) => {
        const achieved = i.byArea[a.code] ?? 0;
        return { area: a.code, achieved, share: (total === 0 ? new Dec(0) : new Dec(achieved).dividedBy(total)).toFixed(4, Dec.ROUND_HALF_UP) };
      }),
    };
  });
}
