import type { Catalog } from '@huiqi/locales';
import type { targets as zh } from '../zh-CN/targets.js';

export const targets = {
  title: 'This year',
  served: 'Enterprises served',
  target: 'Target',
  records: 'Services',
  noTarget: 'No count target',
  byMonth: 'New enterprises served by month',
  empty: 'No services recorded this year.',
} satisfies Catalog<typeof zh>;
