import type { Catalog } from '@huiqi/locales';
import type { profile as zh } from '../zh-CN/profile.js';

export const profile = {
  title: 'Company profile',
  verification: 'Verification',
  changePassword: 'Change password',
  currentPassword: 'Current password',
  newPassword: 'New password',
  passwordChanged: 'Password changed; sign-ins on other devices have ended.',
  qrTitle: 'QR code for service agencies',
  qrHint: 'Show it to a service station worker: their app records the service for your enterprise.',
} satisfies Catalog<typeof zh>;
