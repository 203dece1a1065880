import { describe, expect, it } from 'vitest';
import { createLprTable, defaultLprTable } from './lpr-table.js';
import { lpr1y } from './lpr1y.js';

describe('lpr1y', () => {
  it.each([
    ['2019-08-20', '4.25'],
    ['2019-09-19', '4.25'],
    ['2019-09-20', '4.20'],
    ['2020-04-20', '3.85'],
    ['2021-12-19', '3.85'],
    ['2023-08-21', '3.45'],
    ['2024-03-15', '3.45'],
    ['2024-07-22', '3.35'],
    ['2025-05-19', '3.10'],
    ['2025-05-20', '3.00'],
    ['2025-12-22', '3.00'],
  ])('on %s the latest print is %s', (date, rate) => {
    expect(lpr1y(date).rate).toBe(rate);
  });

  it('names the print actually used, not the older one with the same figure', () => {
    expect(lpr1y('2024-03-15')).toEqual({ publishedOn: '2024-02-20', rate: '3.45' });
    expect(lpr1y('2021-02-20')).toEqual({ publishedOn: '2021-02-20', rate: '3.85' });
    expect(lpr1y('2021-02-19')).toEqual({ publishedOn: '2021-01-20', rate: '3.85' });
  });

  it('refuses dates before the first print and after the confirmed date', () => {
    expect(() => lpr1y('2019-08-19')).toThrow(expect.objectContaining({ code: 'LPR_UNAVAILABLE' }));
    expect(() => lpr1y('2025-12-23')).toThrow(expect.objectContaining({ code: 'LPR_STALE' }));
    expect(() => lpr1y('2025-13-01')).toThrow(expect.objectContaining({ code: 'DATE_INVALID' }));
  });

  it('takes a replacement table at run time', () => {
    const t = createLprTable({
      confirmedThrough: '2026-03-20',
      publications: [...defaultLprTable.publications, { publishedOn: '2026-02-24', rate: '2.95' }],
    });
    expect(lpr1y('2026-03-01', t)).toEqual({ publishedOn: '2026-02-24', rate: '2.95' });
    expect(lpr1y('2026-02-23', t).rate).toBe('3.00');
  });

  it('validates tables strictly', () => {
    expect(() => createLprTable({ confirmedThrough: '2025-01-01', publications: [] })).toThrow(
      /at least one/,
    );
    expect(() =>
      createLprTable({
        confirmedThrough: '2025-01-01',
        publications: [
          { publishedOn: '2024-01-01', rate: '3.45' },
          { publishedOn: '2023-01-01', rate: '3.65' },
        ],
      }),
    ).toThrow(/increasing date order/);
    expect(() =>
      createLprTable({
        confirmedThrough: '2025-01-01',
        publications: [{ publishedOn: '2024-01-01', rate: 3.45 }],
      }),
    ).toThrow(expect.objectContaining({ code: 'LPR_TABLE_INVALID' }));
    expect(() =>
      createLprTable({
        confirmedThrough: '2025-01-01',
        publications: [{ publishedOn: '2024-01-01', rate: '3.45', note: 'x' }],
      }),
    ).toThrow(/note|Unrecognized/);
  });
});
