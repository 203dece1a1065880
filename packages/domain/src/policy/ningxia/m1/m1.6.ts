import { defineProvision } from '../../define-provision.js';
import { patentAward } from '../shared.js';

/** M1.6 中国专利优秀奖 — per-item-award, per patent. */
export const m1_6 = defineProvision(
  patentAward({
    id: 'M1.6',
    name: { zh: '中国专利优秀奖', en: 'China Patent Excellence Award' },
    summary: {
      zh: '获得中国专利优秀奖的每件补助10万元。',
      en: '100,000 yuan per patent with a China Patent Excellence Award.',
    },
    amount: '100000.00',
    reference: '获得中国专利优秀奖的每件补助10万元',
    asset: 'patent-excellence',
    rank: 1,
  }),
);
