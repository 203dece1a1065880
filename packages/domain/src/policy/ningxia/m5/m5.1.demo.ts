import { defineProvisionDemo, notAfter, pad2, pickOf } from '../../provision-demo.js';
import { m5_1 } from './m5.1.js';

/** DEMO DATA of M5.1 (not policy): a year's budget of a fresh demo and its example claims. */
export const m5_1Demo = defineProvisionDemo(m5_1, {
  demoBudget: '30000000.00',
  exampleClaim: ({ index, random, fundingYear, today }) => {
    // A contract of the funding year's first months, or of last November while none has passed yet.
    const signed = `${fundingYear}-${pad2(1 + (index % 8))}-15`;
    return {
      provision: 'M5.1',
      transactionAmount: `${100_000 + Math.floor(random() * 3_000_000)}.00`,
      mode: pickOf(random, ['license', 'assignment', 'equity'] as const),
      contractDate: notAfter(signed <= today ? signed : `${fundingYear - 1}-11-15`, today),
    };
  },
});
