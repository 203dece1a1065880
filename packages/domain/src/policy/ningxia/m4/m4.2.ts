import { defineProvision } from '../../define-provision.js';

/** M4.2 重大项目专利导航专项资金 — budget-floor. */
export const m4_2 = defineProvision({
  id: 'M4.2',
  measure: 4,
  kind: 'budget-floor',
  title: { zh: '重大项目专利导航专项资金', en: 'Patent navigation funds for major projects' },
  summary: {
    zh: '每年安排不少于100万元专项资金开展专利导航。',
    en: 'At least 1,000,000 yuan a year for patent navigation on major projects.',
  },
  parameters: {
    floor: {
      label: { zh: '每年专项资金下限', en: 'Annual funds (at least)' },
      unit: 'CNY',
      source: 'policy-text',
      reference: '每年安排不少于100万元专项资金',
      values: [{ effectiveFrom: '2023-01-01', value: '1000000.00' }],
    },
  },
  clause: '聚焦“六新六特六优”产业，每年安排不少于100万元专项资金，对关键核心技术攻关等重大项目开展专利导航',
});
