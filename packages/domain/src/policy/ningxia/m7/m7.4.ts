import { defineProvision } from '../../define-provision.js';
import { annualCap, capPeriod, enterpriseGuide, MONEY_FIGURES } from '../shared.js';

/** M7.4 知识产权质押融资贴息 — interest-subsidy. */
export const m7_4 = defineProvision({
  id: 'M7.4',
  measure: 7,
  kind: 'interest-subsidy',
  title: { zh: '知识产权质押融资贴息', en: 'Interest subsidy for IP pledge loans' },
  summary: {
    zh: '按出质占比率及一年期LPR贴息，单户上限50万元，贴息期限最长一年。',
    en: 'Interest subsidy from the pledge share ratio and the one-year LPR; at most 500,000 yuan, at most one year.',
  },
  interpretation: {
    zh: '贴息天数 = min(还款日 − 放款日, 365)；贴息 = min(本金 × LPR × 天数 ÷ 360, 实付利息) × 出质占比率；上限按资助年度计；须已还清。',
    en: 'days = min(repaid − disbursed, 365); subsidy = min(principal × LPR × days / 360, interest paid) × pledge share ratio; cap per funding year; loan repaid first.',
  },
  parameters: {
    annualCap: annualCap('单户企业补助上限50万元', '500000.00'),
    capPeriod: capPeriod('单户企业补助上限50万元'),
    maxDays: {
      label: { zh: '最长贴息天数', en: 'Longest subsidized period (days)' },
      unit: 'days',
      source: 'interpretation',
      reference: '“贴息期限最长一年”：期限上限按365个日历日计（解释）。',
      values: [{ effectiveFrom: '2023-01-01', value: '365' }],
    },
    dayCountBasis: {
      label: { zh: '计息基础天数', en: 'Day-count basis' },
      unit: 'days',
      source: 'interpretation',
      reference:
        '“按照……一年期贷款市场报价利率给予贴息”未言明计息基础：按银行惯例日利率 = 年利率 ÷ 360（解释）。',
      values: [{ effectiveFrom: '2023-01-01', value: '360' }],
    },
  },
  clause:
    '对通过知识产权质押获得融资的企业，在完成偿贷还息后，按照合同约定的知识产权出质占比率及贷款发放时最近一次公布的一年期贷款市场报价利率给予贴息，单户企业补助上限50万元，贴息期限最长一年',
  claim: {
    fields: [
      {
        key: 'principal',
        input: 'money',
        role: 'principal',
        positive: true,
        label: { zh: '贷款本金', en: 'Principal' },
      },
      {
        key: 'pledgeShareRatio',
        input: 'ratio',
        role: 'pledgeShare',
        label: { zh: '知识产权出质占比率', en: 'IP pledge share ratio' },
        hint: { zh: '合同约定的比率，如 0.6', en: 'As the contract states, e.g. 0.6' },
      },
      {
        key: 'disbursedOn',
        input: 'date',
        role: 'disbursed',
        label: { zh: '放款日期', en: 'Disbursement date' },
      },
      {
        key: 'repaidOn',
        input: 'date',
        role: 'repaid',
        label: { zh: '还清日期', en: 'Repayment date' },
        notBefore: 'disbursedOn',
        mustHaveHappened: 'LOAN_NOT_REPAID',
      },
      {
        key: 'interestPaid',
        input: 'money',
        role: 'interestPaid',
        label: { zh: '实付利息', en: 'Interest paid' },
      },
    ],
  },
  bookkeeping: { annualCap: 'annualCap' },
  matching: {
    needsFacts: {
      zh: '需有已还清本息的知识产权质押贷款（本金、出质占比率、放款与还清日期、实付利息）。',
      en: 'Needs an IP pledge loan repaid with its interest (principal, pledge share ratio, dates, interest paid).',
    },
  },
  guide: enterpriseGuide({
    conditions: [
      {
        zh: '以知识产权质押获得贷款，并已偿还本金和利息',
        en: 'A loan obtained by pledging IP, with principal and interest repaid',
      },
      { zh: '贷款合同约定知识产权出质占比率', en: 'The loan contract states the IP pledge share ratio' },
    ],
    materials: [
      {
        zh: '借款合同及知识产权质押合同、质押登记通知书',
        en: 'The loan contract, the IP pledge contract and the pledge registration notice',
      },
      {
        zh: '放款凭证、还本付息凭证',
        en: 'Proof of disbursement and of repayment of principal and interest',
      },
    ],
    processingWorkingDays: 30,
  }),
  scorecard: MONEY_FIGURES,
});
