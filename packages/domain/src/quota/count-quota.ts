import { Dec } from '../money/decimal.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import { yearOf } from '../dates/calendar-date.js';

export type CountQuotaKind = 'count-target' | 'count-approx' | 'count-cap';

/** A count of distinct enterprises a year: at least (target), about (approx) or at most (cap) `count`. */
export interface CountQuota {
  provision: string;
  kind: CountQuotaKind;
  year: number;
  count: number;
  /**
   * count-approx: the provision's tolerance parameter (a ratio, e.g. "0.1"): "about `count`" runs to
   * `aboutUpperBound(count, tolerance)` — M2.1's 50 and 0.1 are 55. None reads as 0 (exactly `count`).
   */
  tolerance?: string;
}

/** Counts are of distinct enterprises per year: serving one enterprise twice counts once. */
export function distinctEnterprises(
  records: Iterable<{ enterpriseId: string; date: CalendarDate }>,
  year: number,
): Set<string> {
  const out = new Set<string>();
  for (const r of records) if (yearOf(r.date) === year) out.add(r.enterpriseId);
  return out;
}

export interface AdmitDecision {
  admitted: boolean;
  /** The enterprise was counted already this year: admitting it changes nothing. */
  alreadyCounted: boolean;
  countBefore: number;
  countAfter: number;
  /** count-approx only: going past "about N" needs a recorded reason. */
  needsOverrideReason: boolean;
  /** Why not admitted, in both languages. */
  refusal?: { code: 'QUOTA_FULL' | 'OVERRIDE_REASON_REQUIRED'; zh: string; en: string };
}

/**
 * May one more enterprise be counted under a count quota?
 * - count-target: a KPI, never a limit: always yes.
 * - count-approx: yes, but past "about `count`" (`aboutUpperBound` with its tolerance) only with an
 *   override reason (returned as needed).
 * - count-cap: yes while the count stays within `count`.
 * Admitting an enterprise that is already counted is always yes and changes no count.
 */
export function admitEnterprise(
  quota: CountQuota,
  counted: ReadonlySet<string>,
  enterpriseId: string,
  overrideReason?: string,
): AdmitDecision {
  const countBefore = counted.size;
  if (counted.has(enterpriseId)) {
    return {
      admitted: true,
      alreadyCounted: true,
      countBefore,
      countAfter: countBefore,
      needsOverrideReason: false,
    };
  }
  const countAfter = countBefore + 1;
  const over = countAfter > quota.count;
  const bound =
    quota.kind === 'count-approx' ? aboutUpperBound(quota.count, quota.tolerance ?? '0') : quota.count;
  if (quota.kind === 'count-cap' && over) {
    return {
      admitted: false,
      alreadyCounted: false,
      countBefore,
      countAfter: countBefore,
      needsOverrideReason: false,
      refusal: {
        code: 'QUOTA_FULL',
        zh: `${quota.provision} ${quota.year} 年度名额 ${quota.count} 个已满。`,
        en: `${quota.provision} is full for ${quota.year}: all ${quota.count} places are taken.`,
      },
    };
  }
  if (quota.kind === 'count-approx' && countAfter > bound) {
    const reasonGiven = typeof overrideReason === 'string' && overrideReason.trim().length > 0;
    return reasonGiven
      ? { admitted: true, alreadyCounted: false, countBefore, countAfter, needsOverrideReason: true }
      : {
          admitted: false,
          alreadyCounted: false,
          countBefore,
          countAfter: countBefore,
          needsOverrideReason: true,
          refusal: {
            code: 'OVERRIDE_REASON_REQUIRED',
            zh: `${quota.provision} ${quota.year} 年度约 ${quota.count} 家（至多 ${bound} 家仍属“左右”），已达 ${countBefore} 家：超出须填写理由。`,
            en: `${quota.provision} is about ${quota.count} for ${quota.year} (up to ${bound} is still "about") and has ${countBefore}: going past it needs a recorded reason.`,
          },
        };
  }
  return { admitted: true, alreadyCounted: false, countBefore, countAfter, needsOverrideReason: false };
}

/**
 * The most "about `count`" still is: `count` × (1 + `tolerance`), rounded down to a whole enterprise
 * (50 and 0.1 → 55). Recommending past it needs a recorded reason (M2.1).
 */
export function aboutUpperBound(count: number | string, tolerance: string): number {
  return new Dec(count).times(new Dec(1).plus(tolerance)).floor().toNumber();
}
