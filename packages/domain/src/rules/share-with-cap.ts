import { formatExact } from '../money/format-exact.js';
import { formatYuan } from '../money/format-yuan.js';
import { Money } from '../money/money.js';
import type { EvaluationFeeClaim, TransferClaim } from '../claims/schema.js';
import type { Assessment } from './assessment.js';
import type { Evaluation } from './evaluation.js';

const MODE_LABELS = {
  license: { zh: '许可', en: 'licence' },
  assignment: { zh: '转让', en: 'assignment' },
  equity: { zh: '作价入股', en: 'equity contribution' },
} as const;

/**
 * M5.1 (a share of the transaction amount) and M7.5 (a share of the evaluation fee): a rate of
 * an amount, capped per enterprise per funding year counting what was already granted.
 */
export function shareWithCap(claim: TransferClaim | EvaluationFeeClaim, ev: Evaluation): Assessment {
  const rate = ev.ratio('rate');
  const base = Money.of(claim.provision === 'M5.1' ? claim.transactionAmount : claim.evaluationFeePaid);
  const baseLabel =
    claim.provision === 'M5.1'
      ? { zh: `转化交易额（${MODE_LABELS[claim.mode].zh}）`, en: `transaction amount (${MODE_LABELS[claim.mode].en})` }
      : { zh: '实际支付评估费', en: 'evaluation fee actually paid' };

  const share = base.times(rate);
  const [baseText, rateText, shareText] = [formatYuan(base), ev.percentText('rate'), formatExact(share)];
  ev.step(
    `${baseLabel.zh} ${baseText} × ${rateText} = ${shareText} 元。`,
    `${baseLabel.en} ${baseText} × ${rateText} = ${shareText} yuan.`,
    { base: base.toString(), rate: rate.toFixed(), share: share.toExactString() },
    [`${ev.provisionId}.rate`],
  );
  if (claim.provision === 'M5.1' && claim.contractDate > ev.ctx.asOf) {
    ev.fail(
      'CONTRACT_IN_FUTURE',
      `合同签订日期 ${claim.contractDate} 晚于评估日期 ${ev.ctx.asOf}：须已引进转化。`,
      `Contract date ${claim.contractDate} is after the assessment date ${ev.ctx.asOf}: the IP must already have been taken in.`,
    );
  }
  const { amount, capped } = ev.applyAnnualCap(share, 'annualCap');
  return ev.finish(amount, capped);
}
