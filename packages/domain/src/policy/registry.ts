import type { ForeignItem } from './claim-types.js';
import { itemKey } from '../claims/item-key.js';
import { KIND_REQUIREMENTS } from './kinds.js';
import type { ClaimField, Localized, Provision, ProvisionKind } from './schema.js';
import type { PolicyVersion } from './version.js';
import type { Labelled } from '../registry/service-types.js';

export type CountKind = 'count-target' | 'count-approx' | 'count-cap';
const COUNT_KINDS: ReadonlySet<string> = new Set(['count-target', 'count-approx', 'count-cap']);

export type { Labelled } from '../registry/service-types.js';

/**
 * What the platform knows about a version's provisions, derived from the data once, for the
 * pages, handlers, seed and scorecard — none of them lists provisions.
 */
export interface PolicyRegistry {
  /** Provisions that take claims, in policy order. */
  claimProvisions: readonly Provision[];
  claimProvisionIds: readonly string[];
  /** Provisions with an annual cap (what the applicant got in the period counts). */
  capped: ReadonlySet<string>;
  /** Provisions paid once, and over which period. */
  once: ReadonlyMap<string, 'ever' | 'per-funding-year'>;
  /** For each per-item provision, the provisions whose items it shares (itself included). */
  itemGroups: ReadonlyMap<string, readonly string[]>;
  /** Count measures (targets, "about", caps) and their kinds. */
  countMeasures: readonly { id: string; kind: CountKind; counts: 'enterprises' | 'brands'; title: Localized }[];
  budgetFloors: readonly { id: string; title: Localized }[];
  /** Agency service types → their provision. */
  serviceTypes: Readonly<Record<string, Labelled>>;
  /** What an enterprise may ask for (service requests) → its provision. */
  requestKinds: Readonly<Record<string, Labelled>>;
  /** Events agencies run → their provision. */
  eventKinds: Readonly<Record<string, Labelled>>;
  /** IP assets a profile records → the provision that pays for them. */
  assetKinds: Readonly<Record<string, { provision: string; group: 'title' | 'award' | 'foreign'; label: Localized; rank?: number }>>;
  /** Provisions paid to agencies rather than enterprises. */
  agencyProvisions: ReadonlySet<string>;
}

const cache = new WeakMap<PolicyVersion<unknown>, PolicyRegistry>();

export function policyRegistry(version: PolicyVersion<unknown>): PolicyRegistry {
  const hit = cache.get(version);
  if (hit) return hit;
  const ps = version.provisions;
  const groups = new Map<string, string[]>();
  for (const p of ps) {
    const g = p.bookkeeping?.itemGroup;
    if (g) groups.set(g, [...(groups.get(g) ?? []), p.id]);
  }
  const labelled = (pick: (p: Provision) => readonly { id: string; label: Localized }[]) =>
    Object.fromEntries(ps.flatMap((p) => pick(p).map((x) => [x.id, { provision: p.id, label: x.label }] as const)));
  const registry: PolicyRegistry = {
    claimProvisions: ps.filter((p) => p.claim),
    claimProvisionIds: ps.filter((p) => p.claim).map((p) => p.id),
    capped: new Set(ps.filter((p) => p.bookkeeping?.annualCap).map((p) => p.id)),
    once: new Map(ps.filter((p) => p.bookkeeping?.once).map((p) => [p.id, p.bookkeeping!.once!])),
    itemGroups: new Map(ps.filter((p) => p.bookkeeping?.itemGroup).map((p) => [p.id, groups.get(p.bookkeeping!.itemGroup!)!])),
    countMeasures: ps.filter((p) => COUNT_KINDS.has(p.kind)).map((p) => ({ id: p.id, kind: p.kind as CountKind, counts: p.counts, title: p.title })),
    budgetFloors: ps.filter((p) => p.kind === 'budget-floor').map((p) => ({ id: p.id, title: p.title })),
    serviceTypes: labelled((p) => p.services),
    requestKinds: labelled((p) => p.requests),
    eventKinds: labelled((p) => p.events),
    assetKinds: Object.fromEntries(
      ps.filter((p) => p.matching?.asset).map((p) => {
        const a = p.matching!.asset!;
        return [a.kind, { provision: p.id, group: a.group, label: a.label, ...(a.rank === undefined ? {} : { rank: a.rank }) }];
      }),
    ),
    agencyProvisions: new Set(ps.filter((p) => p.applicant === 'agency').map((p) => p.id)),
  };
  cache.set(version, registry);
  return registry;
}

/** The claim fields a page renders for a provision (empty when it takes no claims). */
export function claimFields(provision: Provision): readonly ClaimField[] {
  return provision.claim?.fields ?? [];
}

/** The item keys (itemKey) a claim names: its patents, grants or registrations, read by role. */
export function claimItemKeys(provision: Provision | undefined, claim: Readonly<Record<string, unknown>>): string[] {
  const field = provision?.claim?.fields.find((f) => f.role === 'items');
  const list = field ? (claim[field.key] as (string | ForeignItem)[] | undefined) : undefined;
  return (list ?? []).map((i) => itemKey(i));
}

/** Whether a kind takes claims (it has a rule). */
export function kindTakesClaims(kind: ProvisionKind): boolean {
  return KIND_REQUIREMENTS[kind].claims;
}
