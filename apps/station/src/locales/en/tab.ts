import type { Catalog } from '@huiqi/locales';
import type { tab as zh } from '../zh-CN/tab.js';

export const tab = {
  record: 'Record',
  inbox: 'Requests',
  targets: 'Targets',
  events: 'Events',
  me: 'Me',
} satisfies Catalog<typeof zh>;
