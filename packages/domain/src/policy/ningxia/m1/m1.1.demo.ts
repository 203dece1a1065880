import { defineProvisionDemo } from '../../provision-demo.js';
import { recognizedLastYear } from '../shared.demo.js';
import { m1_1 } from './m1.1.js';

/** DEMO DATA of M1.1 (not policy): a year's budget of a fresh demo and its example claims. */
export const m1_1Demo = defineProvisionDemo(m1_1, {
  demoBudget: '3000000.00',
  exampleClaim: (ctx) => ({ provision: 'M1.1', recognizedOn: recognizedLastYear(ctx) }),
});
