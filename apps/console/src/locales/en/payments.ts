import type { Catalog } from '@huiqi/locales';
import type { payments as zh } from '../zh-CN/payments.js';

export const payments = {
  title: 'Payment',
  paidOn: 'Paid on',
  voucher: 'Voucher no.',
  reason: 'Reason for the clawback',
  pay: 'Record payment',
  clawback: 'Record clawback',
  confirmClawback:
    'Claw back {yuan} ({words}) from {enterprise} as a correcting entry? This cannot be undone.',
} satisfies Catalog<typeof zh>;
