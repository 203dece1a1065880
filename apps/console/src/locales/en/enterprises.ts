import type { Catalog } from '@huiqi/locales';
import type { enterprises as zh } from '../zh-CN/enterprises.js';

export const enterprises = {
  export: 'Export to Excel',
  title: 'Enterprises',
  name: 'Name',
  creditCode: 'Credit code',
  srdi: 'SRDI',
  verify: 'Verify',
  verified: 'Verified',
  pending: 'Pending',
  rejected: 'Rejected',
  comment: 'What was checked',
  approve: 'Verify',
  reject: 'Reject',
  srdiConfirmed: 'SRDI status confirmed',
} satisfies Catalog<typeof zh>;
