import type { Catalog } from '@huiqi/locales';
import type { auth as zh } from '../zh-CN/auth.js';

export const auth = {
  logout: 'Sign out',
  expired: 'Your session has expired: please sign in again.',
  wrongRole: 'This is not an agency account.',
} satisfies Catalog<typeof zh>;
