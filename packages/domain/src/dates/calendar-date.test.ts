import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from './calendar-date.js';

/** What a real date is, said through Date: the year in range and the date surviving a round trip. */
function oracle(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  if (y < 1900 || y > 2999) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

describe('isCalendarDate', () => {
  it('agrees with the calendar on every string shaped like a date (property)', () => {
    const digits = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));
    fc.assert(
      fc.property(
        digits(4),
        digits(2),
        digits(2),
        (y, m, d) => isCalendarDate(`${y}-${m}-${d}`) === oracle(`${y}-${m}-${d}`),
      ),
      { numRuns: 5000 },
    );
  });

  it('refuses what is not shaped like a date', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (s) => isCalendarDate(s) === oracle(s)),
      { numRuns: 5000 },
    );
    for (const bad of [
      '2025-1-01',
      '2025/01/01',
      ' 2025-01-01',
      '2025-01-01 ',
      '２０２５-01-01',
      '2025-00-10',
      '2025-13-01',
      '1899-12-31',
      '3000-01-01',
      null,
      20250101,
    ]) {
      expect(isCalendarDate(bad), String(bad)).toBe(false);
    }
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('2100-02-29')).toBe(false);
  });
});
