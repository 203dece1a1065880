import { describe, expect, it } from 'vitest';
import { defaultLprTable } from './lpr-table.js';
import { lprPublicationDay } from './publication-day.js';

describe('the LPR table', () => {
  const months = defaultLprTable.publications.map((p) => p.publishedOn.slice(0, 7));

  it('holds every monthly print from the reform (2019-08) to its confirmed date, one per month', () => {
    expect(months[0]).toBe('2019-08');
    expect(new Set(months).size).toBe(months.length);
    expect(months.length).toBe(77); // August 2019 … December 2025
    for (let i = 1; i < months.length; i++) {
      const [y, m] = months[i - 1]!.split('-').map(Number) as [number, number];
      expect(months[i]).toBe(m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`);
    }
    expect(defaultLprTable.confirmedThrough).toBe(defaultLprTable.publications.at(-1)!.publishedOn);
  });

  it('lists each print on its publication day: the 20th, or the next working day', () => {
    for (const p of defaultLprTable.publications)
      expect(p.publishedOn).toBe(lprPublicationDay(p.publishedOn.slice(0, 7)));
  });

  it.each([
    ['2019-10', '2019-10-21', 'the 20th a Sunday'],
    ['2021-02', '2021-02-20', 'a Saturday worked in exchange for the Spring Festival'],
    ['2021-09', '2021-09-22', 'the 20th in the Mid-Autumn holiday'],
    ['2026-02', '2026-02-24', 'the 20th in the Spring Festival'],
    ['2026-10', '2026-10-20', 'an ordinary Tuesday'],
  ])('%s is published on %s (%s)', (month, day) => {
    expect(lprPublicationDay(month)).toBe(day);
  });

  it('refuses months past the working-day calendar and malformed months', () => {
    expect(() => lprPublicationDay('2027-01')).toThrow(expect.objectContaining({ code: 'CALENDAR_STALE' }));
    expect(() => lprPublicationDay('2026-13')).toThrow(expect.objectContaining({ code: 'DATE_INVALID' }));
  });

  it('keeps the figures of the change-only table it replaced', () => {
    const changes = defaultLprTable.publications.filter(
      (p, i, all) => i === 0 || all[i - 1]!.rate !== p.rate,
    );
    expect(changes.map((p) => `${p.publishedOn} ${p.rate}`)).toEqual([
      '2019-08-20 4.25',
      '2019-09-20 4.20',
      '2019-11-20 4.15',
      '2020-02-20 4.05',
      '2020-04-20 3.85',
      '2021-12-20 3.80',
      '2022-01-20 3.70',
      '2022-08-22 3.65',
      '2023-06-20 3.55',
      '2023-08-21 3.45',
      '2024-07-22 3.35',
      '2024-10-21 3.10',
      '2025-05-20 3.00',
    ]);
  });
});
