import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { addDays } from './calendar-date.js';
import { HOLIDAY_NOTICES } from './holiday-notices.js';
import {
  addWorkingDays,
  createWorkingDayCalendar,
  defaultWorkingDayCalendar,
  isWorkingDay,
  workingDayOnOrAfter,
  workingDaysBetween,
} from './working-days.js';

describe('the working-day calendar', () => {
  it('agrees with an independent calendar (chinese-days) on every day it covers', () => {
    const differences: string[] = [];
    let days = 0;
    for (
      let d = defaultWorkingDayCalendar.confirmedFrom;
      d <= defaultWorkingDayCalendar.confirmedThrough;
      d = addDays(d, 1)
    ) {
      days++;
      if (isWorkingDay(d) !== chineseDays.isWorkday(d)) differences.push(d);
    }
    expect(days).toBe(2922); // 2019-01-01 … 2026-12-31
    expect(differences).toEqual([]);
  });

  it('names each notice by its title and, where one exists, its document number', () => {
    for (const n of HOLIDAY_NOTICES) {
      expect(n.title).toMatch(new RegExp(`${n.year}年`));
      if (n.reference) expect(n.reference).toMatch(/^国办发明电〔\d{4}〕\d+号$/);
    }
    const years = new Set(HOLIDAY_NOTICES.filter((n) => n.reference).map((n) => n.year));
    expect([...years]).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it.each([
    ['2026-02-14', true, 'a Saturday worked for the Spring Festival (调休上班)'],
    ['2026-02-20', false, 'a Friday in the Spring Festival'],
    ['2026-02-24', true, 'the first day back'],
    ['2025-10-11', true, 'a Saturday worked after National Day'],
    ['2021-02-20', true, 'a Saturday worked in 2021'],
    ['2020-02-01', false, 'a Saturday that was to be worked until the 2020 extension'],
    ['2019-05-02', false, 'May Day 2019 as the March 2019 notice changed it'],
    ['2024-12-31', true, 'an ordinary Tuesday'],
    ['2024-12-29', false, 'an ordinary Sunday'],
  ])('%s is a working day: %s (%s)', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it('counts working days after a date (the day itself excluded, the last included)', () => {
    // Received Friday 2026-02-13: the 14th (Saturday) is worked, then 15–23 are off.
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
    expect(addWorkingDays('2026-02-13', 0)).toBe('2026-02-13');
    expect(workingDaysBetween('2026-02-13', '2026-02-24')).toBe(2);
    expect(workingDaysBetween('2026-02-24', '2026-02-13')).toBe(-2);
    expect(workingDaysBetween('2026-02-13', '2026-02-13')).toBe(0);
    // 15 working days across National Day 2025: Sunday 28 September and Saturday 11 October are worked, 1–8 October are off.
    expect(addWorkingDays('2025-09-26', 15)).toBe('2025-10-23');
    expect(workingDaysBetween('2025-09-26', '2025-10-23')).toBe(15);
    expect(workingDayOnOrAfter('2026-02-20')).toBe('2026-02-24');
    expect(workingDayOnOrAfter('2026-02-24')).toBe('2026-02-24');
  });

  it('refuses to count past the last notice, or before the first, like a stale LPR', () => {
    expect(() => isWorkingDay('2027-01-04')).toThrow(expect.objectContaining({ code: 'CALENDAR_STALE' }));
    expect(() => addWorkingDays('2026-12-25', 10)).toThrow(
      expect.objectContaining({ code: 'CALENDAR_STALE' }),
    );
    expect(() => workingDaysBetween('2026-12-01', '2027-01-10')).toThrow(
      expect.objectContaining({ code: 'CALENDAR_STALE' }),
    );
    expect(() => isWorkingDay('2018-12-31')).toThrow(
      expect.objectContaining({ code: 'CALENDAR_UNAVAILABLE' }),
    );
    expect(addWorkingDays('2026-12-24', 5)).toBe('2026-12-31');
  });

  it('refuses bad input with a clear message', () => {
    expect(() => isWorkingDay('2026-02-30')).toThrow(expect.objectContaining({ code: 'DATE_INVALID' }));
    expect(() => addWorkingDays('2026-02-13', -1)).toThrow(
      expect.objectContaining({ code: 'WORKING_DAYS_INVALID' }),
    );
    expect(() => addWorkingDays('2026-02-13', 1.5)).toThrow(
      expect.objectContaining({ code: 'WORKING_DAYS_INVALID' }),
    );
  });

  it('takes a newer notice as data: a calendar extended by one more year', () => {
    const next = createWorkingDayCalendar({
      confirmedFrom: '2026-01-01',
      confirmedThrough: '2027-01-31',
      notices: [
        ...HOLIDAY_NOTICES,
        {
          year: 2027,
          title: '（示例）2027年元旦安排',
          issuedOn: '2026-11-01',
          arrangements: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03', workdays: [] }],
        },
      ],
    });
    expect(isWorkingDay('2027-01-01', next)).toBe(false);
    expect(isWorkingDay('2027-01-04', next)).toBe(true);
    expect(() => isWorkingDay('2025-12-31', next)).toThrow(
      expect.objectContaining({ code: 'CALENDAR_UNAVAILABLE' }),
    );
    expect(() =>
      createWorkingDayCalendar({
        confirmedFrom: '2026-01-01',
        confirmedThrough: '2026-12-31',
        notices: [
          {
            year: 2026,
            title: 'x',
            issuedOn: '2025-11-01',
            arrangements: [{ name: '春节', from: '2026-02-15', to: '2026-02-23', workdays: ['2026-02-16'] }],
          },
        ],
      }),
    ).toThrow(expect.objectContaining({ code: 'CALENDAR_INVALID' }));
  });
});
