import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.js';
import { ningxia, withParameterValue } from '../policy/policy-book.js';
import { requestDueOn, requestDueStatus, requestHandleWithin } from './request-deadline.js';

describe('the time an agency has for a request (M9.2, M10.1, M2.2, M8.1)', () => {
  it('reads requestHandleWithin of the provision that offers the kind: 15 working days, an interpretation', () => {
    expect(requestHandleWithin(ningxia, 'case-lead', '2026-09-24')).toMatchObject({
      id: 'M9.2.requestHandleWithin',
      unit: 'working-days',
      source: 'interpretation',
      value: '15',
    });
    expect(requestHandleWithin(ningxia, 'assistance', '2026-09-24').id).toBe('M10.1.requestHandleWithin');
    expect(requestHandleWithin(ningxia, 'trademark', '2026-09-24').id).toBe('M8.1.requestHandleWithin');
    expect(() => requestHandleWithin(ningxia, 'lawsuit', '2026-09-24')).toThrow(DomainError);
  });

  it('a dated change applies to requests assigned from its date, not before', () => {
    const v = withParameterValue(ningxia, 'M10.1.requestHandleWithin', {
      effectiveFrom: '2026-10-01',
      value: '10',
    });
    expect(requestHandleWithin(v, 'assistance', '2026-09-30').value).toBe('15');
    expect(requestHandleWithin(v, 'assistance', '2026-10-01').value).toBe('10');
    expect(requestHandleWithin(v, 'case-lead', '2026-10-01').value).toBe('15');
  });

  it('counts working days on the holiday calendar: Mid-Autumn and National Day skipped, the 10 October make-up day counted', () => {
    // Thursday 24 September 2026: 25–27 Sep and 1–7 Oct are holidays, Saturday 10 Oct is worked.
    expect(requestDueOn('2026-09-24', 15)).toBe('2026-10-22');
    expect(requestDueOn('2026-09-24', 0)).toBe('2026-09-24');
    // Past the calendar's confirmed range the date is not known yet: null, never a guess.
    expect(requestDueOn('2026-12-24', 15)).toBeNull();
  });

  it('is overdue from the day after the due date while the agency holds it; never while open or closed', () => {
    expect(requestDueStatus('assigned', '2026-10-22', '2026-10-22')).toEqual({
      running: true,
      overdue: false,
      workingDaysLeft: 0,
    });
    expect(requestDueStatus('in-progress', '2026-10-22', '2026-10-26')).toEqual({
      running: true,
      overdue: true,
      workingDaysLeft: -2,
    });
    expect(requestDueStatus('closed', '2026-10-22', '2026-10-26').overdue).toBe(false);
    expect(requestDueStatus('open', null, '2026-10-26')).toEqual({
      running: false,
      overdue: false,
      workingDaysLeft: null,
    });
  });

  it('every provision that takes requests says how long, in working days (the shipped version)', () => {
    const taking = ningxia.provisions.filter((p) => p.requests.length);
    expect(taking.map((p) => p.id).sort()).toEqual(['M10.1', 'M2.2', 'M8.1', 'M9.2']);
    for (const p of taking) expect(p.parameters.requestHandleWithin?.unit).toBe('working-days');
  });
});
