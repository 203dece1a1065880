import { defineProvisionDemo, pickOf } from '../../provision-demo.js';
import { m1_8 } from './m1.8.js';

/** DEMO DATA of M1.8 (not policy): a year's budget of a fresh demo and its example claims. */
export const m1_8Demo = defineProvisionDemo(m1_8, {
  demoBudget: '500000.00',
  exampleClaim: ({ index, random }) => ({
    provision: 'M1.8',
    registrations: [
      {
        jurisdiction: pickOf(random, ['US', 'JP', 'EM', 'KR', 'GB']),
        number: String(20_000_000 + index * 17),
      },
    ],
  }),
});
