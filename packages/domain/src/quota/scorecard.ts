import { Dec } from '../money/decimal.js';
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
export function scorecard(inputs: readonly ScorecardInput[], areas: readonly { code: string }[] = AREAS): ScorecardRow[] {
  return inputs.map((i) => {
    const total = areas.reduce((s, a) => s + (i.byArea[a.code] ?? 0), 0);
    return {
      provision: i.provision,
      region: countProgress(i.kind, i.target, total, i.tolerance),
      areas: areas.map((a) => {
        const achieved = i.byArea[a.code] ?? 0;
        return { area: a.code, achieved, share: (total === 0 ? new Dec(0) : new Dec(achieved).dividedBy(total)).toFixed(4, Dec.ROUND_HALF_UP) };
      }),
    };
  });
}
