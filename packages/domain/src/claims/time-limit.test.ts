import { describe, expect, it } from 'vitest';
import { createWorkingDayCalendar } from '../dates/working-days.js';
import { dueStatus, promisedDueOn } from './time-limit.js';

// January 2030: 1 January is a Tuesday; the 2nd and 3rd off, Saturday the 5th worked instead.
const calendar = createWorkingDayCalendar({
  confirmedFrom: '2030-01-01',
  confirmedThrough: '2030-01-31',
  notices: [
    {
      year: 2030,
      title: 'a test notice',
      issuedOn: '2029-11-01',
      arrangements: [{ name: '元旦', from: '2030-01-02', to: '2030-01-03', workdays: ['2030-01-05'] }],
    },
  ],
});

describe('承诺时限', () => {
  it('counts working days on the calendar: days off skipped, a worked Saturday counted', () => {
    expect(promisedDueOn('2030-01-01', 3, calendar)).toBe('2030-01-07');
    expect(promisedDueOn('2030-01-04', 1, calendar)).toBe('2030-01-05');
  });

  it('is unknown (null), not guessed, past the confirmed range', () => {
    expect(promisedDueOn('2030-01-28', 30, calendar)).toBeNull();
  });

  it('runs while the officials hold the claim, and says overdue once past the day', () => {
    expect(dueStatus('submitted', '2030-01-07', '2030-01-04', calendar)).toEqual({
      running: true,
      overdue: false,
      workingDaysLeft: 2,
    });
    expect(dueStatus('city-approved', '2030-01-07', '2030-01-07', calendar).overdue).toBe(false);
    expect(dueStatus('submitted', '2030-01-07', '2030-01-08', calendar)).toEqual({
      running: true,
      overdue: true,
      workingDaysLeft: -1,
    });
    expect(dueStatus('returned', '2030-01-07', '2030-01-08', calendar)).toEqual({
      running: false,
      overdue: false,
      workingDaysLeft: null,
    });
    expect(dueStatus('submitted', null, '2030-01-08', calendar).overdue).toBe(false);
  });
});
