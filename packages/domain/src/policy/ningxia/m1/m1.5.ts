import { defineProvision } from '../../define-provision.js';
import { patentAward } from '../shared.js';

/** M1.5 中国专利银奖 — per-item-award, per patent. */
export const m1_5 = defineProvision(
  patentAward({
    id: 'M1.5',
    name: { zh: '中国专利银奖', en: 'China Patent Silver Award' },
    summary: {
      zh: '获得中国专利银奖的每件补助30万元。',
      en: '300,000 yuan per patent with a China Patent Silver Award.',
    },
    amount: '300000.00',
    reference: '获得中国专利银奖的每件补助30万元',
    asset: 'patent-silver',
    rank: 2,
  }),
);
