import type { CalendarDate } from './calendar-date.js';
import notices from './holiday-notices.json' with { type: 'json' };

/** One arrangement of a notice: the days off (放假), and the weekend days worked instead (调休上班). */
export interface HolidayArrangement {
  /** The holiday as the notice names it: 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节. */
  name: string;
  /** First and last day off, inclusive, as the notice says them ("与周末连休" days are the notice's day only). */
  from: CalendarDate;
  to: CalendarDate;
  /** Weekend days that are working days in exchange (调休上班). */
  workdays: readonly CalendarDate[];
}

/**
 * A State Council General Office notice of the year's holidays (国务院办公厅关于…部分节假日安排的通知),
 * or a later notice that changes one (2019's May Day, 2020's extended Spring Festival). A later
 * notice overrides an earlier one on the days it names.
 */
export interface HolidayNotice {
  /** The year the arrangement is for. */
  year: number;
  title: string;
  /** The document number (国办发明电〔…〕…号) where it is known for certain; otherwise the title stands alone. */
  reference?: string;
  issuedOn: CalendarDate;
  arrangements: readonly HolidayArrangement[];
}

/**
 * The notices, transcribed from their texts into holiday-notices.json (data, one arrangement a line;
 * 2020's second notice extends the Spring Festival to 2 February, so 1 February is no longer worked).
 * Checked day by day against an independent calendar in working-days.test.ts, and checked again as any
 * calendar is when createWorkingDayCalendar builds the default one. A new year is one more entry there
 * (or in a calendar an administrator builds with createWorkingDayCalendar) and a later confirmedThrough.
 */
export const HOLIDAY_NOTICES: readonly HolidayNotice[] = notices;
