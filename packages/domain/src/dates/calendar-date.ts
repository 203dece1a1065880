import { DomainError } from '../errors/domain-error.js';

/** A calendar date as the policy and every boundary writes it: "YYYY-MM-DD". No time, no zone. */
export type CalendarDate = string;

const DAY_MS = 86_400_000;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function epochDay(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** True for a real date in YYYY-MM-DD (2024-02-29 yes, 2025-02-29 no), years 1900–2999. */
export function isCalendarDate(input: unknown): input is CalendarDate {
  // Read digit by digit rather than with a pattern and Number(): every claim and context has dates.
  if (
    typeof input !== 'string' ||
    input.length !== 10 ||
    input.charCodeAt(4) !== 45 ||
    input.charCodeAt(7) !== 45
  )
    return false;
  let y = 0;
  let mo = 0;
  let d = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = input.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return false;
    if (i < 4) y = y * 10 + c;
    else if (i < 7) mo = mo * 10 + c;
    else d = d * 10 + c;
  }
  if (y < 1900 || y > 2999 || mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (mo === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[mo - 1]!);
}

/** Checks a date and names the field when it is wrong. */
export function parseCalendarDate(input: unknown, field = 'date'): CalendarDate {
  if (!isCalendarDate(input)) throw new DomainError('DATE_INVALID', { field, input: String(input) });
  return input;
}

/** Calendar days from `from` to `to` (2024-03-15 → 2025-03-15 is 365; across 29 Feb 2024 it counts). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const [a, b] = [from, to].map((s) => s.split('-').map(Number) as [number, number, number]);
  return epochDay(...b!) - epochDay(...a!);
}

export function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}

/** ISO dates compare as strings; this names the intent. */
export function isOnOrBefore(a: CalendarDate, b: CalendarDate): boolean {
  return a <= b;
}

/** Today's date in UTC+8 (China Standard Time), where the policy's dates are. */
export function todayInChina(now: Date = new Date()): CalendarDate {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The date `n` calendar days after `date` (before it when `n` is negative). */
export function addDays(date: CalendarDate, n: number): CalendarDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date((epochDay(y, m, d) + n) * DAY_MS).toISOString().slice(0, 10);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: CalendarDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(epochDay(y, m, d) * DAY_MS).getUTCDay();
}

/**
 * The date `n` months after `date`, as periods in months are counted (民法典第二百零二条): the
 * day of the same number in the last month, or that month's last day when it has none
 * (2026-01-31 + 1 month = 2026-02-28).
 */
export function addMonths(date: CalendarDate, n: number): CalendarDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last = month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1]!;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
