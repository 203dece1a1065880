import { addDays, daysBetween } from '../../../dates/calendar-date.js';
import { Money } from '../../../money/money.js';
import { defineProvisionDemo, notAfter, pad2, pickOf } from '../../provision-demo.js';
import { m7_4 } from './m7.4.js';

/** DEMO DATA of M7.4 (not policy): a year's budget of a fresh demo and its example claims. */
export const m7_4Demo = defineProvisionDemo(m7_4, {
  demoBudget: '5000000.00',
  exampleClaim: ({ index, random, fundingYear, today }) => {
    // A loan of 0.1–2 million disbursed last year, repaid after half a year or more (by today),
    // its interest paid at 4.5% a year.
    const principal = Money.of(`${(10 + Math.floor(random() * 190)) * 10_000}.00`);
    const disbursedOn = `${fundingYear - 1}-${pad2(1 + (index % 9))}-10`;
    const repaidOn = notAfter(addDays(disbursedOn, 180 + (index % 150)), today);
    const days = daysBetween(disbursedOn, repaidOn);
    return {
      provision: 'M7.4',
      principal: principal.toString(),
      pledgeShareRatio: pickOf(random, ['0.5', '0.6', '0.8', '1']),
      disbursedOn,
      repaidOn,
      interestPaid: principal.times('0.045').times(days).dividedBy(360).round().toString(),
    };
  },
});
