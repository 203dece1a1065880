import { defineProvision } from '../../define-provision.js';

/** M2.1 专利优先审查推荐 — count-approx. */
export const m2_1 = defineProvision({
  id: 'M2.1',
  measure: 2,
  kind: 'count-approx',
  title: { zh: '专利优先审查推荐', en: 'Recommendation for patent prioritized examination' },
  summary: {
    zh: '每年支持50家左右专精特新中小企业享受专利优先审查政策。',
    en: 'About 50 SRDI SMEs a year recommended for patent prioritized examination.',
  },
  parameters: {
    count: {
      label: { zh: '每年推荐企业数（左右）', en: 'Enterprises a year (about)' },
      unit: 'count',
      source: 'policy-text',
      reference: '每年支持50家左右专精特新中小企业享受专利优先审查政策',
      values: [{ effectiveFrom: '2023-01-01', value: '50' }],
    },
    tolerance: {
      label: { zh: '“左右”的容差', en: 'How far from the number is still "about" it' },
      unit: 'ratio',
      source: 'interpretation',
      reference:
        '“50家左右”：实际家数与50家相差不超过此比例（默认10%，即45–55家）即视为完成；推荐超过上限（50家×(1+容差)，即55家）须记录理由。',
      values: [{ effectiveFrom: '2023-01-01', value: '0.1' }],
    },
  },
  clause:
    '以装备制造、新型材料、清洁能源、数字信息、现代化工等产业为重点，每年支持50家左右专精特新中小企业享受专利优先审查政策',
  matching: { ranksFocusIndustries: true },
  scorecard: [
    {
      id: 'enterprises',
      label: { zh: '推荐享受专利优先审查的企业数', en: 'Enterprises recommended' },
      unit: 'enterprises',
      met: 'about',
      goal: 'count',
      tolerance: 'tolerance',
      sources: ['priority-exam'],
    },
  ],
});
