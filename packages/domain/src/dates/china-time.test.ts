import { describe, expect, it } from 'vitest';
import { todayInChina } from './calendar-date.js';
import { chineseDate, documentDate, formatChinaTime, yearInChina } from './china-time.js';

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

describe('documentDate', () => {
  it('writes the year digit by digit with 〇 and the month and day as numbers', () => {
    expect(documentDate('2026-12-02')).toBe('二〇二六年十二月二日');
    expect(documentDate('2027-01-10')).toBe('二〇二七年一月十日');
    expect(documentDate('2030-10-21')).toBe('二〇三〇年十月二十一日');
    expect(documentDate('2026-03-31')).toBe('二〇二六年三月三十一日');
    expect(documentDate('2026-11-19')).toBe('二〇二六年十一月十九日');
    expect(documentDate('2026-02-20')).toBe('二〇二六年二月二十日');
  });
  it('is the China day of an instant when given todayInChina', () => {
    // 2026-12-01T18:30Z is already 2 December in China.
    expect(documentDate(todayInChina(new Date('2026-12-01T18:30:00Z')))).toBe('二〇二六年十二月二日');
  });
});
