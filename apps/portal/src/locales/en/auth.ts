import type { Catalog } from '@huiqi/locales';
import type { auth as zh } from '../zh-CN/auth.js';

export const auth = {
  logout: 'Sign out',
  register: 'Register an enterprise',
  expired: 'Your session has expired: please sign in again.',
  creditCode: 'Unified social credit code',
  codeRequired: 'Enter a valid unified social credit code.',
  companyName: 'Registered name',
  area: 'Area',
  industry: 'Industry',
  srdi: 'SRDI status',
  srdiProvincial: 'Regional SRDI SME',
  srdiLittleGiant: 'National "little giant"',
  srdiNone: 'None yet',
  contactName: 'Contact person',
  contactPhone: 'Contact phone',
  passwordRules:
    'At least 8 characters from 3 of: upper-case, lower-case, digits, symbols; no common passwords.',
} satisfies Catalog<typeof zh>;
