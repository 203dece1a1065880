import type { Catalog } from '@huiqi/locales';
import type { app as zh } from '../zh-CN/app.js';

export const app = {
  name: 'Huiqi · Console',
  menu: 'Menu',
} satisfies Catalog<typeof zh>;
