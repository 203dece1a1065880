import type { Catalog } from '@huiqi/locales';
import type { nav as zh } from '../zh-CN/nav.js';

export const nav = {
  policy: 'The measures',
  matching: 'What fits us',
  calculator: 'Calculator',
  claims: 'My claims',
  requests: 'Requests',
  priorityExam: 'Prioritized examination',
  records: 'My records',
} satisfies Catalog<typeof zh>;
