import type { Catalog } from '@huiqi/locales';
import type { nav as zh } from '../zh-CN/nav.js';

export const nav = {
  dashboard: 'Dashboard',
  queue: 'Review queue',
  budgets: 'Budgets & quotas',
  parameters: 'Parameters',
  simulation: 'What-if',
  scorecard: 'Scorecard',
  records: 'Records',
  brands: 'Hundred Brands',
  licensing: 'Open licensing',
  notices: 'Notices & payments',
  enterprises: 'Enterprises',
  srdiLists: 'SRDI lists',
  priorityExam: 'Prioritized examination',
  requests: 'Service requests',
  adjudication: 'Adjudication',
  imports: 'Imports',
  users: 'Accounts',
  audit: 'Audit log',
} satisfies Catalog<typeof zh>;
