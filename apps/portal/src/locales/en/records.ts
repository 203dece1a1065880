import type { Catalog } from '@huiqi/locales';
import type { records as zh } from '../zh-CN/records.js';

export const records = {
  title: 'My records',
  intro:
    'Your IP managers and titles, assessments, product filings, pledges and insurance: counted once your city verifies them. Guaranteed loans the region recorded for you are here too.',
  kind: 'Kind of record',
  new: 'New record',
  none: 'No records',
  stateLabel: 'State',
  actions: 'Actions',
  close: 'Close',
  amend: 'Amend',
  startClaim: 'Claim {provision} from it',
  state: {
    open: 'Open',
    pending: 'To be verified by the city',
    verified: 'Verified',
    rejected: 'Rejected',
    recorded: 'Recorded',
  },
  modes: { new: 'new', amend: 'amend', close: 'add the result' },
} satisfies Catalog<typeof zh>;
