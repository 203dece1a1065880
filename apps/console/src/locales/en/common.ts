import type { Catalog } from '@huiqi/locales';
import type { common as zh } from '../zh-CN/common.js';

export const common = {
  search: 'Search',
  reset: 'Reset',
  error: 'Could not load',
  year: 'Funding year',
  provision: 'Provision',
  area: 'Area',
  status: 'Status',
  amount: 'Amount',
  count: 'Claims',
  enterprise: 'Enterprise',
  actions: 'Actions',
  open: 'Open',
  total: 'Total',
  date: 'Date',
  note: 'Note',
  all: 'All',
  pageSize: 'Rows per page',
} satisfies Catalog<typeof zh>;
