import { DomainError } from '../errors/domain-error.js';
import {
  addDays,
  daysBetween,
  isCalendarDate,
  parseCalendarDate,
  weekdayOf,
  type CalendarDate,
} from './calendar-date.js';
import { HOLIDAY_NOTICES, type HolidayNotice } from './holiday-notices.js';

/**
 * China's working-day calendar (工作日): Monday to Friday, less the days off the State Council's
 * yearly notices give, plus the weekend days they make working days (调休上班). It is known only as
 * far as the notices go: a date outside [confirmedFrom, confirmedThrough] is refused, never guessed
 * (the next year's notice comes out each November or December).
 */
export interface WorkingDayCalendar {
  readonly confirmedFrom: CalendarDate;
  readonly confirmedThrough: CalendarDate;
  readonly notices: readonly HolidayNotice[];
  /** Days the notices name: true = worked, false = off. Other days follow the week. */
  readonly exceptions: ReadonlyMap<CalendarDate, boolean>;
}

const invalid = (issues: string) => new DomainError('CALENDAR_INVALID', { issues });

/**
 * Builds a calendar from notices (in the order issued: a later notice overrides an earlier one on
 * the days it names) and the range they are known to cover completely.
 */
export function createWorkingDayCalendar(input: {
  confirmedFrom: CalendarDate;
  confirmedThrough: CalendarDate;
  notices: readonly HolidayNotice[];
}): WorkingDayCalendar {
  const { confirmedFrom, confirmedThrough } = input;
  if (
    !isCalendarDate(confirmedFrom) ||
    !isCalendarDate(confirmedThrough) ||
    confirmedThrough < confirmedFrom
  ) {
    throw invalid(
      `confirmedFrom and confirmedThrough must be dates in order (got ${confirmedFrom}, ${confirmedThrough})`,
    );
  }
  const notices = [...input.notices].sort((x, y) =>
    x.issuedOn < y.issuedOn ? -1 : x.issuedOn > y.issuedOn ? 1 : 0,
  );
  const exceptions = new Map<CalendarDate, boolean>();
  for (const n of notices) {
    if (!n.title || !isCalendarDate(n.issuedOn))
      throw invalid(`each notice needs a title and its date of issue (${n.title || n.year})`);
    for (const arr of n.arrangements) {
      const dates = [arr.from, arr.to, ...arr.workdays];
      if (!dates.every(isCalendarDate) || arr.to < arr.from || daysBetween(arr.from, arr.to) > 31) {
        throw invalid(`${n.title} ${arr.name}: from/to/workdays must be dates, from ≤ to, at most a month`);
      }
      for (let d = arr.from; d <= arr.to; d = addDays(d, 1)) exceptions.set(d, false);
      for (const w of arr.workdays) {
        const day = weekdayOf(w);
        if (day !== 0 && day !== 6) throw invalid(`${n.title} ${arr.name}: ${w} is not a weekend day`);
        exceptions.set(w, true);
      }
    }
  }
  return Object.freeze({ confirmedFrom, confirmedThrough, notices: Object.freeze(notices), exceptions });
}

/** The notices this package ships: 2019 (the first LPR year) through 2026. */
export const defaultWorkingDayCalendar: WorkingDayCalendar = createWorkingDayCalendar({
  confirmedFrom: '2019-01-01',
  confirmedThrough: '2026-12-31',
  notices: HOLIDAY_NOTICES,
});

function checkInRange(date: CalendarDate, cal: WorkingDayCalendar): void {
  if (date > cal.confirmedThrough)
    throw new DomainError('CALENDAR_STALE', { date, confirmedThrough: cal.confirmedThrough });
  if (date < cal.confirmedFrom)
    throw new DomainError('CALENDAR_UNAVAILABLE', { date, confirmedFrom: cal.confirmedFrom });
}

function worked(date: CalendarDate, cal: WorkingDayCalendar): boolean {
  const named = cal.exceptions.get(date);
  if (named !== undefined) return named;
  const day = weekdayOf(date);
  return day !== 0 && day !== 6;
}

/** True for a working day (工作日). Outside the calendar's confirmed range → CALENDAR_STALE / CALENDAR_UNAVAILABLE. */
export function isWorkingDay(
  date: CalendarDate,
  calendar: WorkingDayCalendar = defaultWorkingDayCalendar,
): boolean {
  parseCalendarDate(date, 'date');
  checkInRange(date, calendar);
  return worked(date, calendar);
}

/** The date itself when it is a working day, else the next working day (e.g. the LPR's publication day for the 20th). */
export function workingDayOnOrAfter(
  date: CalendarDate,
  calendar: WorkingDayCalendar = defaultWorkingDayCalendar,
): CalendarDate {
  let d = date;
  while (!isWorkingDay(d, calendar)) d = addDays(d, 1);
  return d;
}

/**
 * The `n`-th working day after `date`, not counting `date` itself: "within 15 working days of
 * receipt" ends on addWorkingDays(receivedOn, 15). n = 0 gives `date`. Refused (CALENDAR_STALE)
 * when the count runs past the confirmed range.
 */
export function addWorkingDays(
  date: CalendarDate,
  n: number,
  calendar: WorkingDayCalendar = defaultWorkingDayCalendar,
): CalendarDate {
  parseCalendarDate(date, 'date');
  if (!Number.isSafeInteger(n) || n < 0) throw new DomainError('WORKING_DAYS_INVALID', { input: String(n) });
  checkInRange(date, calendar);
  let d = date;
  for (let left = n; left > 0;) {
    d = addDays(d, 1);
    if (isWorkingDay(d, calendar)) left--;
  }
  return d;
}

/**
 * Working days after `from` up to and including `to` (from exclusive, to inclusive), so that
 * addWorkingDays(from, workingDaysBetween(from, to)) is `to` when `to` is a working day. Negative when
 * `to` is before `from`. Both dates must lie in the confirmed range.
 */
export function workingDaysBetween(
  from: CalendarDate,
  to: CalendarDate,
  calendar: WorkingDayCalendar = defaultWorkingDayCalendar,
): number {
  parseCalendarDate(from, 'from');
  parseCalendarDate(to, 'to');
  checkInRange(from, calendar);
  checkInRange(to, calendar);
  if (to < from) return -workingDaysBetween(to, from, calendar);
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (worked(d, calendar)) count++;
  return count;
}
