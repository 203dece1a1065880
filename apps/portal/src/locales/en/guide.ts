import type { Catalog } from '@huiqi/locales';
import type { guide as zh } from '../zh-CN/guide.js';

export const guide = {
  title: 'How to apply',
  none: 'This provision has no guide.',
  who: 'Who may apply',
  conditions: 'Conditions',
  materials: 'Materials',
  deadline: 'When',
  time: 'Promised processing time',
  workingDays: '{n} working days (from a complete submission)',
  contact: 'Contact',
  apply: 'Calculate and apply',
  link: 'How to apply',
} satisfies Catalog<typeof zh>;
