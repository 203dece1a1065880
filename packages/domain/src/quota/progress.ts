import { Dec } from '../money/decimal.js';
import { Money, type MoneyInput } from '../money/money.js';
import type { CountQuotaKind } from './count-quota.js';

export interface CountProgress {
  kind: CountQuotaKind;
  target: number;
  achieved: number;
  /** achieved / target as a decimal string with 4 places ("0.8400"). */
  ratio: string;
  /**
   * count-target: achieved ≥ target; count-approx: within ±tolerance of it (the "about" reading,
   * default 10 %); count-cap: the places are filled (achieved = target) — a cap is "met" only
   * when reached, not by staying under it.
   */
  met: boolean;
  /** How many more are needed to reach the target (0 when reached). */
  remaining: number;
}

export function countProgress(
  kind: CountQuotaKind,
  target: number,
  achieved: number,
  tolerance = '0.1',
): CountProgress {
  const ratio = target === 0 ? new Dec(1) : new Dec(achieved).dividedBy(target);
  const met =
    kind === 'count-target'
      ? achieved >= target
      : kind === 'count-cap'
        ? achieved >= target
        : ratio.minus(1).abs().lessThanOrEqualTo(tolerance);
  return {
    kind,
    target,
    achieved,
    ratio: ratio.toFixed(4, Dec.ROUND_HALF_UP),
    met,
    remaining: Math.max(0, target - achieved),
  };
}

export interface BudgetFloorProgress {
  floor: string;
  achieved: string;
  ratio: string;
  met: boolean;
  shortfall: string;
}

/** A budget floor (M4.2, M7.2): at least `floor` a year. */
export function budgetFloorProgress(floor: MoneyInput, achieved: MoneyInput): BudgetFloorProgress {
  const f = Money.of(floor);
  const a = Money.of(achieved);
  const ratio = f.isZero() ? new Dec(1) : a.toDecimal().dividedBy(f.toDecimal());
  return {
    floor: f.round().toString(),
    achieved: a.round().toString(),
    ratio: ratio.toFixed(4, Dec.ROUND_HALF_UP),
    met: a.compare(f) >= 0,
    shortfall: f.minus(a).max(Money.zero()).round().toString(),
  };
}
