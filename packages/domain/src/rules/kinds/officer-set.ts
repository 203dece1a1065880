import { Money } from '../../money/money.js';
import type { Assessment } from '../assessment.js';
import type { Evaluation } from '../evaluation.js';

/**
 * `officer-set` — the rule of a `budget-floor` provision that takes project claims (M4.2): the
 * text fixes no amount per project, so nothing is computed. The assessment is the amount requested
 * as the most that can be granted, and its trace says that the reviewer sets the amount, with a
 * reason, within the provision's budget for the year (the ledger checks it when approved). The
 * floor is the year's total, not a condition of one claim.
 */
export function officerSet(claim: Readonly<Record<string, unknown>>, ev: Evaluation): Assessment {
  const id = ev.provision.id;
  const requested = Money.of(claim[ev.field('requested').key] as string);
  ev.step('officerSet', { requested, floor: ev.money('floor'), fundingYear: String(ev.ctx.fundingYear) }, [
    `${id}.floor`,
  ]);
  ev.checkHappened(claim);
  return ev.finish(requested);
}
