import type { Catalog } from '../types.js';
import type { licenceOffer as zh } from '../zh-CN/licence-offer.js';

export const licenceOffer = {
  patentNumber: 'Patent number',
  patentTitle: 'Title',
  licensor: 'Licensor',
  field: 'Technical field',
  description: 'About the patent',
  descriptionOptional: 'About the patent (optional)',
  fee: 'Licence fee',
  feePerYear: '{amount} a year',
  royalty: '{rate} of sales',
  period: 'Period',
  periodFrom: 'From',
  periodTo: 'Until',
  city: 'Listed in',
  interests: 'Interests',
  amendedOn: 'Terms amended on {date}',
  amend: 'Amend terms',
  amendTitle: 'Amend the open licence terms',
  amendHint:
    'The patent, the licensor and the period are as the open licence declared them and cannot change. Enterprises in talks are told the old and new terms in their messages.',
  feeKind: 'Fee terms',
  feeAmount: 'Fee (yuan a year)',
  feeRate: 'Royalty (0–1, e.g. 0.03)',
  descriptionPlaceholder:
    'What the patent solves, which products it suits, what technical material the licence includes (optional)',
  save: 'Save',
  amended: 'The terms of {patent} are amended.',
  withdraw: 'Withdraw',
  withdrawTitle: 'Withdraw the open licence',
  withdrawHint:
    'Once withdrawn, the patent leaves the portal and takes no more interest; the enterprises that expressed interest are told why. Licences concluded by the day of the withdrawal stay in force.',
  reason: 'Why it is withdrawn',
  reasonPlaceholder: 'e.g. the patent was assigned; the licensor asks to withdraw',
  confirmWithdraw: 'Withdraw',
  withdrawn: 'The open licence of {patent} is withdrawn.',
  withdrawnTag: 'Withdrawn',
  withdrawnOn: 'The licensor withdrew this open licence on {date}: {reason}',
} satisfies Catalog<typeof zh>;
