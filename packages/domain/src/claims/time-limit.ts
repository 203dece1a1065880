import type { CalendarDate } from '../dates/calendar-date.js';
import { addWorkingDays, defaultWorkingDayCalendar, workingDaysBetween } from '../dates/working-days.js';
import type { WorkingDayCalendar } from '../dates/working-days.js';
import { isDomainError } from '../errors/domain-error.js';
import type { ClaimState } from './lifecycle.js';

/**
 * 承诺时限: the working days a provision's guide promises from a complete submission
 * (guide.processingWorkingDays), counted on the official working-day calendar. The clock runs while
 * the officials hold the claim; a return (退回补正) hands it back to the enterprise, and the clock
 * starts again from the day it is submitted again.
 */
export const CLOCK_STATES: readonly ClaimState[] = ['submitted', 'city-approved'];

/** A date past the calendar's confirmed range is not known yet (the next year's holiday notice): null, never a guess. */
function unlessStale<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch (e) {
    if (isDomainError(e) && (e.code === 'CALENDAR_STALE' || e.code === 'CALENDAR_UNAVAILABLE')) return null;
    throw e;
  }
}

/** The last day of the promised time for a claim submitted on `submittedOn`, or null when the calendar does not reach it yet. */
export function promisedDueOn(
  submittedOn: CalendarDate,
  workingDays: number,
  calendar: WorkingDayCalendar = defaultWorkingDayCalendar,
): CalendarDate | null {
  return unlessStale(() => addWorkingDays(submittedOn, workingDays, calendar));
}

export interface DueStatus {
  /** The clock runs in this state (the officials hold the claim). */
  running: boolean;
  /** Past its due date while the clock runs. */
  overdue: boolean;
  /** Working days from today to the due date (negative once overdue); null when not running or unknown. */
  workingDaysLeft: number | null;
}

/** Where a claim stands against its promised time today. */
export function dueStatus(
  state: ClaimState,
  dueOn: CalendarDate | null,
  today: CalendarDate,
  calendar: WorkingDayCalendar = defaultWorkingDayCalendar,
): DueStatus {
  const running = CLOCK_STATES.includes(state);
  if (!running || !dueOn) return { running, overdue: false, workingDaysLeft: null };
  return {
    running,
    overdue: today > dueOn,
    workingDaysLeft: unlessStale(() => workingDaysBetween(today, dueOn, calendar)),
  };
}
