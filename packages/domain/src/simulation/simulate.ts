import type { CalendarDate } from '../dates/calendar-date.js';
import type { LprTable } from '../lpr/lpr-table.js';
import {
  overrideParameters,
  provisionOf,
  type PolicySource,
  type PolicyVersion,
} from '../policy/policy-book.js';
import { claimItemKeys, policyRegistry } from '../policy/registry.js';
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

/**
 * Runs a pool of claims through the rules twice — as the policy stands and with some parameters
 * changed — with the same bookkeeping the API does (annual caps across an enterprise's claims,
 * once-only titles, items paid once), and totals both by provision and by area.
 */
/** An amount assess() returned ("1234.50") as whole fen. */
const fenOf = (amount: string): bigint => BigInt(amount.replace('.', ''));
const yuanOf = (fen: bigint): string => {
  const digits = (fen < 0n ? -fen : fen).toString().padStart(3, '0');
  return `${fen < 0n ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
};

export function simulate(
  pool: readonly PoolClaim[],
  options: {
    policy: PolicySource;
    region?: string;
    overrides: Record<string, string | null>;
    lprTable?: LprTable;
  },
): SimulationResult {
  const variantPolicy = overrideParameters(options.policy, options.overrides);
  const versions: readonly PolicyVersion[] = Array.isArray(options.policy)
    ? options.policy
    : [options.policy as PolicyVersion];
  // Bookkeeping is per provision (caps, once-only) or per item group, so a claim can change only
  // when its provision, or one sharing its items, has a changed parameter: the variant run
  // re-assesses those claims and takes the others' amounts from the base run.
  const touched = new Set<string>();
  for (const id of Object.keys(options.overrides)) {
    const provision = id.slice(0, id.lastIndexOf('.'));
    touched.add(provision);
    for (const v of versions)
      for (const p of policyRegistry(v).itemGroups.get(provision) ?? []) touched.add(p);
  }
  // What each claim's bookkeeping needs, worked out once for both runs: the cap, title and item
  // group it counts against, each as a small number (the runs keep their tallies in arrays).
  const ids = new Map<string, number>();
  const idOf = (key: string) => {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  };
  const books = pool.map((c) => {
    const version = versions.find((v) => provisionOf(v, c.provision)) ?? versions[0]!;
    const registry = policyRegistry(version);
    const once = registry.once.get(c.provision);
    const cap = `${c.enterpriseId}|${c.provision}|${c.fundingYear}`;
    return {
      capped: registry.capped.has(c.provision),
      once: once !== undefined,
      cap: idOf(cap),
      title: idOf(once === 'per-funding-year' ? cap : `${c.enterpriseId}|${c.provision}`),
      group: idOf(`${c.enterpriseId}|${(registry.itemGroups.get(c.provision) ?? [c.provision]).join(',')}`),
      keys: claimItemKeys(provisionOf(version, c.provision), c.claim as Record<string, unknown>),
    };
  });
  // Amounts by position in the pool (a claim not assessable has none), with their whole fen.
  interface Run {
    amounts: (string | undefined)[];
    fen: bigint[];
    invalid: number;
  }
  const run = (policy: PolicySource, only?: ReadonlySet<string>): Run => {
    const granted: (bigint | undefined)[] = new Array(ids.size);
    const titles = new Uint8Array(ids.size);
    const items: (Set<string> | undefined)[] = new Array(ids.size);
    const out: Run = {
      amounts: new Array<string | undefined>(pool.length),
      fen: new Array<bigint>(pool.length),
      invalid: 0,
    };
    for (let i = 0; i < pool.length; i++) {
      const c = pool[i]!;
      if (only && !only.has(c.provision)) continue;
      const b = books[i]!;
      const paid = items[b.group];
      try {
        // One shape of context for every claim (absent facts undefined): the rules see one kind of object.
        const a = assess(c.claim as never, {
          policy,
          asOf: c.asOf,
          fundingYear: c.fundingYear,
          region: options.region,
          lprTable: options.lprTable,
          grantedThisYear: b.capped && granted[b.cap] !== undefined ? yuanOf(granted[b.cap]!) : undefined,
          alreadyPaid: b.once ? titles[b.title] === 1 : undefined,
          paidItems: paid,
        });
        const fen = a.eligible ? fenOf(a.amount) : 0n;
        out.amounts[i] = a.amount;
        out.fen[i] = fen;
        if (!a.eligible) continue;
        if (b.capped) granted[b.cap] = (granted[b.cap] ?? 0n) + fen;
        if (b.once) titles[b.title] = 1;
        if (b.keys.length) {
          if (paid) for (const k of b.keys) paid.add(k);
          else items[b.group] = new Set(b.keys);
        }
      } catch {
        out.invalid++;
      }
    }
    return out;
  };
  const base = run(options.policy);
  const changedRun = run(variantPolicy, touched);
  const variant: Run = { amounts: [...base.amounts], fen: [...base.fen], invalid: base.invalid };
  pool.forEach((c, i) => {
    if (!touched.has(c.provision)) return;
    variant.amounts[i] = changedRun.amounts[i];
    variant.fen[i] = changedRun.fen[i]!;
  });

  const totals = (r: Run): SimulationTotals => {
    const byProvision = new Map<string, bigint>();
    const byArea = new Map<string, bigint>();
    let total = 0n;
    let eligible = 0;
    pool.forEach((c, i) => {
      if (r.amounts[i] === undefined) return;
      const fen = r.fen[i]!;
      if (fen !== 0n) eligible++;
      total += fen;
      byProvision.set(c.provision, (byProvision.get(c.provision) ?? 0n) + fen);
      byArea.set(c.area, (byArea.get(c.area) ?? 0n) + fen);
    });
    const str = (m: Map<string, bigint>) =>
      Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, yuanOf(v)]));
    return { total: yuanOf(total), eligible, byProvision: str(byProvision), byArea: str(byArea) };
  };

  const changed = pool
    .flatMap((c, i) => {
      const was = base.amounts[i];
      if (was === undefined || was === variant.amounts[i]) return [];
      const d = (variant.fen[i] ?? 0n) - base.fen[i]!;
      return [
        {
          row: {
            id: c.id,
            provision: c.provision,
            area: c.area,
            base: was,
            variant: variant.amounts[i] ?? '0.00',
          },
          by: d < 0n ? -d : d,
        },
      ];
    })
    .sort((x, y) => (y.by > x.by ? 1 : y.by < x.by ? -1 : 0))
    .map((x) => x.row);

  return {
    claims: pool.length,
    invalid: base.invalid,
    base: totals(base),
    variant: totals(variant),
    changed,
  };
}
