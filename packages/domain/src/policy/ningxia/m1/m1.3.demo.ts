import { defineProvisionDemo } from '../../provision-demo.js';
import { recognizedLastYear } from '../shared.demo.js';
import { m1_3 } from './m1.3.js';

/** DEMO DATA of M1.3 (not policy): a year's budget of a fresh demo and its example claims. */
export const m1_3Demo = defineProvisionDemo(m1_3, {
  demoBudget: '6000000.00',
  exampleClaim: (ctx) => ({ provision: 'M1.3', recognizedOn: recognizedLastYear(ctx) }),
});
