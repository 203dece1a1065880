import { addDays, addMonths, type CalendarDate } from '../dates/calendar-date.js';
import {
  addWorkingDays,
  createWorkingDayCalendar,
  defaultWorkingDayCalendar,
  isWorkingDay,
  workingDayOnOrAfter,
  workingDaysBetween,
  type WorkingDayCalendar,
} from '../dates/working-days.js';
import { DomainError } from '../errors/domain-error.js';
import { findProvision, provisionParameterAt, type ParameterUse } from '../policy/policy-book.js';
import { policyRegistry } from '../policy/registry.js';
import type { PolicyVersion } from '../policy/version.js';

/** The record kind of the M9.3 case register, as the provision declares it in `records`. */
export const ADJUDICATION_RECORD_KIND = 'adjudication-case';

/** The dates of an adjudication case that its time limits run from and are met by. */
export interface AdjudicationDates {
  /** 收到请求书 */
  receivedOn: CalendarDate;
  /** 立案 */
  acceptedOn: CalendarDate | null;
  /** 不予受理 */
  refusedOn: CalendarDate | null;
  /** 请求书副本送达被请求人 */
  servedOn: CalendarDate | null;
  /** 口头审理 and the day the parties were told of it */
  hearingOn: CalendarDate | null;
  hearingNotifiedOn: CalendarDate | null;
  /** 经批准延长结案期限 */
  extended: boolean;
  /** 结案 (a decision, a mediation or a withdrawal) */
  closedOn: CalendarDate | null;
}

const KEYS = [
  'acceptWithin',
  'serveWithin',
  'answerWithin',
  'hearingNotice',
  'decideWithin',
  'extensionUpTo',
  'warnBefore',
] as const;
export type AdjudicationParameterKey = (typeof KEYS)[number];
export type AdjudicationParameters = Record<AdjudicationParameterKey, ParameterUse>;

/**
 * The time-limit parameters of the provision that keeps adjudication cases, as they stand on a
 * date (the day the request was received: the rules in force then govern the case).
 */
export function adjudicationParameters(
  version: PolicyVersion<unknown>,
  on: CalendarDate,
): AdjudicationParameters {
  const kind = policyRegistry(version).recordKinds[ADJUDICATION_RECORD_KIND];
  if (!kind) throw new DomainError('UNKNOWN_PROVISION', { input: ADJUDICATION_RECORD_KIND, known: '' });
  const provision = findProvision(version, kind.provision);
  return Object.fromEntries(
    KEYS.map((k) => [k, provisionParameterAt(version, provision, k, on)]),
  ) as AdjudicationParameters;
}

/**
 * `met`: done in time; `late`: done after the limit; `open`: running; `warning`: within the
 * warning period; `overdue`: passed and not done; `running`/`elapsed`: a party's limit (the
 * respondent's answer), shown but never the office's fault.
 */
export type TimeLimitState = 'met' | 'late' | 'open' | 'warning' | 'overdue' | 'running' | 'elapsed';

export interface TimeLimit {
  key: 'accept' | 'serve' | 'answer' | 'hearingNotice' | 'decide';
  /** The parameter it comes from ("M9.3.acceptWithin") and its value and unit. */
  parameterId: string;
  /** The last day to act (for hearingNotice: the last day to tell the parties). */
  due: CalendarDate;
  /**
   * The due date runs past the working-day calendar (the next year's holiday notice is not out):
   * counted Monday to Friday there, so it may still move.
   */
  provisional: boolean;
  metOn: CalendarDate | null;
  state: TimeLimitState;
  /** Working days from today to the due date (negative once passed); null once met. */
  workingDaysLeft: number | null;
}

const FAR = '2999-12-31';

/**
 * Each statutory time limit of a case, dated, with its state today: counted in working days on
 * China's calendar where the rule says 工作日, in days or months otherwise (a last day that is a
 * holiday moves to the next working day, 民法典第二百零三条). Past the calendar's confirmed range
 * the count goes on Monday to Friday and the limit is marked provisional.
 */
export function adjudicationTimeLimits(
  c: AdjudicationDates,
  p: AdjudicationParameters,
  today: CalendarDate,
  calendar: WorkingDayCalendar = defaultWorkingDayCalendar,
): TimeLimit[] {
  const onward = createWorkingDayCalendar({
    confirmedFrom: calendar.confirmedFrom,
    confirmedThrough: FAR,
    notices: calendar.notices,
  });
  const n = (k: AdjudicationParameterKey) => Number(p[k].value ?? '0');
  const out: TimeLimit[] = [];
  const add = (
    key: TimeLimit['key'],
    param: AdjudicationParameterKey,
    due: CalendarDate,
    metOn: CalendarDate | null,
    party = false,
  ) => {
    const left = metOn ? null : workingDaysBetween(today, due, onward);
    let state: TimeLimitState;
    if (party) state = today > due ? 'elapsed' : 'running';
    else if (metOn) state = metOn > due ? 'late' : 'met';
    else if (today > due) state = 'overdue';
    else state = left! <= n('warnBefore') ? 'warning' : 'open';
    out.push({
      key,
      parameterId: p[param].id,
      due,
      provisional: due > calendar.confirmedThrough || today > calendar.confirmedThrough,
      metOn,
      state,
      workingDaysLeft: left,
    });
  };
  add(
    'accept',
    'acceptWithin',
    addWorkingDays(c.receivedOn, n('acceptWithin'), onward),
    c.acceptedOn ?? c.refusedOn,
  );
  if (c.acceptedOn) {
    add('serve', 'serveWithin', addWorkingDays(c.acceptedOn, n('serveWithin'), onward), c.servedOn);
    if (c.servedOn)
      add(
        'answer',
        'answerWithin',
        workingDayOnOrAfter(addDays(c.servedOn, n('answerWithin')), onward),
        null,
        true,
      );
    if (c.hearingOn) {
      // The last day to tell the parties: that many working days before the hearing.
      let latest = c.hearingOn;
      for (let left = n('hearingNotice'); left > 0;) {
        latest = addDays(latest, -1);
        if (isWorkingDay(latest, onward)) left--;
      }
      add('hearingNotice', 'hearingNotice', latest, c.hearingNotifiedOn);
    }
    const months = n('decideWithin') + (c.extended ? n('extensionUpTo') : 0);
    add('decide', 'decideWithin', workingDayOnOrAfter(addMonths(c.acceptedOn, months), onward), c.closedOn);
  }
  return out;
}
