import { CAPPED_PROVISIONS, claimItemKeys, itemGroupOf, ONCE_PROVISIONS } from '../rules/bookkeeping.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import type { LprTable } from '../lpr/lpr-table.js';
import { Money } from '../money/money.js';
import { overrideParameters, type PolicySource } from '../policy/policy-book.js';
import { assess } from '../rules/assess.js';

/** A claim of the pool, in the order decisions take them (submission order). */
export interface PoolClaim {
  id: string;
  enterpriseId: string;
  /** What the results are grouped by besides provision: the city (or NINGDONG). */
  area: string;
  provision: string;
  claim: unknown;
  fundingYear: number;
  asOf: CalendarDate;
}

export interface SimulationTotals {
  total: string;
  eligible: number;
  byProvision: Record<string, string>;
  byArea: Record<string, string>;
}

export interface SimulationResult {
  claims: number;
  /** Claims the rules refuse as input (they count in neither total). */
  invalid: number;
  base: SimulationTotals;
  variant: SimulationTotals;
  /** Claims whose amount differs, largest change first. */
  changed: { id: string; provision: string; area: string; base: string; variant: string }[];
}

const itemGroup = (p: string) => itemGroupOf(p).join(',');

/**
 * Runs a pool of claims through the rules twice — as the policy stands and with some parameters
 * changed — with the same bookkeeping the API does (annual caps across an enterprise's claims,
 * once-only titles, items paid once), and totals both by provision and by area.
 */
export function simulate(
  pool: readonly PoolClaim[],
  options: { policy: PolicySource; overrides: Record<string, string | null>; lprTable?: LprTable },
): SimulationResult {
  const variantPolicy = overrideParameters(options.policy, options.overrides);
  const run = (policy: PolicySource) => {
    const granted = new Map<string, Money>();
    const titles = new Set<string>();
    const items = new Map<string, Set<string>>();
    const amounts = new Map<string, string>();
    let invalid = 0;
    for (const c of pool) {
      const key = `${c.enterpriseId}|${c.provision}|${c.fundingYear}`;
      const group = `${c.enterpriseId}|${itemGroup(c.provision)}`;
      const paid = items.get(group);
      try {
        const a = assess(c.claim, {
          policy,
          asOf: c.asOf,
          fundingYear: c.fundingYear,
          ...(options.lprTable ? { lprTable: options.lprTable } : {}),
          ...(CAPPED_PROVISIONS.has(c.provision) ? { grantedThisYear: (granted.get(key) ?? Money.zero()).toString() } : {}),
          ...(ONCE_PROVISIONS.has(c.provision) ? { alreadyPaid: titles.has(`${c.enterpriseId}|${c.provision}`) } : {}),
          ...(paid ? { paidItems: [...paid] } : {}),
        });
        amounts.set(c.id, a.amount);
        if (!a.eligible) continue;
        if (CAPPED_PROVISIONS.has(c.provision)) granted.set(key, (granted.get(key) ?? Money.zero()).plus(a.amount));
        if (ONCE_PROVISIONS.has(c.provision)) titles.add(`${c.enterpriseId}|${c.provision}`);
        const keys = claimItemKeys(c.claim as Record<string, unknown>);
        if (keys.length) items.set(group, new Set([...(paid ?? []), ...keys]));
      } catch {
        invalid++;
      }
    }
    return { amounts, invalid };
  };
  const base = run(options.policy);
  const variant = run(variantPolicy);

  const totals = (amounts: Map<string, string>): SimulationTotals => {
    const byProvision = new Map<string, Money>();
    const byArea = new Map<string, Money>();
    let total = Money.zero();
    let eligible = 0;
    for (const c of pool) {
      const amount = amounts.get(c.id);
      if (amount === undefined) continue;
      if (amount !== '0.00') eligible++;
      total = total.plus(amount);
      byProvision.set(c.provision, (byProvision.get(c.provision) ?? Money.zero()).plus(amount));
      byArea.set(c.area, (byArea.get(c.area) ?? Money.zero()).plus(amount));
    }
    const str = (m: Map<string, Money>) => Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, v.toString()]));
    return { total: total.toString(), eligible, byProvision: str(byProvision), byArea: str(byArea) };
  };

  const change = (x: { base: string; variant: string }) => {
    const d = Money.of(x.variant).minus(x.base);
    return d.isNegative() ? Money.zero().minus(d) : d;
  };
  const changed = pool
    .filter((c) => base.amounts.has(c.id) && base.amounts.get(c.id) !== variant.amounts.get(c.id))
    .map((c) => ({ id: c.id, provision: c.provision, area: c.area, base: base.amounts.get(c.id)!, variant: variant.amounts.get(c.id) ?? '0.00' }))
    .sort((x, y) => change(y).compare(change(x)));

  return { claims: pool.length, invalid: base.invalid, base: totals(base.amounts), variant: totals(variant.amounts), changed };
}
