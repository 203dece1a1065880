import { yearOf } from '../../dates/calendar-date.js';
import { Money } from '../../money/money.js';
import type { Assessment } from '../assessment.js';
import type { Evaluation } from '../evaluation.js';

/**
 * `fixed-award`: a fixed sum once a qualifying event happened (a title newly recognized, an
 * agency that passed the evaluation), when the event falls inside the window of years, paid once
 * (bookkeeping.once). Titles on a ladder are paid as the `titleStacking` reading says: each
 * (stack), the highest only, or an upgrade paying the difference.
 */
export function fixedAward(claim: Readonly<Record<string, unknown>>, ev: Evaluation): Assessment {
  const { fundingYear } = ev.ctx;
  const id = ev.provision.id;
  let amount = ev.money('amount');
  const window = ev.integer('recognitionWindowYears') ?? 1;
  const firstYear = fundingYear - window + 1;
  const recognizedOn = claim[ev.field('recognized').key] as string;
  const year = yearOf(recognizedOn);

  ev.step('award', { amount }, [`${id}.amount`]);
  const inWindow = year >= firstYear && year <= fundingYear;
  const values = { recognizedOn, fundingYear: String(fundingYear), firstYear: String(firstYear) };
  ev.step('recognitionWindow', { ...values, met: inWindow ? 'yes' : 'no' }, [`${id}.recognitionWindowYears`]);
  if (!inWindow) ev.fail('NOT_NEWLY_RECOGNIZED', values);
  ev.checkHappened(claim);
  if (ev.ctx.alreadyPaid) ev.fail('ALREADY_PAID');

  const ladder = ev.provision.bookkeeping?.ladder;
  if (
    ladder &&
    ev.has('titleStacking') &&
    ev.choice('titleStacking') !== 'stack' &&
    ev.ctx.paidTitles.length
  ) {
    const rankOf = (p: string) =>
      ev.version.provisions.find((x) => x.id === p && x.bookkeeping?.ladder?.group === ladder.group)
        ?.bookkeeping?.ladder?.rank;
    const paid = ev.ctx.paidTitles
      .map((t) => ({ ...t, rank: rankOf(t.provision) }))
      .filter((t) => t.rank !== undefined && t.provision !== id);
    const higher = paid.find((t) => t.rank! > ladder.rank);
    if (higher) ev.fail('HIGHER_TITLE_PAID', { higher: higher.provision });
    else if (ev.choice('titleStacking') === 'upgrade-difference') {
      const lower = paid
        .filter((t) => t.rank! < ladder.rank)
        .sort((a, b) => Money.of(b.amount).compare(Money.of(a.amount)))[0];
      if (lower) {
        const rest = amount.minus(Money.of(lower.amount));
        if (!rest.isPositive())
          ev.fail('NOTHING_LEFT_TO_TOP_UP', { lower: lower.provision, paid: lower.amount });
        amount = rest.max(Money.zero());
        ev.step('upgradeDifference', { lower: lower.provision, paid: lower.amount, amount }, [
          `${id}.titleStacking`,
        ]);
      }
    }
  }
  return ev.finish(amount);
}
