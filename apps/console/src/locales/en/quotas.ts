import type { Catalog } from '@huiqi/locales';
import type { quotas as zh } from '../zh-CN/quotas.js';

export const quotas = {
  quota: 'Quota',
  open: "Open this year's quota:",
  count: 'Count',
  reason: 'Reason for going past (needed past an "about N")',
  notFound: 'No enterprise with credit code {code}.',
  counted: 'Counted: {name}',
} satisfies Catalog<typeof zh>;
