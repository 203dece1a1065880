import { defineProvisionDemo } from '../../provision-demo.js';
import { recognizedLastYear } from '../shared.demo.js';
import { m1_2 } from './m1.2.js';

/** DEMO DATA of M1.2 (not policy): a year's budget of a fresh demo and its example claims. */
export const m1_2Demo = defineProvisionDemo(m1_2, {
  demoBudget: '2000000.00',
  exampleClaim: (ctx) => ({ provision: 'M1.2', recognizedOn: recognizedLastYear(ctx) }),
});
