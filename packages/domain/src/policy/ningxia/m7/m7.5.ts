import { defineProvision } from '../../define-provision.js';
import { annualCap, capPeriod, enterpriseGuide, MONEY_FIGURES } from '../shared.js';

/** M7.5 质押融资评估费补助 — percentage-with-cap. */
export const m7_5 = defineProvision({
  id: 'M7.5',
  measure: 7,
  kind: 'percentage-with-cap',
  title: { zh: '质押融资评估费补助', en: 'Evaluation fee subsidy for IP pledge loans' },
  summary: {
    zh: '按实际支付评估费用的90%给予补助，最高不超过50万元。',
    en: '90% of the evaluation fee paid, at most 500,000 yuan.',
  },
  interpretation: { zh: '上限按每家企业每个资助年度计。', en: 'The cap is per enterprise per funding year.' },
  parameters: {
    rate: {
      label: { zh: '补助比例', en: 'Share of the fee' },
      unit: 'ratio',
      source: 'policy-text',
      reference: '按照实际支付评估费用的90%给予补助',
      values: [{ effectiveFrom: '2023-01-01', value: '0.9' }],
    },
    annualCap: annualCap('最高不超过50万元', '500000.00'),
    capPeriod: capPeriod('最高不超过50万元'),
  },
  clause: '对企业因知识产权质押融资产生的评估费，按照实际支付评估费用的90%给予补助，最高不超过50万元。',
  claim: {
    fields: [
      {
        key: 'evaluationFeePaid',
        input: 'money',
        role: 'base',
        positive: true,
        label: { zh: '实付评估费', en: 'Evaluation fee paid' },
      },
    ],
  },
  bookkeeping: { annualCap: 'annualCap' },
  matching: {
    needsFacts: {
      zh: '需有知识产权质押融资实际支付的评估费。',
      en: 'Needs the evaluation fee actually paid for IP pledge financing.',
    },
  },
  guide: enterpriseGuide({
    conditions: [
      {
        zh: '因知识产权质押融资委托评估并实际支付评估费',
        en: 'An evaluation for IP pledge financing, its fee actually paid',
      },
    ],
    materials: [
      {
        zh: '评估报告、评估委托合同及付费凭证',
        en: 'The evaluation report, the evaluation contract and proof of payment',
      },
    ],
    processingWorkingDays: 20,
  }),
  scorecard: MONEY_FIGURES,
});
