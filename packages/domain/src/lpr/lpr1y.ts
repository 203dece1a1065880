import { DomainError } from '../errors/domain-error.js';
import { parseCalendarDate, type CalendarDate } from '../dates/calendar-date.js';
import { defaultLprTable, type LprPublication, type LprTable } from './lpr-table.js';

/**
 * The one-year LPR "most recently published on or before" a date (M7.4): a loan disbursed on a
 * publication day uses that day's figure. Before the first print → LPR_UNAVAILABLE; after the
 * table's confirmedThrough → LPR_STALE (a newer print may exist that nobody recorded: never guess).
 */
export function lpr1y(date: CalendarDate, table: LprTable = defaultLprTable): LprPublication {
  parseCalendarDate(date, 'date');
  const first = table.publications[0]!;
  if (date < first.publishedOn) throw new DomainError('LPR_UNAVAILABLE', { date, first: first.publishedOn });
  if (date > table.confirmedThrough) {
    throw new DomainError('LPR_STALE', { date, confirmedThrough: table.confirmedThrough });
  }
  // Binary search for the last publication on or before the date.
  let lo = 0;
  let hi = table.publications.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (table.publications[mid]!.publishedOn <= date) lo = mid;
    else hi = mid - 1;
  }
  return table.publications[lo]!;
}
