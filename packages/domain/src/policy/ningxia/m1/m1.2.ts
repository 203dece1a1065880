import { defineProvision } from '../../define-provision.js';
import { recognizedTitle } from '../shared.js';

/** M1.2 国家知识产权优势企业 — fixed-award, once per enterprise. */
export const m1_2 = defineProvision(
  recognizedTitle({
    id: 'M1.2',
    name: { zh: '国家知识产权优势企业', en: 'National IP Advantage Enterprise' },
    summary: {
      zh: '新认定的国家知识产权优势企业给予15万元支持。',
      en: '150,000 yuan for a newly recognized National IP Advantage Enterprise.',
    },
    amount: '150000.00',
    reference: '对新认定的……优势企业……给予……15万元……支持',
    asset: 'national-advantage',
    rank: 2,
  }),
);
