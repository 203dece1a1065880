import type { Catalog } from '@huiqi/locales';
import type { auth as zh } from '../zh-CN/auth.js';

export const auth = {
  logout: 'Sign out',
  expired: 'Your session has expired: please sign in again.',
  wrongRole: 'This account is not a console account.',
  usePortal: 'This is an enterprise account: please use the enterprise portal:',
  useStation: 'This is a service agency account: please use the service station:',
  portal: 'Huiqi enterprise portal',
  station: 'Huiqi service station',
} satisfies Catalog<typeof zh>;
