import type { Catalog } from '@huiqi/locales';
import type { inbox as zh } from '../zh-CN/inbox.js';

export const inbox = {
  title: 'Requests',
  empty: 'No requests assigned to your agency.',
  accept: 'Accept',
  progress: 'Add progress',
  close: 'Close',
  note: 'Note',
  outcome: 'Outcome',
  record: 'Record a service',
  history: 'History',
  status: {
    open: 'Open',
    assigned: 'To accept',
    'in-progress': 'In progress',
    closed: 'Closed',
  },
} satisfies Catalog<typeof zh>;
