import {
  aboutUpperBound,
  parameterAt,
  todayInChina,
  yearInChina,
  type CalendarDate,
  type PolicyVersion,
} from '@huiqi/domain';
import { versionOn } from './claim-context.js';
import type { PolicySnapshot } from './policy-store.js';

/**
 * The day a year's count is read on: the last day of a past year, today for this year, the first
 * day of a later one — so a parameter changed during the year applies from its date.
 */
export function termsDate(year: number): CalendarDate {
  const current = yearInChina();
  return year < current ? `${year}-12-31` : year > current ? `${year}-01-01` : todayInChina();
}

/**
 * A count-approx provision's "about N" for a year, from the registry's parameters in force: its
 * `count`, its `tolerance` (a ratio; none in force reads as 0) and the most still "about" it,
 * `count` × (1 + `tolerance`) rounded down. The one reading every route that admits past N uses —
 * M2.1's own recommendation endpoint and the generic `/quotas` — so they cannot disagree.
 */
export function aboutTerms(
  snapshot: PolicySnapshot,
  provisionId: string,
  year: number,
): { version: PolicyVersion; asOf: CalendarDate; count: number; tolerance: string; upperBound: number } {
  const asOf = termsDate(year);
  const version = versionOn(snapshot, asOf);
  const count = Number(parameterAt(version, `${provisionId}.count`, asOf).value);
  const tolerance = String(parameterAt(version, `${provisionId}.tolerance`, asOf).value ?? '0');
  return { version, asOf, count, tolerance, upperBound: aboutUpperBound(count, tolerance) };
}
