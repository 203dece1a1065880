import type { Catalog } from '@huiqi/locales';
import type { app as zh } from '../zh-CN/app.js';

export const app = {
  name: 'Huiqi',
  subtitle: 'IP support for SRDI SMEs',
} satisfies Catalog<typeof zh>;
