import type { Catalog } from '@huiqi/locales';
import type { scorecard as zh } from '../zh-CN/scorecard.js';

export const scorecard = {
  title: 'Scorecard by area (M13)',
  export: 'Export to Excel',
  paid: 'Paid',
  services: 'Services',
  served: 'Enterprises served',
  targets: 'Each measure against its target',
  met: 'Met',
  notMet: 'Not met',
  reported: 'Reported',
  goal: 'Target or floor',
  about: 'about ',
  interpretation: 'reading',
  region: 'Region',
  drillHint: 'Click a figure to see the records behind it.',
  untracked: 'Provisions not yet recorded on the platform',
  records: 'Records',
  recordsTotal: '{n} records',
  truncated: '(the latest 500 shown; export to Excel for all)',
  noRecords: 'No records this year',
  date: 'Date',
  enterprise: 'Enterprise',
  what: 'What',
  amount: 'Amount',
} satisfies Catalog<typeof zh>;
