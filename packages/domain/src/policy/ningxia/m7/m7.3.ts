import { defineProvision } from '../../define-provision.js';

/** Asked the same way by the kinds below. */
const coverage = {
  key: 'coverage',
  input: 'choice',
  label: { zh: '险种', en: 'Kind' },
  options: [
    {
      value: 'infringement',
      label: { zh: '知识产权被侵权保险', en: 'Infringement (loss from being infringed)' },
    },
    {
      value: 'enforcement',
      label: { zh: '知识产权执行保险', en: 'Enforcement (costs of enforcing)' },
    },
    { value: 'other', label: { zh: '其他知识产权保险', en: 'Other IP insurance' } },
  ],
} as const;

/** M7.3 知识产权保险 — service. */
export const m7_3 = defineProvision({
  id: 'M7.3',
  measure: 7,
  kind: 'service',
  title: { zh: '知识产权保险', en: 'IP insurance' },
  summary: {
    zh: '引导保险机构开发知识产权被侵权保险、执行保险等产品。',
    en: 'Insurers develop IP infringement and enforcement insurance.',
  },
  clause: '引导保险机构针对专精特新中小企业开发知识产权被侵权保险、执行保险等产品，降低企业创新风险。',
  records: [
    {
      id: 'insurance-product',
      label: { zh: '知识产权保险产品', en: 'IP insurance product' },
      summary: {
        zh: '保险机构针对专精特新中小企业开发的知识产权保险产品：保险机构、险种。',
        en: 'An IP insurance product an insurer offers SRDI SMEs: insurer and kind.',
      },
      subject: 'none',
      recordedBy: ['region'],
      fields: [
        { key: 'insurer', input: 'text', label: { zh: '保险机构', en: 'Insurer' } },
        { key: 'product', input: 'text', label: { zh: '产品名称', en: 'Product' } },
        coverage,
        { key: 'launchedOn', input: 'date', label: { zh: '上线日期', en: 'Offered from' } },
      ],
      dateField: 'launchedOn',
      counts: {
        unit: 'records',
        note: {
          zh: '原文未规定数量：统计当年上线的产品数。',
          en: 'The text gives no number: the platform counts the products offered from the year.',
        },
      },
    },
    {
      id: 'insurance-policy',
      label: { zh: '知识产权保险投保', en: 'IP insurance policy taken up' },
      summary: {
        zh: '专精特新中小企业投保的知识产权保险：保险机构、险种、保费和保额，由市级核验。',
        en: 'An IP insurance policy an SRDI SME takes up: insurer, kind, premium and sum insured; the city verifies.',
      },
      subject: 'enterprise',
      recordedBy: ['enterprise', 'city', 'region'],
      verifiedBy: 'city',
      fields: [
        { key: 'insurer', input: 'text', label: { zh: '保险机构', en: 'Insurer' } },
        coverage,
        { key: 'policyNumber', input: 'text', label: { zh: '保单号', en: 'Policy number' } },
        { key: 'premium', input: 'money', positive: true, label: { zh: '保费', en: 'Premium' } },
        { key: 'sumInsured', input: 'money', positive: true, label: { zh: '保额', en: 'Sum insured' } },
        { key: 'startsOn', input: 'date', label: { zh: '保险起期', en: 'Cover starts on' } },
      ],
      dateField: 'startsOn',
      counts: {
        unit: 'enterprises',
        note: {
          zh: '原文未规定数量：统计当年起保并经核验的不同投保企业数。',
          en: 'The text gives no number: the platform counts the distinct enterprises whose verified cover starts in the year.',
        },
      },
    },
  ],
});
