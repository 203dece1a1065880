import { defineProvision } from '../../define-provision.js';
import { recognizedTitle } from '../shared.js';

/** M1.1 国家知识产权示范企业 — fixed-award, once per enterprise. */
export const m1_1 = defineProvision(
  recognizedTitle({
    id: 'M1.1',
    name: { zh: '国家知识产权示范企业', en: 'National IP Demonstration Enterprise' },
    summary: {
      zh: '新认定的国家知识产权示范企业给予20万元支持。',
      en: '200,000 yuan for a newly recognized National IP Demonstration Enterprise.',
    },
    amount: '200000.00',
    reference: '对新认定的国家知识产权示范企业……给予20万元……支持',
    asset: 'national-demonstration',
    rank: 3,
  }),
);
