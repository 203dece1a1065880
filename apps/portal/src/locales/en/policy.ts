import type { Catalog } from '@huiqi/locales';
import type { policy as zh } from '../zh-CN/policy.js';

export const policy = {
  title: '13 measures for IP to help SRDI SMEs innovate',
  draft: 'draft for comments',
  part: 'Part {n}',
  measure: 'Measure {n}',
  interpretation: 'Interpretation',
  policyText: 'Policy text',
  calculate: 'Calculate',
  loading: 'Loading the policy…',
  error: 'The policy could not be loaded: {msg}',
  retry: 'Retry',
  unset: 'none',
  brands: '{n} brands',
  listSeparator: ', ',
  years: '{n} years',
  days: '{n} days',
  months: '{n} months',
  workingDays: '{n} working days',
  enterprises: '{n}',
} satisfies Catalog<typeof zh>;
