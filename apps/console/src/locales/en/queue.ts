import type { Catalog } from '@huiqi/locales';
import type { queue as zh } from '../zh-CN/queue.js';

export const queue = {
  round: 'Funding round',
  title: 'Review queue',
  stageCity: 'City review',
  stageRegion: 'Region review',
  minAmount: 'Min amount',
  maxAmount: 'Max amount',
  keyword: 'Name or credit code',
  submittedAt: 'Submitted',
  assessedAmount: 'Assessed',
  bulkReturnHint: 'Bulk action is limited to returning; approval needs each claim read.',
  caseNo: 'Case number',
  due: 'Promised time',
  dueOn: 'Due',
  dueAll: 'All',
  overdue: 'Overdue',
  dueSoon: 'Due within 3 working days',
} satisfies Catalog<typeof zh>;
