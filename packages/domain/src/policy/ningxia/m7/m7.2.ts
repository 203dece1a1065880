import { defineProvision } from '../../define-provision.js';

/** M7.2 政府性融资担保贷款 — budget-floor. */
export const m7_2 = defineProvision({
  id: 'M7.2',
  measure: 7,
  kind: 'budget-floor',
  title: { zh: '政府性融资担保贷款', en: 'Guaranteed loans for IP pledge financing' },
  summary: {
    zh: '引导政府性融资担保机构提供不低于2亿元担保贷款。',
    en: 'At least 200,000,000 yuan of guaranteed loans for IP pledge financing.',
  },
  parameters: {
    floor: {
      label: { zh: '担保贷款规模下限', en: 'Guaranteed loans (at least)' },
      unit: 'CNY',
      source: 'policy-text',
      reference: '提供不低于2亿元担保贷款',
      values: [{ effectiveFrom: '2023-01-01', value: '200000000.00' }],
    },
  },
  clause: '引导政府性融资担保机构提供不低于2亿元担保贷款，用于支持中小微企业知识产权质押融资。',
});
