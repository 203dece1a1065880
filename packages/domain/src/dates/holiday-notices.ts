import type { CalendarDate } from './calendar-date.js';

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

const a = (
  name: string,
  from: CalendarDate,
  to: CalendarDate,
  ...workdays: CalendarDate[]
): HolidayArrangement => ({ name, from, to, workdays });

/**
 * The notices, transcribed from their texts. Checked day by day against an independent calendar in
 * working-days.test.ts. A new year is one more entry here (or in a calendar an administrator builds
 * with createWorkingDayCalendar) and a later confirmedThrough.
 */
export const HOLIDAY_NOTICES: readonly HolidayNotice[] = [
  {
    year: 2019,
    title: '国务院办公厅关于2019年部分节假日安排的通知',
    reference: '国办发明电〔2018〕15号',
    issuedOn: '2018-12-06',
    arrangements: [
      a('元旦', '2018-12-30', '2019-01-01', '2018-12-29'),
      a('春节', '2019-02-04', '2019-02-10', '2019-02-02', '2019-02-03'),
      a('清明节', '2019-04-05', '2019-04-05'),
      a('劳动节', '2019-05-01', '2019-05-01'),
      a('端午节', '2019-06-07', '2019-06-07'),
      a('中秋节', '2019-09-13', '2019-09-13'),
      a('国庆节', '2019-10-01', '2019-10-07', '2019-09-29', '2019-10-12'),
    ],
  },
  {
    year: 2019,
    title: '国务院办公厅关于调整2019年劳动节假期安排的通知',
    issuedOn: '2019-03-22',
    arrangements: [a('劳动节', '2019-05-01', '2019-05-04', '2019-04-28', '2019-05-05')],
  },
  {
    year: 2020,
    title: '国务院办公厅关于2020年部分节假日安排的通知',
    reference: '国办发明电〔2019〕16号',
    issuedOn: '2019-11-21',
    arrangements: [
      a('元旦', '2020-01-01', '2020-01-01'),
      a('春节', '2020-01-24', '2020-01-30', '2020-01-19', '2020-02-01'),
      a('清明节', '2020-04-04', '2020-04-06'),
      a('劳动节', '2020-05-01', '2020-05-05', '2020-04-26', '2020-05-09'),
      a('端午节', '2020-06-25', '2020-06-27', '2020-06-28'),
      a('国庆节、中秋节', '2020-10-01', '2020-10-08', '2020-09-27', '2020-10-10'),
    ],
  },
  {
    // Extends the Spring Festival to 2 February: 1 February is no longer worked.
    year: 2020,
    title: '国务院办公厅关于延长2020年春节假期的通知',
    issuedOn: '2020-01-27',
    arrangements: [a('春节', '2020-01-24', '2020-02-02')],
  },
  {
    year: 2021,
    title: '国务院办公厅关于2021年部分节假日安排的通知',
    reference: '国办发明电〔2020〕27号',
    issuedOn: '2020-11-25',
    arrangements: [
      a('元旦', '2021-01-01', '2021-01-03'),
      a('春节', '2021-02-11', '2021-02-17', '2021-02-07', '2021-02-20'),
      a('清明节', '2021-04-03', '2021-04-05'),
      a('劳动节', '2021-05-01', '2021-05-05', '2021-04-25', '2021-05-08'),
      a('端午节', '2021-06-12', '2021-06-14'),
      a('中秋节', '2021-09-19', '2021-09-21', '2021-09-18'),
      a('国庆节', '2021-10-01', '2021-10-07', '2021-09-26', '2021-10-09'),
    ],
  },
  {
    year: 2022,
    title: '国务院办公厅关于2022年部分节假日安排的通知',
    reference: '国办发明电〔2021〕11号',
    issuedOn: '2021-10-25',
    arrangements: [
      a('元旦', '2022-01-01', '2022-01-03'),
      a('春节', '2022-01-31', '2022-02-06', '2022-01-29', '2022-01-30'),
      a('清明节', '2022-04-03', '2022-04-05', '2022-04-02'),
      a('劳动节', '2022-04-30', '2022-05-04', '2022-04-24', '2022-05-07'),
      a('端午节', '2022-06-03', '2022-06-05'),
      a('中秋节', '2022-09-10', '2022-09-12'),
      a('国庆节', '2022-10-01', '2022-10-07', '2022-10-08', '2022-10-09'),
    ],
  },
  {
    year: 2023,
    title: '国务院办公厅关于2023年部分节假日安排的通知',
    reference: '国办发明电〔2022〕16号',
    issuedOn: '2022-12-08',
    arrangements: [
      a('元旦', '2022-12-31', '2023-01-02'),
      a('春节', '2023-01-21', '2023-01-27', '2023-01-28', '2023-01-29'),
      a('清明节', '2023-04-05', '2023-04-05'),
      a('劳动节', '2023-04-29', '2023-05-03', '2023-04-23', '2023-05-06'),
      a('端午节', '2023-06-22', '2023-06-24', '2023-06-25'),
      a('中秋节、国庆节', '2023-09-29', '2023-10-06', '2023-10-07', '2023-10-08'),
    ],
  },
  {
    year: 2024,
    title: '国务院办公厅关于2024年部分节假日安排的通知',
    reference: '国办发明电〔2023〕7号',
    issuedOn: '2023-10-25',
    arrangements: [
      a('元旦', '2024-01-01', '2024-01-01'),
      a('春节', '2024-02-10', '2024-02-17', '2024-02-04', '2024-02-18'),
      a('清明节', '2024-04-04', '2024-04-06', '2024-04-07'),
      a('劳动节', '2024-05-01', '2024-05-05', '2024-04-28', '2024-05-11'),
      a('端午节', '2024-06-10', '2024-06-10'),
      a('中秋节', '2024-09-15', '2024-09-17', '2024-09-14'),
      a('国庆节', '2024-10-01', '2024-10-07', '2024-09-29', '2024-10-12'),
    ],
  },
  {
    year: 2025,
    title: '国务院办公厅关于2025年部分节假日安排的通知',
    reference: '国办发明电〔2024〕12号',
    issuedOn: '2024-11-12',
    arrangements: [
      a('元旦', '2025-01-01', '2025-01-01'),
      a('春节', '2025-01-28', '2025-02-04', '2025-01-26', '2025-02-08'),
      a('清明节', '2025-04-04', '2025-04-06'),
      a('劳动节', '2025-05-01', '2025-05-05', '2025-04-27'),
      a('端午节', '2025-05-31', '2025-06-02'),
      a('国庆节、中秋节', '2025-10-01', '2025-10-08', '2025-09-28', '2025-10-11'),
    ],
  },
  {
    year: 2026,
    title: '国务院办公厅关于2026年部分节假日安排的通知',
    reference: '国办发明电〔2025〕7号',
    issuedOn: '2025-11-04',
    arrangements: [
      a('元旦', '2026-01-01', '2026-01-03', '2026-01-04'),
      a('春节', '2026-02-15', '2026-02-23', '2026-02-14', '2026-02-28'),
      a('清明节', '2026-04-04', '2026-04-06'),
      a('劳动节', '2026-05-01', '2026-05-05', '2026-05-09'),
      a('端午节', '2026-06-19', '2026-06-21'),
      a('中秋节', '2026-09-25', '2026-09-27'),
      a('国庆节', '2026-10-01', '2026-10-07', '2026-09-20', '2026-10-10'),
    ],
  },
];
