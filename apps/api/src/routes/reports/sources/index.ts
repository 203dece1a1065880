import { RECORDS_SOURCE } from '@huiqi/domain';
import { brandSelectionsSource } from './brand-selections.js';
import { claimsSource } from './claims.js';
import { openLicensingSource } from './open-licensing.js';
import { paymentsSource } from './payments.js';
import { priorityExamSource } from './priority-exam.js';
import { quotaMembersSource } from './quota-members.js';
import { ratingsSource } from './ratings.js';
import { recordsSource } from './records.js';
import { serviceEventsSource } from './service-events.js';
import { serviceRecordsSource } from './service-records.js';
import { serviceRequestsSource } from './service-requests.js';
import { srdiListsSource } from './srdi-lists.js';
import type { ScorecardSource } from './source.js';

export type { ScorecardSource, SourceQuery, SourceRecord } from './source.js';

/**
 * The record kinds the scorecard (M13.1) counts from, by the name a provision's figure uses in its
 * `scorecard[].sources`. A new record kind adds one file here and one line below; a provision then
 * names it — the scorecard's code does not change (reports.test.ts checks every name is here).
 */
export const SCORECARD_SOURCES: Readonly<Record<string, ScorecardSource>> = {
  'brand-selections': brandSelectionsSource,
  claims: claimsSource,
  'open-licensing': openLicensingSource,
  payments: paymentsSource,
  'priority-exam': priorityExamSource,
  'quota-members': quotaMembersSource,
  ratings: ratingsSource,
  // Every record kind a provision declares (its figure is the kind's `counts`, through the registry).
  [RECORDS_SOURCE]: recordsSource,
  'service-records': serviceRecordsSource,
  'service-events': serviceEventsSource,
  'service-requests': serviceRequestsSource,
  'srdi-lists': srdiListsSource,
};
