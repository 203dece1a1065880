import { DomainError } from '../errors/domain-error.js';
import {
  defaultWorkingDayCalendar,
  workingDayOnOrAfter,
  type WorkingDayCalendar,
} from '../dates/working-days.js';
import type { CalendarDate } from '../dates/calendar-date.js';

/**
 * The day the one-year LPR of a month ("YYYY-MM") is published: the 20th, or the next working day
 * when the 20th is a weekend or holiday (the National Interbank Funding Center's rule since the
 * August 2019 reform). Past the working-day calendar's confirmed range → CALENDAR_STALE.
 */
export function lprPublicationDay(
  month: string,
  calendar: WorkingDayCalendar = defaultWorkingDayCalendar,
): CalendarDate {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
    throw new DomainError('DATE_INVALID', { field: 'month', input: month });
  return workingDayOnOrAfter(`${month}-20`, calendar);
}
