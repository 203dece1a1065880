import type { Catalog } from '@huiqi/locales';
import type { me as zh } from '../zh-CN/me.js';

export const me = {
  title: 'Me',
  workers: 'Workers of the agency',
  addWorker: 'Add a worker',
  displayName: 'Name',
  admin: 'Agency admin',
  disable: 'Disable',
  disabled: 'Disabled',
  award: 'Trusteeship award claims',
  brands: 'Brand nominations (百城百品)',
  measures: 'Measure records',
} satisfies Catalog<typeof zh>;
