import { defineProvisionDemo } from '../../provision-demo.js';
import { awardedPatent } from '../shared.demo.js';
import { m1_5 } from './m1.5.js';

/** DEMO DATA of M1.5 (not policy): a year's budget of a fresh demo and its example claims. */
export const m1_5Demo = defineProvisionDemo(m1_5, {
  demoBudget: '3000000.00',
  exampleClaim: (ctx) => ({ provision: 'M1.5', patents: [awardedPatent(ctx)] }),
});
