import { defineProvision } from '../../define-provision.js';
import { SERVICES_FIGURE, enterprisesAtLeast, requestHandleWithin } from '../shared.js';

/** M2.2 知识产权申请专项辅导 — count-target. */
export const m2_2 = defineProvision({
  id: 'M2.2',
  measure: 2,
  kind: 'count-target',
  title: { zh: '知识产权申请专项辅导', en: 'Special coaching on IP applications' },
  summary: {
    zh: '每年至少为50家专精特新中小企业开展知识产权申请专项辅导。',
    en: 'At least 50 SRDI SMEs a year coached on IP applications.',
  },
  parameters: {
    requestHandleWithin,
    count: {
      label: { zh: '每年至少辅导企业数', en: 'Enterprises coached a year (at least)' },
      unit: 'count',
      source: 'policy-text',
      reference: '每年至少为50家专精特新中小企业开展知识产权申请专项辅导',
      values: [{ effectiveFrom: '2023-01-01', value: '50' }],
    },
  },
  clause: '每年至少为50家专精特新中小企业开展知识产权申请专项辅导，宣传介绍专利、商标优先审查等政策',
  services: [
    { id: 'application-coaching', label: { zh: '知识产权申请专项辅导', en: 'Coaching on IP applications' } },
  ],
  requests: [
    { id: 'coaching', label: { zh: '申请知识产权申请专项辅导', en: 'Ask for coaching on IP applications' } },
  ],
  matching: {
    request: { zh: '可申请知识产权申请专项辅导。', en: 'You can ask for coaching on IP applications.' },
  },
  scorecard: [
    enterprisesAtLeast({ zh: '接受申请专项辅导的企业数', en: 'Enterprises coached' }),
    SERVICES_FIGURE,
  ],
});
