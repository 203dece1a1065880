import { Money } from '../../money/money.js';
import { Exact, type Assessment } from '../assessment.js';
import type { Evaluation } from '../evaluation.js';

/**
 * `percentage-with-cap`: a rate of an amount (the field with role `base`: a transaction amount,
 * an evaluation fee), capped per applicant per period counting what was already granted.
 */
export function percentageWithCap(claim: Readonly<Record<string, unknown>>, ev: Evaluation): Assessment {
  const rate = ev.ratio('rate');
  const baseField = ev.field('base').key;
  const base = Money.of(claim[baseField] as string);
  const qualifier = ev.optionalField('qualifier');
  const share = base.times(rate);
  ev.step(
    'share',
    {
      base,
      rate: ev.param('rate').value!,
      share: new Exact(share),
      baseField,
      ...(qualifier ? { qualifierField: qualifier.key, qualifier: claim[qualifier.key] as string } : {}),
    },
    [`${ev.provision.id}.rate`],
  );
  ev.checkHappened(claim);
  const { amount, capped } = ev.applyAnnualCap(share, 'annualCap');
  return ev.finish(amount, capped);
}
