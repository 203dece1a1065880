import type { Catalog } from '@huiqi/locales';
import type { calc as zh } from '../zh-CN/calc.js';

export const calc = {
  title: 'Subsidy calculator',
  intro:
    'Pick a provision and fill in the claim: you see the amount and every step, the same numbers a reviewer sees.',
  provision: 'Provision',
  fundingYear: 'Funding year',
  granted: 'Already granted under this provision this year (yuan)',
  submit: 'Calculate',
  result: 'Result',
  eligible: 'Eligible',
  notEligible: 'Not eligible',
  amount: 'Amount',
  words: 'In words',
  capped: 'Limited by the annual cap',
  trace: 'How it was computed',
  reasons: 'Conditions not met',
  addItem: 'Add one',
  remove: 'Remove',
  jurisdiction: 'Country or office of the grant',
  number: 'Number',
  failed: 'Could not calculate',
  yuanSuffix: ' (yuan)',
} satisfies Catalog<typeof zh>;
