import { describe, expect, it } from 'vitest';
import { todayInChina } from './calendar-date.js';
import { chineseDate, formatChinaTime, yearInChina } from './china-time.js';

describe('China time', () => {
  it('shows a UTC instant as Beijing time, crossing the date line at 16:00 UTC', () => {
    expect(formatChinaTime('2026-12-01T18:47:05.123Z')).toBe('2026-12-02 02:47');
    expect(formatChinaTime('2026-12-01T18:47:05.123Z', 'date')).toBe('2026-12-02');
    expect(formatChinaTime('2026-12-01T18:47:05.123Z', 'second')).toBe('2026-12-02 02:47:05');
    expect(formatChinaTime('2026-12-01T15:59:59Z', 'date')).toBe('2026-12-01');
    expect(formatChinaTime(new Date('2026-12-01T16:00:00Z'), 'date')).toBe('2026-12-02');
  });

  it('reads instants written with an offset as the same instant', () => {
    expect(formatChinaTime('2026-12-02T02:47:00+08:00')).toBe('2026-12-02 02:47');
  });

  it('shows a dash for a missing or unreadable instant', () => {
    expect(formatChinaTime(null)).toBe('—');
    expect(formatChinaTime(undefined)).toBe('—');
    expect(formatChinaTime('not a date')).toBe('—');
  });

  it('gives the year in China: 01:30 on 1 January there is still 31 December in UTC', () => {
    const newYearNight = new Date('2026-12-31T17:30:00Z');
    expect(yearInChina(newYearNight)).toBe(2027);
    expect(todayInChina(newYearNight)).toBe('2027-01-01');
    expect(newYearNight.getUTCFullYear()).toBe(2026);
  });

  it('writes a date as a Chinese document does', () => {
    expect(chineseDate('2027-01-01')).toBe('2027年1月1日');
    expect(chineseDate('2026-12-25')).toBe('2026年12月25日');
  });
});
