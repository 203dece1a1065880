import { defineProvisionDemo } from '../../provision-demo.js';
import { awardedPatent } from '../shared.demo.js';
import { m1_6 } from './m1.6.js';

/** DEMO DATA of M1.6 (not policy): a year's budget of a fresh demo and its example claims. */
export const m1_6Demo = defineProvisionDemo(m1_6, {
  demoBudget: '2000000.00',
  exampleClaim: (ctx) => ({ provision: 'M1.6', patents: [awardedPatent(ctx)] }),
});
