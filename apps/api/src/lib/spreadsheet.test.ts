import { describe, expect, it } from 'vitest';
import { readSheet, safeCell, workbook } from './spreadsheet.js';

describe('spreadsheet export', () => {
  it.each(['=1+1', '+86 139', '-2', '@SUM(A1)', '\t=cmd', '\r=cmd'])('neutralises %j as text', (v) =>
    expect(safeCell(v)).toBe(`'${v}`),
  );
  it.each(['宁夏某某有限公司', '1234.50', 'M5.1', ''])('leaves %j alone', (v) => expect(safeCell(v)).toBe(v));

  it('writes an .xlsx that reads back with the amounts exact and formulas as text', async () => {
    const data = await workbook([
      {
        name: 'S',
        columns: [
          { header: '企业', key: 'name' },
          { header: '金额', key: 'amount', money: true },
        ],
        rows: [{ name: '=HYPERLINK("http://x","点我")', amount: '209875.00' }],
      },
    ]);
    expect(Buffer.from(data.slice(0, 2)).toString()).toBe('PK');
    expect(await readSheet(data)).toEqual([
      ['企业', '金额'],
      ['\'=HYPERLINK("http://x","点我")', '209875.00'],
    ]);
  });
});
