import { defineProvisionDemo, pad2 } from '../../provision-demo.js';
import { m7_5 } from './m7.5.js';

/** DEMO DATA of M7.5 (not policy): a year's budget of a fresh demo and its example claims. */
export const m7_5Demo = defineProvisionDemo(m7_5, {
  demoBudget: '3000000.00',
  exampleClaim: ({ random }) => ({
    provision: 'M7.5',
    evaluationFeePaid: `${2000 + Math.floor(random() * 60_000)}.${pad2(Math.floor(random() * 100))}`,
  }),
});
