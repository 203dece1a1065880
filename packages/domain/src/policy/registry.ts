import type { ForeignItem } from './claim-types.js';
import { itemKey } from '../claims/item-key.js';
import { KIND_REQUIREMENTS } from './kinds.js';
import type { RecordKindData } from './record-kind-schema.js';
import type { ClaimField, Localized, Provision, ProvisionKind, ScorecardFigure } from './schema.js';
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
  countMeasures: readonly {
    id: string;
    kind: CountKind;
    counts: 'enterprises' | 'brands';
    title: Localized;
  }[];
  budgetFloors: readonly { id: string; title: Localized }[];
  /** Provisions whose amount the reviewer sets in review, with a reason (a budget floor's projects, M4.2). */
  reviewerSetsAmount: ReadonlySet<string>;
  /** Agency service types → their provision. */
  serviceTypes: Readonly<Record<string, Labelled>>;
  /** What an enterprise may ask for (service requests) → its provision. */
  requestKinds: Readonly<Record<string, Labelled>>;
  /** Events agencies run → their provision. */
  eventKinds: Readonly<Record<string, Labelled>>;
  /** IP assets a profile records → the provision that pays for them. */
  assetKinds: Readonly<
    Record<
      string,
      { provision: string; group: 'title' | 'award' | 'foreign'; label: Localized; rank?: number }
    >
  >;
  /** Provisions paid to agencies rather than enterprises. */
  agencyProvisions: ReadonlySet<string>;
  /** Kinds of record kept under the provisions (fields, who records and verifies, what counts), by id. */
  recordKinds: Readonly<Record<string, RecordKindData & { provision: string }>>;
  /** The scorecard's rows (M13.1): every figure every provision declares, in policy order. */
  scorecardFigures: readonly ScorecardEntry[];
  /** Provisions that declare no figure yet (not recorded on the platform), the assessment excepted. */
  untracked: readonly { id: string; measure: number; title: Localized }[];
  /** Every record source the version's figures name (the API must register each). */
  scorecardSources: readonly string[];
  /**
   * The provision enterprises apply to be recommended under, ranked by the focus industries and
   * recommended "about N" a year by the region (M2's patent prioritized examination), if any.
   */
  recommendation: { id: string; title: Localized } | undefined;
}

/** One row of the scorecard: a provision's figure. */
export interface ScorecardEntry {
  provision: string;
  measure: number;
  title: Localized;
  figure: ScorecardFigure;
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
    Object.fromEntries(
      ps.flatMap((p) => pick(p).map((x) => [x.id, { provision: p.id, label: x.label }] as const)),
    );
  const registry: PolicyRegistry = {
    claimProvisions: ps.filter((p) => p.claim),
    claimProvisionIds: ps.filter((p) => p.claim).map((p) => p.id),
    capped: new Set(ps.filter((p) => p.bookkeeping?.annualCap).map((p) => p.id)),
    once: new Map(ps.filter((p) => p.bookkeeping?.once).map((p) => [p.id, p.bookkeeping!.once!])),
    itemGroups: new Map(
      ps.filter((p) => p.bookkeeping?.itemGroup).map((p) => [p.id, groups.get(p.bookkeeping!.itemGroup!)!]),
    ),
    countMeasures: ps
      .filter((p) => COUNT_KINDS.has(p.kind))
      .map((p) => ({ id: p.id, kind: p.kind as CountKind, counts: p.counts, title: p.title })),
    budgetFloors: ps.filter((p) => p.kind === 'budget-floor').map((p) => ({ id: p.id, title: p.title })),
    reviewerSetsAmount: new Set(ps.filter((p) => p.kind === 'budget-floor' && p.claim).map((p) => p.id)),
    serviceTypes: labelled((p) => p.services),
    requestKinds: labelled((p) => p.requests),
    eventKinds: labelled((p) => p.events),
    assetKinds: Object.fromEntries(
      ps
        .filter((p) => p.matching?.asset)
        .map((p) => {
          const a = p.matching!.asset!;
          return [
            a.kind,
            {
              provision: p.id,
              group: a.group,
              label: a.label,
              ...(a.rank === undefined ? {} : { rank: a.rank }),
            },
          ];
        }),
    ),
    agencyProvisions: new Set(ps.filter((p) => p.applicant === 'agency').map((p) => p.id)),
    recordKinds: Object.fromEntries(
      ps.flatMap((p) => p.records.map((k) => [k.id, { ...k, provision: p.id }] as const)),
    ),
    scorecardFigures: ps.flatMap((p) => [
      ...p.scorecard.map((figure) => ({ provision: p.id, measure: p.measure, title: p.title, figure })),
      ...p.records.map((k) => ({
        provision: p.id,
        measure: p.measure,
        title: p.title,
        figure: recordKindFigure(k),
      })),
    ]),
    untracked: ps
      .filter((p) => p.kind !== 'assessment' && p.scorecard.length === 0 && p.records.length === 0)
      .map((p) => ({ id: p.id, measure: p.measure, title: p.title })),
    scorecardSources: [
      ...new Set(
        ps.flatMap((p) => [...p.scorecard.flatMap((f) => f.sources), ...p.records.map(() => RECORDS_SOURCE)]),
      ),
    ],
    recommendation: ps
      .filter((p) => p.kind === 'count-approx' && p.matching?.ranksFocusIndustries)
      .map((p) => ({ id: p.id, title: p.title }))[0],
  };
  cache.set(version, registry);
  return registry;
}

/** The claim fields a page renders for a provision (empty when it takes no claims). */
export function claimFields(provision: Provision): readonly ClaimField[] {
  return provision.claim?.fields ?? [];
}

/** The item keys (itemKey) a claim names: its patents, grants or registrations, read by role. */
export function claimItemKeys(
  provision: Provision | undefined,
  claim: Readonly<Record<string, unknown>>,
): string[] {
  const field = provision?.claim?.fields.find((f) => f.role === 'items');
  const list = field ? (claim[field.key] as (string | ForeignItem)[] | undefined) : undefined;
  return (list ?? []).map((i) => itemKey(i));
}

/** Whether a kind takes claims (it has a rule; a budget floor's provision may or may not). */
export function kindTakesClaims(kind: ProvisionKind): boolean {
  return KIND_REQUIREMENTS[kind].claims !== false;
}

/** The record source a record kind's figure is counted from (the generic records the API keeps). */
export const RECORDS_SOURCE = 'records';

/**
 * A record kind's `counts` as a scorecard figure (its id is the kind's): the unit, the target
 * parameter (at least it), or reported where the text gives no number. The "records" source
 * answers each record with `figure` = its kind, its `amount` (the `sum` field) and only those
 * matching `when`.
 */
export function recordKindFigure(k: RecordKindData): ScorecardFigure {
  return {
    id: k.id,
    label: k.label,
    unit: k.counts.unit,
    met: k.counts.target ? 'at-least' : 'reported',
    ...(k.counts.target ? { goal: k.counts.target } : {}),
    sources: [RECORDS_SOURCE],
  };
}
