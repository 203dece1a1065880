import type { Catalog } from '@huiqi/locales';
import type { notices as zh } from '../zh-CN/notices.js';

export const notices = {
  title: 'Notices & payments',
  compose: 'Compose a public notice',
  nothingApproved: 'No approved claims waiting for a notice.',
  selected: '{n} selected',
  noticeTitle: 'Title',
  channel: 'Where to object',
  days: 'Days on notice',
  publish: 'Publish',
  published: 'Published notices',
} satisfies Catalog<typeof zh>;
