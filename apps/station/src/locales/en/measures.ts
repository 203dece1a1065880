import type { Catalog } from '@huiqi/locales';
import type { measures as zh } from '../zh-CN/measures.js';

export const measures = {
  title: 'Measure records',
  intro:
    'The work the policy has agencies record, by its kinds; those to be verified count on the scorecard once the city has verified them.',
  kind: 'Record kind',
  enterprise: 'Enterprise',
  chooseEnterprise: 'Choose the enterprise',
  needEnterprise: 'Choose the enterprise it concerns.',
  save: 'Save record',
  saved: 'Saved; sent when online.',
  mine: "The agency's records",
  empty: 'No records this year yet.',
  close: 'Close',
  closeSave: 'Save closing',
  closed: 'Closed',
  open: 'Open',
  pending: 'Awaiting verification',
  verified: 'Verified',
  rejected: 'Not verified',
  namesHint: 'Separate several names with commas',
  addEnterprise: 'Add enterprise',
  addItem: 'Add one',
  remove: 'Remove',
  choose: 'Choose',
  number: 'Number',
} satisfies Catalog<typeof zh>;
