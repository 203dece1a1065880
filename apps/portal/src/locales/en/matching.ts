import type { Catalog } from '@huiqi/locales';
import type { matching as zh } from '../zh-CN/matching.js';

export const matching = {
  title: 'What fits us',
  intro:
    'From your profile (SRDI status, industry, IP titles, patent awards, grants abroad): the provisions you likely qualify for, the estimated amounts and why; for the others, what is missing.',
  total: 'Estimated total you can claim',
  estimate: 'An estimate with the parameters in force; the review decides.',
  year: 'Funding year',
  groups: {
    likely: 'Likely',
    'needs-facts': 'Needs a transaction',
    service: 'Services you can ask for',
    claimed: 'Claimed already',
    missing: 'Not yet',
  },
  start: 'Start a claim',
  calculate: 'Calculate',
  toProfile: 'Complete the profile',
  toClaims: 'See my claims',
  toRequests: 'Send a request',
  upTo: 'At most a year',
  empty: 'None.',
} satisfies Catalog<typeof zh>;
