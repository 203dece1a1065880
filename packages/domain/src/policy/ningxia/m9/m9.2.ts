import { defineProvision } from '../../define-provision.js';
import { CASES_FIGURE, SERVICES_FIGURE, requestHandleWithin } from '../shared.js';

/** M9.2 保护需求和案件线索收集 — service. */
export const m9_2 = defineProvision({
  id: 'M9.2',
  measure: 9,
  kind: 'service',
  title: { zh: '保护需求和案件线索收集', en: 'Protection needs and case leads' },
  summary: {
    zh: '收集专精特新中小企业知识产权保护需求和案件线索。',
    en: 'Collect protection needs and infringement case leads.',
  },
  clause: '做好专精特新中小企业知识产权保护需求和案件线索信息收集',
  services: [{ id: 'case-lead-intake', label: { zh: '侵权线索收集', en: 'Infringement case lead intake' } }],
  parameters: { requestHandleWithin },
  requests: [{ id: 'case-lead', label: { zh: '报告侵权案件线索', en: 'Report an infringement case lead' } }],
  matching: {
    request: {
      zh: '可提交知识产权保护需求和侵权案件线索。',
      en: 'You can report protection needs and infringement case leads.',
    },
  },
  scorecard: [CASES_FIGURE, SERVICES_FIGURE],
});
