import type { Catalog } from '@huiqi/locales';
import type { award as zh } from '../zh-CN/award.js';

export const award = {
  title: 'Trusteeship award',
  new: 'New claim',
  round: 'Funding round',
  noRound: 'No open round takes this award now.',
  save: 'Save draft',
  edit: 'Edit',
  submit: 'Submit',
  withdraw: 'Withdraw',
  attach: 'Attach evidence (PDF, image or OFD)',
  evidence: 'Evidence',
  noEvidence: 'None yet: attach the evaluation document and the service records.',
  reviews: 'Reviews',
  assessed: 'Assessed / approved amount',
  empty: 'The agency has no award claims yet.',
  adminOnly: "The agency's administrator applies; other workers follow the progress.",
} satisfies Catalog<typeof zh>;
