import { daysBetween } from '../dates/calendar-date.js';
import { Dec } from '../money/decimal.js';
import { formatExact } from '../money/format-exact.js';
import { formatYuan } from '../money/format-yuan.js';
import { Money } from '../money/money.js';
import { lpr1y } from '../lpr/lpr1y.js';
import type { PledgeLoanClaim } from '../claims/schema.js';
import type { Assessment } from './assessment.js';
import type { Evaluation } from './evaluation.js';

/**
 * M7.4: interest subsidy on an IP pledge loan, once repaid.
 *   days    = min(repaidOn − disbursedOn, maxDays)
 *   subsidy = min(principal × LPR × days / basis, interestPaid) × pledgeShareRatio, then the annual cap.
 * LPR = the one-year print most recently published on or before the disbursement date.
 */
export function interestSubsidy(claim: PledgeLoanClaim, ev: Evaluation): Assessment {
  const principal = Money.of(claim.principal);
  const interestPaid = Money.of(claim.interestPaid);
  const ratio = new Dec(claim.pledgeShareRatio);
  const maxDays = ev.integer('maxDays') ?? Number.POSITIVE_INFINITY;
  const basis = ev.integer('dayCountBasis')!;

  const print = lpr1y(claim.disbursedOn, ev.ctx.lprTable);
  ev.step(
    `放款日 ${claim.disbursedOn} 前最近一次公布的一年期LPR为 ${print.rate}%（${print.publishedOn} 公布）。`,
    `The one-year LPR most recently published on or before the disbursement date ${claim.disbursedOn} is ${print.rate}% (published ${print.publishedOn}).`,
    { disbursedOn: claim.disbursedOn, lprPublishedOn: print.publishedOn, lpr: print.rate },
  );

  const loanDays = daysBetween(claim.disbursedOn, claim.repaidOn);
  const days = Math.min(loanDays, maxDays);
  ev.step(
    `贷款 ${loanDays} 天（${claim.disbursedOn} 至 ${claim.repaidOn}），贴息最长 ${maxDays} 天，按 ${days} 天计。`,
    `Loan of ${loanDays} days (${claim.disbursedOn} to ${claim.repaidOn}); at most ${maxDays} days are subsidized; ${days} days count.`,
    { loanDays: String(loanDays), maxDays: String(maxDays), days: String(days) },
    [`${ev.provisionId}.maxDays`],
  );

  const computed = principal.times(new Dec(print.rate).dividedBy(100)).times(days).dividedBy(basis);
  const [principalText, computedText] = [formatYuan(principal), formatExact(computed)];
  ev.step(
    `按LPR计算的利息：${principalText} × ${print.rate}% × ${days} ÷ ${basis} = ${computedText} 元。`,
    `Interest at the LPR: ${principalText} × ${print.rate}% × ${days} / ${basis} = ${computedText} yuan.`,
    { principal: principal.toString(), interestAtLpr: computed.toExactString(), basis: String(basis) },
    [`${ev.provisionId}.dayCountBasis`],
  );

  const base = computed.min(interestPaid);
  const [paidText, baseText] = [formatYuan(interestPaid), formatExact(base)];
  ev.step(
    `取按LPR计算的利息与实付利息 ${paidText} 的较小者：${baseText} 元。`,
    `The lesser of the interest at the LPR and the interest actually paid (${paidText}): ${baseText} yuan.`,
    { interestPaid: interestPaid.toString(), base: base.toExactString() },
  );

  const subsidy = base.times(ratio);
  const subsidyText = formatExact(subsidy);
  ev.step(
    `乘以知识产权出质占比率 ${claim.pledgeShareRatio}：${subsidyText} 元。`,
    `Times the IP pledge share ratio ${claim.pledgeShareRatio}: ${subsidyText} yuan.`,
    { pledgeShareRatio: claim.pledgeShareRatio, subsidy: subsidy.toExactString() },
  );

  if (claim.repaidOn > ev.ctx.asOf) {
    ev.fail(
      'LOAN_NOT_REPAID',
      `还清日期 ${claim.repaidOn} 晚于评估日期 ${ev.ctx.asOf}：须在完成偿贷还息后申请。`,
      `Repayment date ${claim.repaidOn} is after the assessment date ${ev.ctx.asOf}: apply once the loan and its interest are repaid.`,
    );
  }
  const { amount, capped } = ev.applyAnnualCap(subsidy, 'annualCap');
  return ev.finish(amount, capped);
}
