import type { Catalog } from '@huiqi/locales';
import type { common as zh } from '../zh-CN/common.js';

export const common = {
  error: 'Something went wrong',
  search: 'Search',
} satisfies Catalog<typeof zh>;
