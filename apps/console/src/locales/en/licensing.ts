import type { Catalog } from '@huiqi/locales';
import type { licensing as zh } from '../zh-CN/licensing.js';

export const licensing = {
  title: 'Patent open licensing',
  intro:
    "Record patents universities, institutes and enterprises offer for open licence (published on the portal), see enterprises' interest, and mark licences concluded; the region can amend an offer's terms or withdraw it.",
  interests: 'Interest from enterprises',
  noInterests: 'No interest yet.',
  enterprise: 'Enterprise',
  patent: 'Patent',
  message: 'Message',
  status: 'Status',
  states: { open: 'In talks', concluded: 'Licence concluded' },
  conclude: 'Mark concluded',
  concludedOn: 'Concluded on',
  agreedFee: 'Fee agreed (yuan)',
  confirm: 'Confirm',
  concludedNotice: '{name} has a licence of {patent}.',
  record: 'Record an open licence offer',
  licensorKind: 'Licensor kind',
  licensor: 'Licensor',
  licensorRegistry: 'An enterprise of the registry',
  licensorOutside: 'An enterprise not in the registry (by name)',
  area: 'Listed in',
  submit: 'Record and publish',
  recorded: 'The open licence of {patent} is published.',
  offers: 'Patents offered',
  noOffers: 'No patents are offered for open licence now.',
} satisfies Catalog<typeof zh>;
