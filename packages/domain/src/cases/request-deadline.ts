import type { CalendarDate } from '../dates/calendar-date.js';
import {
  defaultWorkingDayCalendar,
  workingDaysBetween,
  type WorkingDayCalendar,
} from '../dates/working-days.js';
import { DomainError, isDomainError } from '../errors/domain-error.js';
import { promisedDueOn, type DueStatus } from '../claims/time-limit.js';
import { provisionParameterAt, type ParameterUse } from '../policy/policy-book.js';
import type { PolicyVersion } from '../policy/version.js';

/** The states of a service request in which the assigned agency's time runs. */
export const REQUEST_CLOCK_STATES = ['assigned', 'in-progress'] as const;

/**
 * The working days an agency has for a request of this kind assigned on `on`: the parameter
 * `requestHandleWithin` of the provision that offers the request (M9.2 case leads, M10.1 assistance…),
 * as dated in the version.
 */
export function requestHandleWithin(
  version: PolicyVersion<unknown>,
  kind: string,
  on: CalendarDate,
): ParameterUse {
  const provision = version.provisions.find((p) => p.requests.some((r) => r.id === kind));
  if (!provision) throw new DomainError('UNKNOWN_PROVISION', { input: kind, known: '' });
  return provisionParameterAt(version, provision, 'requestHandleWithin', on);
}

/**
 * The last day for a request assigned on `assignedOn` with `workingDays` to handle it, on the
 * working-day calendar; null when the calendar does not reach it yet (never a guess).
 */
export function requestDueOn(
  assignedOn: CalendarDate,
  workingDays: number,
  calendar: WorkingDayCalendar = defaultWorkingDayCalendar,
): CalendarDate | null {
  return promisedDueOn(assignedOn, workingDays, calendar);
}

/** Where an assigned request stands against its due date today (nothing runs while open or closed). */
export function requestDueStatus(
  status: string,
  dueOn: CalendarDate | null,
  today: CalendarDate,
  calendar: WorkingDayCalendar = defaultWorkingDayCalendar,
): DueStatus {
  const running = (REQUEST_CLOCK_STATES as readonly string[]).includes(status);
  if (!running || !dueOn) return { running, overdue: false, workingDaysLeft: null };
  // The same reading as a claim's promised time: overdue from the day after the due date.
  let workingDaysLeft: number | null = null;
  try {
    workingDaysLeft = workingDaysBetween(today, dueOn, calendar);
  } catch (e) {
    if (!isDomainError(e) || (e.code !== 'CALENDAR_STALE' && e.code !== 'CALENDAR_UNAVAILABLE')) throw e;
  }
  return { running, overdue: today > dueOn, workingDaysLeft };
}
