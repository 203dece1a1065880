import { defineProvision } from '../../define-provision.js';
import { EVENTS_FIGURE, SERVICES_FIGURE } from '../shared.js';

/** M4.1 专利导航综合服务 — service. */
export const m4_1 = defineProvision({
  id: 'M4.1',
  measure: 4,
  kind: 'service',
  title: { zh: '专利导航综合服务', en: 'Patent navigation services' },
  summary: {
    zh: '依托国家专利导航综合服务平台提供课程培训、成果共享、智能化应用工具。',
    en: 'Training, shared results and tools via the national patent navigation platform.',
  },
  clause:
    '充分利用国家专利导航综合服务平台，为全区专精特新中小企业提供课程培训、成果共享、智能化应用工具等综合服务，满足企业专利导航实务需求。',
  services: [{ id: 'patent-navigation', label: { zh: '专利导航服务', en: 'Patent navigation' } }],
  events: [{ id: 'training', label: { zh: '专利导航培训', en: 'Patent navigation training' } }],
  scorecard: [SERVICES_FIGURE, EVENTS_FIGURE],
});
