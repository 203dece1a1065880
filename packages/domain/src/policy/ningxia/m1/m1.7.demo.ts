import { defineProvisionDemo, pickOf } from '../../provision-demo.js';
import { m1_7 } from './m1.7.js';

/** DEMO DATA of M1.7 (not policy): a year's budget of a fresh demo and its example claims. */
export const m1_7Demo = defineProvisionDemo(m1_7, {
  demoBudget: '2000000.00',
  exampleClaim: ({ index, random }) => ({
    provision: 'M1.7',
    grants: [
      {
        jurisdiction: pickOf(random, ['US', 'JP', 'EP', 'KR', 'DE']),
        number: String(10_000_000 + index * 13),
      },
    ],
  }),
});
