import { defineProvision } from '../../define-provision.js';
import { recognizedTitle } from '../shared.js';

/** M1.3 自治区知识产权培优试点企业 — fixed-award, once per enterprise. */
export const m1_3 = defineProvision(
  recognizedTitle({
    id: 'M1.3',
    name: { zh: '自治区知识产权培优试点企业', en: 'Regional IP Cultivation Pilot Enterprise' },
    summary: {
      zh: '新认定的自治区知识产权培优试点企业给予10万元支持。',
      en: '100,000 yuan for a newly recognized Regional IP Cultivation Pilot Enterprise.',
    },
    amount: '100000.00',
    reference: '对新认定的……自治区知识产权培优试点企业，分别给予……10万元支持',
    asset: 'regional-pilot',
    rank: 1,
  }),
);
