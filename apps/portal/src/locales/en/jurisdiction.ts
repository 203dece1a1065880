import type { Catalog } from '@huiqi/locales';
import type { jurisdiction as zh } from '../zh-CN/jurisdiction.js';

export const jurisdiction = {
  offices: 'Regional offices',
  countries: 'Countries and regions',
  placeholder: 'Choose or type a name',
} satisfies Catalog<typeof zh>;
