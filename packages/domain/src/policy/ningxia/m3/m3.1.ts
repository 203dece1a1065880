import { defineProvision } from '../../define-provision.js';

/** M3.1 知识产权和创新能力分级测评 — count-target. */
export const m3_1 = defineProvision({
  id: 'M3.1',
  measure: 3,
  kind: 'count-target',
  title: { zh: '知识产权和创新能力分级测评', en: 'Graded assessment of IP and innovation capability' },
  summary: {
    zh: '每年组织50家以上专精特新中小企业开展分级测评、学习提升。',
    en: 'At least 50 SRDI SMEs a year take the graded assessment (ISO 56005).',
  },
  parameters: {
    count: {
      label: { zh: '每年至少测评企业数', en: 'Enterprises assessed a year (at least)' },
      unit: 'count',
      source: 'policy-text',
      reference: '每年组织50家以上专精特新中小企业……开展知识产权和创新能力分级测评',
      values: [{ effectiveFrom: '2023-01-01', value: '50' }],
    },
  },
  clause: '每年组织50家以上专精特新中小企业，通过国家知识产权管理标准推广应用综合服务平台，开展知识产权和创新能力分级测评、学习提升',
  services: [{ id: 'graded-assessment', label: { zh: '分级测评辅导', en: 'Graded assessment support' } }],
});
