import { defineProvision } from '../../define-provision.js';
import { patentAward } from '../shared.js';

/** M1.4 中国专利金奖 — per-item-award, per patent. */
export const m1_4 = defineProvision(
  patentAward({
    id: 'M1.4',
    name: { zh: '中国专利金奖', en: 'China Patent Gold Award' },
    summary: {
      zh: '获得中国专利金奖的每件补助50万元。',
      en: '500,000 yuan per patent with a China Patent Gold Award.',
    },
    amount: '500000.00',
    reference: '对获得中国专利金奖的每件补助50万元',
    asset: 'patent-gold',
    rank: 3,
  }),
);
