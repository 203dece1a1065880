import type { Catalog } from '@huiqi/locales';
import type { budgets as zh } from '../zh-CN/budgets.js';

export const budgets = {
  title: 'Budgets & quotas',
  budget: 'Budget',
  total: 'Total',
  reserved: 'Reserved',
  posted: 'Posted',
  available: 'Available',
  warnAt: 'Over 80 % used',
  quotas: 'Count quotas (distinct enterprises)',
  target: 'Target',
  achieved: 'Achieved',
  kind: 'Kind',
  addBudget: 'Set a budget',
  none: 'None set for this year.',
} satisfies Catalog<typeof zh>;
