import type { Catalog } from '@huiqi/locales';
import type { licensing as zh } from '../zh-CN/licensing.js';

export const licensing = {
  nav: 'Open licensing',
  title: 'Patent open licensing',
  intro:
    'Patents universities, institutes and enterprises offer for open licence: licensor, field, fee and period. Signed-in enterprises can express interest; a licence concluded here can start the claim for support in taking in IP.',
  search: 'Title, field, licensor or number',
  allKinds: 'All licensors',
  licensorKind: 'Licensor',
  find: 'Search',
  count: '{n} patents',
  none: 'No patents are offered for open licence.',
  loginToAsk: 'Enterprises sign in to express interest.',
  ask: 'Express interest',
  message: 'What for (optional): the product or line',
  send: 'Send',
  sent: 'Your interest in {patent} was sent to the licensor and the region.',
  interested: 'Interest expressed',
  mine: 'My licence interests',
  noneMine: 'No interests expressed yet.',
  toMe: 'Interest in your patents',
  states: { open: 'In talks', concluded: 'Licence concluded' },
  concludedAt: 'Concluded on {date}, fee {fee}',
  conclude: 'Mark concluded',
  concludedOn: 'Concluded on',
  agreedFee: 'Fee agreed (yuan)',
  markConcluded: 'Confirm',
  offerOwn: 'Offer one of your patents for open licence',
  publish: 'Publish',
  offered: 'The open licence of {patent} is published.',
  startClaim: 'Claim {provision} support from it',
} satisfies Catalog<typeof zh>;
