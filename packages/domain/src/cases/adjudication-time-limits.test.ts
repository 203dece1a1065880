import { describe, expect, it } from 'vitest';
import { addMonths } from '../dates/calendar-date.js';
import { ningxia, withParameterValue } from '../policy/policy-book.js';
import {
  adjudicationParameters,
  adjudicationTimeLimits,
  type AdjudicationDates,
} from './adjudication-time-limits.js';

const version = ningxia;
const base: AdjudicationDates = {
  receivedOn: '2026-09-24',
  acceptedOn: null,
  refusedOn: null,
  servedOn: null,
  hearingOn: null,
  hearingNotifiedOn: null,
  extended: false,
  closedOn: null,
};
const limits = (c: Partial<AdjudicationDates>, today: string, v = version) =>
  adjudicationTimeLimits(
    { ...base, ...c },
    adjudicationParameters(v, c.receivedOn ?? base.receivedOn),
    today,
  );
const byKey = (ls: ReturnType<typeof limits>) => Object.fromEntries(ls.map((l) => [l.key, l]));

describe('adjudication time limits (M9.3)', () => {
  it('reads each limit from the provision that keeps the case register, marked as an interpretation', () => {
    const p = adjudicationParameters(version, '2026-01-05');
    expect(p.acceptWithin).toMatchObject({ id: 'M9.3.acceptWithin', unit: 'working-days', value: '5' });
    expect(p.decideWithin).toMatchObject({ unit: 'months', value: '3', source: 'interpretation' });
    for (const use of Object.values(p)) {
      expect(use.source).toBe('interpretation');
      expect(use.reference).toMatch(/措施未规定|措施和办法均未规定/);
    }
  });

  it('counts the 5 working days to accept across the National Day holiday and its make-up days', () => {
    // Received Thu 24 Sep 2026: 25–27 Sep off (Mid-Autumn), 28, 29, 30; 1–7 Oct off; 8 Oct, 9 Oct is the 5th.
    const l = byKey(limits({}, '2026-09-25'));
    expect(l.accept).toMatchObject({ due: '2026-10-09', state: 'open', provisional: false, metOn: null });
    expect(l.accept!.workingDaysLeft).toBe(5);
  });

  it('warns within the warning period, flags a limit passed, and keeps "late" once done after it', () => {
    expect(byKey(limits({}, '2026-09-30')).accept!.state).toBe('warning');
    expect(byKey(limits({}, '2026-10-08')).accept).toMatchObject({ state: 'warning', workingDaysLeft: 1 });
    // Saturday 10 October is a make-up working day: the limit has passed by one.
    expect(byKey(limits({}, '2026-10-10')).accept).toMatchObject({ state: 'overdue', workingDaysLeft: -1 });
    expect(byKey(limits({ acceptedOn: '2026-10-09' }, '2026-11-01')).accept!.state).toBe('met');
    expect(byKey(limits({ refusedOn: '2026-10-10' }, '2026-11-01')).accept!.state).toBe('late');
  });

  it('runs the decision 3 months from acceptance, plus the extension, to a working day', () => {
    const l = byKey(limits({ acceptedOn: '2026-07-31' }, '2026-08-03'));
    // 31 Oct 2026 is a Saturday: the last day moves to Monday 2 November.
    expect(l.decide).toMatchObject({ due: '2026-11-02', provisional: false });
    expect(byKey(limits({ acceptedOn: '2026-07-31', extended: true }, '2026-08-03')).decide!.due).toBe(
      '2026-11-30',
    );
    expect(
      byKey(limits({ acceptedOn: '2026-07-31', closedOn: '2026-11-02' }, '2026-12-01')).decide!.state,
    ).toBe('met');
  });

  it('marks a limit past the calendar provisional and counts it Monday to Friday there', () => {
    const l = byKey(limits({ receivedOn: '2026-12-28' }, '2026-12-29'));
    // 29, 30, 31 Dec; 1 Jan 2027 is a Friday (no 2027 notice yet: counted as a working day), 4 Jan Monday.
    expect(l.accept).toMatchObject({ due: '2027-01-04', provisional: true });
  });

  it('gives the respondent 15 days from service and the parties notice 3 working days before a hearing', () => {
    const l = byKey(
      limits(
        {
          acceptedOn: '2026-10-09',
          servedOn: '2026-10-15',
          hearingOn: '2026-11-16',
          hearingNotifiedOn: '2026-11-12',
        },
        '2026-11-20',
      ),
    );
    // Accepted Fri 9 Oct: Sat 10 (make-up), 12, 13, 14, 15.
    expect(l.serve).toMatchObject({ due: '2026-10-15', state: 'met' });
    expect(l.answer).toMatchObject({ due: '2026-10-30', state: 'elapsed' });
    // Hearing Mon 16 Nov: Fri 13, Thu 12, Wed 11 are the three working days before: tell them by the 11th.
    expect(l.hearingNotice).toMatchObject({ due: '2026-11-11', state: 'late' });
  });

  it('follows a changed parameter from its effective date', () => {
    const v = withParameterValue(version, 'M9.3.acceptWithin', { effectiveFrom: '2026-09-01', value: '7' });
    expect(byKey(limits({}, '2026-09-25', v)).accept!.due).toBe('2026-10-12');
    expect(byKey(limits({ receivedOn: '2026-08-27' }, '2026-08-28', v)).accept!.due).toBe('2026-09-03');
  });
});

describe('addMonths', () => {
  it('keeps the day, or the month’s last day when it has none', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });
});
