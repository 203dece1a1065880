import { defineProvision } from '../../define-provision.js';
import { CASES_FIGURE, SERVICES_FIGURE, requestHandleWithin } from '../shared.js';

/** M10.1 维权援助 — service. */
export const m10_1 = defineProvision({
  id: 'M10.1',
  measure: 10,
  kind: 'service',
  title: { zh: '维权援助', en: 'Rights-protection assistance' },
  summary: {
    zh: '维权援助工作体系向基层延伸，开展维权援助专项行动。',
    en: 'Assistance reaching county level; special assistance campaigns.',
  },
  clause:
    '积极创新工作模式，推动维权援助工作体系向基层延伸，探索开展“专精特新”等中小企业知识产权维权援助专项行动。',
  services: [{ id: 'rights-assistance', label: { zh: '维权援助', en: 'Rights-protection assistance' } }],
  parameters: { requestHandleWithin },
  requests: [{ id: 'assistance', label: { zh: '申请维权援助', en: 'Ask for rights-protection assistance' } }],
  matching: {
    request: { zh: '可申请知识产权维权援助。', en: 'You can ask for rights-protection assistance.' },
  },
  scorecard: [CASES_FIGURE, SERVICES_FIGURE],
});
