import { daysBetween } from '../../dates/calendar-date.js';
import { Dec } from '../../money/decimal.js';
import { Money } from '../../money/money.js';
import { lpr1y } from '../../lpr/lpr1y.js';
import { Exact, type Assessment } from '../assessment.js';
import type { Evaluation } from '../evaluation.js';

const HUNDRED = new Dec(100);
const rateOf = new Map<string, Dec>();

/**
 * `interest-subsidy` (M7.4): interest subsidy on a pledge loan, once repaid.
 *   days    = min(repaid − disbursed, maxDays)
 *   subsidy = min(principal × LPR × days / basis, interestPaid) × pledge share, then the annual cap.
 * LPR = the one-year print most recently published on or before the disbursement date.
 */
export function interestSubsidy(claim: Readonly<Record<string, unknown>>, ev: Evaluation): Assessment {
  const id = ev.provision.id;
  const disbursedOn = claim[ev.field('disbursed').key] as string;
  const repaidOn = claim[ev.field('repaid').key] as string;
  const ratioText = claim[ev.field('pledgeShare').key] as string;
  const principal = Money.of(claim[ev.field('principal').key] as string);
  const interestPaid = Money.of(claim[ev.field('interestPaid').key] as string);
  const maxDays = ev.integer('maxDays') ?? Number.POSITIVE_INFINITY;
  const basis = ev.integer('dayCountBasis')!;

  const print = lpr1y(disbursedOn, ev.ctx.lprTable);
  ev.step('lpr', { disbursedOn, lprPublishedOn: print.publishedOn, lpr: print.rate });

  const loanDays = daysBetween(disbursedOn, repaidOn);
  const days = Math.min(loanDays, maxDays);
  ev.step(
    'days',
    { loanDays: String(loanDays), maxDays: String(maxDays), days: String(days), disbursedOn, repaidOn },
    [`${id}.maxDays`],
  );

  let rate = rateOf.get(print.rate);
  if (!rate) rateOf.set(print.rate, (rate = new Dec(print.rate).dividedBy(HUNDRED)));
  const computed = principal.times(rate).times(days).dividedBy(basis);
  ev.step(
    'interestAtLpr',
    {
      principal,
      interestAtLpr: new Exact(computed),
      basis: String(basis),
      lpr: print.rate,
      days: String(days),
    },
    [`${id}.dayCountBasis`],
  );

  const base = computed.min(interestPaid);
  ev.step('lesserInterest', { interestPaid, base: new Exact(base) });

  const subsidy = base.times(ratioText);
  ev.step('pledgeShare', { pledgeShareRatio: ratioText, subsidy: new Exact(subsidy) });

  ev.checkHappened(claim);
  const { amount, capped } = ev.applyAnnualCap(subsidy, 'annualCap');
  return ev.finish(amount, capped);
}
