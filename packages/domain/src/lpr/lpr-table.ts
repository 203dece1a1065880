import * as z from 'zod/mini';
import { DomainError } from '../errors/domain-error.js';
import { isCalendarDate } from '../dates/calendar-date.js';
import { formatIssues } from '../policy/format-issues.js';
import { safeParse } from '../schema/parse.js';

/** One publication of the one-year Loan Prime Rate: the rate in percent per year, as a decimal string. */
export const lprPublicationSchema = z.strictObject({
  publishedOn: z.string().check(z.refine(isCalendarDate, 'must be a date YYYY-MM-DD')),
  rate: z.string().check(z.regex(/^\d{1,2}\.\d{1,4}$/, 'must be a percentage such as "3.45"')),
});

/**
 * The table of one-year LPR publications. `confirmedThrough` is the last date for which the
 * table is known to be complete: a date after it may have a newer print we have not recorded.
 */
export const lprTableSchema = z
  .strictObject({
    confirmedThrough: z.string().check(z.refine(isCalendarDate, 'must be a date YYYY-MM-DD')),
    publications: z.array(lprPublicationSchema).check(z.minLength(1, 'needs at least one publication')),
  })
  .check(
    z.superRefine((t, ctx) => {
      for (let i = 1; i < t.publications.length; i++) {
        if (t.publications[i]!.publishedOn <= t.publications[i - 1]!.publishedOn) {
          ctx.addIssue({
            code: 'custom',
            path: ['publications', i, 'publishedOn'],
            message: 'publications must be in strictly increasing date order, one per date',
          });
        }
      }
      const last = t.publications.at(-1);
      if (last && t.confirmedThrough < last.publishedOn) {
        ctx.addIssue({
          code: 'custom',
          path: ['confirmedThrough'],
          message: 'must not be before the last publication',
        });
      }
    }),
  );

export type LprPublication = z.infer<typeof lprPublicationSchema>;
export type LprTable = z.infer<typeof lprTableSchema>;

/** Validates a table (e.g. one edited in the console) and returns it frozen. */
export function createLprTable(input: unknown): LprTable {
  const parsed = safeParse(lprTableSchema, input);
  if (!parsed.success) throw new DomainError('LPR_TABLE_INVALID', { issues: formatIssues(parsed.error) });
  return Object.freeze({
    ...parsed.data,
    publications: Object.freeze(parsed.data.publications.map((p) => Object.freeze(p))),
  }) as LprTable;
}

/**
 * Every public one-year LPR print of the National Interbank Funding Center since the LPR reform,
 * one per month, [publishedOn, rate in %]. The LPR is published on the 20th of each month at 9:00, or
 * on the next working day when the 20th is not one (lprPublicationDay); a Saturday worked in exchange
 * (调休上班, 2021-02-20) is a working day and so a publication day. lpr-table.test.ts checks every date
 * against the working-day calendar. Every month is listed, unchanged figures too, so that a trace names
 * the print actually used, not an older one with the same figure.
 */
const PRINTS: readonly (readonly [string, string])[] = [
  // 2019
  ['2019-08-20', '4.25'],
  ['2019-09-20', '4.20'],
  ['2019-10-21', '4.20'],
  ['2019-11-20', '4.15'],
  ['2019-12-20', '4.15'],
  // 2020
  ['2020-01-20', '4.15'],
  ['2020-02-20', '4.05'],
  ['2020-03-20', '4.05'],
  ['2020-04-20', '3.85'],
  ['2020-05-20', '3.85'],
  ['2020-06-22', '3.85'],
  ['2020-07-20', '3.85'],
  ['2020-08-20', '3.85'],
  ['2020-09-21', '3.85'],
  ['2020-10-20', '3.85'],
  ['2020-11-20', '3.85'],
  ['2020-12-21', '3.85'],
  // 2021
  ['2021-01-20', '3.85'],
  ['2021-02-20', '3.85'],
  ['2021-03-22', '3.85'],
  ['2021-04-20', '3.85'],
  ['2021-05-20', '3.85'],
  ['2021-06-21', '3.85'],
  ['2021-07-20', '3.85'],
  ['2021-08-20', '3.85'],
  ['2021-09-22', '3.85'],
  ['2021-10-20', '3.85'],
  ['2021-11-22', '3.85'],
  ['2021-12-20', '3.80'],
  // 2022
  ['2022-01-20', '3.70'],
  ['2022-02-21', '3.70'],
  ['2022-03-21', '3.70'],
  ['2022-04-20', '3.70'],
  ['2022-05-20', '3.70'],
  ['2022-06-20', '3.70'],
  ['2022-07-20', '3.70'],
  ['2022-08-22', '3.65'],
  ['2022-09-20', '3.65'],
  ['2022-10-20', '3.65'],
  ['2022-11-21', '3.65'],
  ['2022-12-20', '3.65'],
  // 2023
  ['2023-01-20', '3.65'],
  ['2023-02-20', '3.65'],
  ['2023-03-20', '3.65'],
  ['2023-04-20', '3.65'],
  ['2023-05-22', '3.65'],
  ['2023-06-20', '3.55'],
  ['2023-07-20', '3.55'],
  ['2023-08-21', '3.45'],
  ['2023-09-20', '3.45'],
  ['2023-10-20', '3.45'],
  ['2023-11-20', '3.45'],
  ['2023-12-20', '3.45'],
  // 2024
  ['2024-01-22', '3.45'],
  ['2024-02-20', '3.45'],
  ['2024-03-20', '3.45'],
  ['2024-04-22', '3.45'],
  ['2024-05-20', '3.45'],
  ['2024-06-20', '3.45'],
  ['2024-07-22', '3.35'],
  ['2024-08-20', '3.35'],
  ['2024-09-20', '3.35'],
  ['2024-10-21', '3.10'],
  ['2024-11-20', '3.10'],
  ['2024-12-20', '3.10'],
  // 2025
  ['2025-01-20', '3.10'],
  ['2025-02-20', '3.10'],
  ['2025-03-20', '3.10'],
  ['2025-04-21', '3.10'],
  ['2025-05-20', '3.00'],
  ['2025-06-20', '3.00'],
  ['2025-07-21', '3.00'],
  ['2025-08-20', '3.00'],
  ['2025-09-22', '3.00'],
  ['2025-10-20', '3.00'],
  ['2025-11-20', '3.00'],
  ['2025-12-22', '3.00'],
];

export const defaultLprTable: LprTable = createLprTable({
  confirmedThrough: '2025-12-22',
  publications: PRINTS.map(([publishedOn, rate]) => ({ publishedOn, rate })),
});
