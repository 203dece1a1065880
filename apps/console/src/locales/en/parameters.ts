import type { Catalog } from '@huiqi/locales';
import type { parameters as zh } from '../zh-CN/parameters.js';

export const parameters = {
  title: 'Policy parameters',
  intro:
    'Each parameter carries its clause and dates; a change adds a new dated value, history is never overwritten.',
  history: 'History',
  effectiveFrom: 'Effective from',
  value: 'Value',
  source: 'Source',
  policyText: 'Policy text',
  interpretation: 'Interpretation',
  addValue: 'Add a value',
  noteLabel: 'Why (kept in the audit trail)',
  affects: 'Affects {n} claims in review',
  lpr: 'One-year LPR publications',
  publishedOn: 'Published on',
  rate: 'Rate (%)',
  addLpr: 'Enter a publication',
  confirmedThrough: 'Confirmed through',
  saved: 'Saved.',
} satisfies Catalog<typeof zh>;
