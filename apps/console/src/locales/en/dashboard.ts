import type { Catalog } from '@huiqi/locales';
import type { dashboard as zh } from '../zh-CN/dashboard.js';

export const dashboard = {
  title: 'Dashboard',
  pendingCity: 'Awaiting city review',
  pendingRegion: 'Awaiting region review',
  assessed: 'Assessed',
  approved: 'Approved',
  byProvision: 'By provision',
  byArea: 'By area',
} satisfies Catalog<typeof zh>;
