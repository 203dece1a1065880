import { defineProvision } from '../../define-provision.js';
import { annualCap, enterpriseGuide, MONEY_FIGURES } from '../shared.js';

/** M5.1 专利转化运用支持 — percentage-with-cap. */
export const m5_1 = defineProvision({
  id: 'M5.1',
  measure: 5,
  kind: 'percentage-with-cap',
  title: { zh: '专利转化运用支持', en: 'Support for taking in and using IP' },
  summary: {
    zh: '按转化交易额的5%予以支持，年最高补助不超过100万元。',
    en: '5% of the transaction amount, at most 1,000,000 yuan per enterprise a year.',
  },
  interpretation: {
    zh: '“年”为资助年度；上限计入该企业当年在本条已获的全部支持。',
    en: 'The year is the funding year; the cap counts all the enterprise already got under M5.1 that year.',
  },
  parameters: {
    rate: {
      label: { zh: '支持比例', en: 'Share of the transaction amount' },
      unit: 'ratio',
      source: 'policy-text',
      reference: '按转化交易额的5%予以支持',
      values: [{ effectiveFrom: '2023-01-01', value: '0.05' }],
    },
    annualCap: annualCap('年最高补助不超过100万元', '1000000.00'),
  },
  clause:
    '支持区内外高校、科研院所和企业的知识产权通过许可、转让、作价入股等方式，向我区企业特别是专精特新中小企业进行转化运用；对我区引进转化运用并产生社会经济效益、实现应用价值的企业，按转化交易额的5%予以支持，年最高补助不超过100万元。',
  claim: {
    fields: [
      {
        key: 'transactionAmount',
        input: 'money',
        role: 'base',
        positive: true,
        label: { zh: '转化交易额', en: 'Transaction amount' },
        hint: {
          zh: '合同约定并已实际支付的交易额（元）',
          en: 'The amount in the contract, actually paid (yuan)',
        },
      },
      {
        key: 'mode',
        input: 'choice',
        role: 'qualifier',
        label: { zh: '转化方式', en: 'Mode' },
        options: [
          { value: 'license', label: { zh: '许可', en: 'Licence' } },
          { value: 'assignment', label: { zh: '转让', en: 'Assignment' } },
          { value: 'equity', label: { zh: '作价入股', en: 'Equity contribution' } },
        ],
      },
      {
        key: 'contractDate',
        input: 'date',
        role: 'contracted',
        label: { zh: '合同签订日期', en: 'Contract date' },
        mustHaveHappened: 'CONTRACT_IN_FUTURE',
      },
    ],
  },
  bookkeeping: { annualCap: 'annualCap' },
  matching: {
    needsFacts: {
      zh: '需有从高校、院所或企业许可、转让或作价入股取得知识产权的合同及交易额。',
      en: 'Needs a licence, assignment or equity contract taking in IP, and its transaction amount.',
    },
  },
  guide: enterpriseGuide({
    conditions: [
      {
        zh: '从区内外高校、科研院所或企业以许可、转让或作价入股方式引进知识产权',
        en: 'IP taken in from a university, institute or enterprise by licence, assignment or equity contribution',
      },
      {
        zh: '已在本企业转化运用并产生社会经济效益',
        en: 'Put to use in the enterprise with an economic or social benefit',
      },
    ],
    materials: [
      {
        zh: '许可、转让或作价入股合同（已备案或登记）',
        en: 'The licence, assignment or equity contract (recorded or registered)',
      },
      { zh: '交易额支付凭证及发票', en: 'Proof of payment of the transaction amount and the invoice' },
    ],
    processingWorkingDays: 30,
  }),
  scorecard: MONEY_FIGURES,
});
