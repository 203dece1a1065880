import type { Catalog } from '@huiqi/locales';
import type { app as zh } from '../zh-CN/app.js';

export const app = {
  name: 'Huiqi Station',
} satisfies Catalog<typeof zh>;
