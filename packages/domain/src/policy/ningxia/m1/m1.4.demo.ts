import { defineProvisionDemo } from '../../provision-demo.js';
import { awardedPatent } from '../shared.demo.js';
import { m1_4 } from './m1.4.js';

/** DEMO DATA of M1.4 (not policy): a year's budget of a fresh demo and its example claims. */
export const m1_4Demo = defineProvisionDemo(m1_4, {
  demoBudget: '4000000.00',
  exampleClaim: (ctx) => ({ provision: 'M1.4', patents: [awardedPatent(ctx)] }),
});
