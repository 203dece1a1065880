import type { Catalog } from '@huiqi/locales';
import type { review as zh } from '../zh-CN/review.js';

export const review = {
  issuesHint:
    'Say what is wrong with each item (leave it empty when it is fine); the enterprise sees it at that field or material.',
  fieldIssue: 'Field',
  materialIssue: 'Material',
  confirmApprove: 'Approve the claim of {enterprise} for {wan} ({yuan}, in words {words})?',
  confirmReject: 'Reject the claim of {enterprise}? The enterprise will be told.',
  title: 'Review',
  claim: 'The claim',
  evidence: 'Evidence',
  noEvidence: 'No evidence uploaded.',
  assessment: 'Frozen assessment',
  trace: 'How it was computed',
  others: 'Other claims of this enterprise',
  agencyOthers: 'Other claims of this agency',
  thisYear: 'Approved this year',
  history: 'Reviews',
  decide: 'Decision',
  approve: 'Approve',
  reject: 'Reject',
  return: 'Return for corrections',
  comment: 'Comment',
  fixItems: 'What to fix (one per line, all at once)',
  lowerAmount: 'Lower amount (optional)',
  amountReason: 'Reason for the lower amount',
  done: 'Decision recorded.',
  notYours: 'This claim is not at your stage of review.',
  agencyApplicant: 'Claimed by a service agency',
  setAmount: 'Approved amount',
  setAmountReason: 'Reason for the amount',
  setAmountHint:
    "The region sets this project's amount (nothing is computed): at most the {requested} requested, paid from this year's budget.",
  setAmountNeeded: 'Give the approved amount.',
  amountReasonNeeded: 'Say why this amount.',
  report: 'Navigation report',
} satisfies Catalog<typeof zh>;
