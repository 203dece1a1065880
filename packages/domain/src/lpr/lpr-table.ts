import { z } from 'zod';
import { DomainError } from '../errors/domain-error.js';
import { isCalendarDate } from '../dates/calendar-date.js';
import { formatIssues } from '../policy/format-issues.js';

/** One publication of the one-year Loan Prime Rate: the rate in percent per year, as a decimal string. */
export const lprPublicationSchema = z.strictObject({
  publishedOn: z.string().refine(isCalendarDate, 'must be a date YYYY-MM-DD'),
  rate: z.string().regex(/^\d{1,2}\.\d{1,4}$/, 'must be a percentage such as "3.45"'),
});

/**
 * The table of one-year LPR publications. `confirmedThrough` is the last date for which the
 * table is known to be complete: a date after it may have a newer print we have not recorded.
 */
export const lprTableSchema = z
  .strictObject({
    confirmedThrough: z.string().refine(isCalendarDate, 'must be a date YYYY-MM-DD'),
    publications: z.array(lprPublicationSchema).min(1, 'needs at least one publication'),
  })
  .superRefine((t, ctx) => {
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
      ctx.addIssue({ code: 'custom', path: ['confirmedThrough'], message: 'must not be before the last publication' });
    }
  });

export type LprPublication = z.infer<typeof lprPublicationSchema>;
export type LprTable = z.infer<typeof lprTableSchema>;

/** Validates a table (e.g. one edited in the console) and returns it frozen. */
export function createLprTable(input: unknown): LprTable {
  const parsed = lprTableSchema.safeParse(input);
  if (!parsed.success) throw new DomainError('LPR_TABLE_INVALID', { issues: formatIssues(parsed.error) });
  return Object.freeze({ ...parsed.data, publications: Object.freeze(parsed.data.publications.map((p) => Object.freeze(p))) }) as LprTable;
}

/**
 * The public one-year LPR prints of the National Interbank Funding Center since the LPR reform
 * (first print 2019-08-20). Months without a change are the same figure and are left out: the
 * lookup takes the latest print on or before a date, which is the same rate.
 */
export const defaultLprTable: LprTable = createLprTable({
  confirmedThrough: '2025-12-22',
  publications: [
    { publishedOn: '2019-08-20', rate: '4.25' },
    { publishedOn: '2019-09-20', rate: '4.20' },
    { publishedOn: '2019-11-20', rate: '4.15' },
    { publishedOn: '2020-02-20', rate: '4.05' },
    { publishedOn: '2020-04-20', rate: '3.85' },
    { publishedOn: '2021-12-20', rate: '3.80' },
    { publishedOn: '2022-01-20', rate: '3.70' },
    { publishedOn: '2022-08-22', rate: '3.65' },
    { publishedOn: '2023-06-20', rate: '3.55' },
    { publishedOn: '2023-08-21', rate: '3.45' },
    { publishedOn: '2024-07-22', rate: '3.35' },
    { publishedOn: '2024-10-21', rate: '3.10' },
    { publishedOn: '2025-05-20', rate: '3.00' },
  ],
});
