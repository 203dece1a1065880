import { DomainError } from '../errors/domain-error.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import { parsePolicyVersion } from './parse-policy-version.js';
import type { Area, Localized, Measure, ParameterUnit, ProvisionInput, Provision } from './schema.js';
import type { PolicySource, PolicyVersion } from './version.js';
import { ningxiaDraft } from './ningxia/version.js';

export type { PolicySource, PolicyVersion } from './version.js';

/** The Ningxia draft (region 640000), validated. Nothing applies it unless it is passed as `policy`. */
// Pure: a bundle that never reads `ningxia` (assess with a policy of its own) leaves the draft out.
export const ningxia = /* @__PURE__ */ parsePolicyVersion(ningxiaDraft);

/** The versions this package ships, oldest first. */
export const builtInPolicies: readonly (typeof ningxia)[] = /* @__PURE__ */ Object.freeze([ningxia]);

const asList = <C>(source: PolicySource<C>): readonly PolicyVersion<C>[] =>
  Array.isArray(source) ? source : [source as PolicyVersion<C>];

/**
 * The version in force on a date: the latest whose effectiveFrom is on or before it, among the
 * versions of `region`. A book holding several regions needs the region; one region's book does not.
 */
export function versionInForce<C>(
  source: PolicySource<C>,
  date: CalendarDate,
  region?: string,
): PolicyVersion<C> {
  const book = bookOf(source);
  let versions = book.all;
  if (region === undefined) {
    if (book.byRegion.size > 1)
      throw new DomainError('POLICY_REGION_REQUIRED', { regions: [...book.byRegion.keys()].join(', ') });
  } else {
    const mine = book.byRegion.get(region);
    if (!mine)
      throw new DomainError('POLICY_REGION_UNKNOWN', {
        region,
        regions: [...book.byRegion.keys()].join(', '),
      });
    versions = mine;
  }
  let chosen: PolicyVersion<C> | undefined;
  for (const v of versions) {
    if (v.effectiveFrom <= date && (!chosen || v.effectiveFrom >= chosen.effectiveFrom)) chosen = v;
  }
  if (!chosen) {
    const earliest = versions.map((v) => v.effectiveFrom).sort()[0] ?? '—';
    throw new DomainError('POLICY_NOT_IN_FORCE', { date, earliest });
  }
  return chosen;
}

interface Book<C> {
  all: readonly PolicyVersion<C>[];
  byRegion: Map<string, PolicyVersion<C>[]>;
}
// A book's versions by region, worked out once per book (books and versions are not changed in place).
const books = new WeakMap<object, Book<unknown>>();
function bookOf<C>(source: PolicySource<C>): Book<C> {
  let book = books.get(source) as Book<C> | undefined;
  if (!book) {
    const all = asList(source);
    const byRegion = new Map<string, PolicyVersion<C>[]>();
    for (const v of all) byRegion.set(v.region, [...(byRegion.get(v.region) ?? []), v]);
    book = { all, byRegion };
    books.set(source, book as Book<unknown>);
  }
  return book;
}

// Versions are frozen, so an index built once per version stays right.
const provisionIndex = new WeakMap<PolicyVersion<unknown>, Map<string, Provision>>();

/** The provision of a version by id, or undefined. */
export function provisionOf(version: PolicyVersion<unknown>, id: string): Provision | undefined {
  let index = provisionIndex.get(version);
  if (!index) {
    index = new Map(version.provisions.map((p) => [p.id, p]));
    provisionIndex.set(version, index);
  }
  return index.get(id);
}

export function findProvision(version: PolicyVersion<unknown>, id: string): Provision {
  const p = provisionOf(version, id);
  if (!p)
    throw new DomainError('UNKNOWN_PROVISION', {
      input: id,
      known: version.provisions.map((x) => x.id).join(', '),
    });
  return p;
}

/** A parameter's value as used on a date: what a trace and a frozen assessment record. */
export interface ParameterUse {
  /** "M7.4.annualCap" */
  id: string;
  provision: string;
  key: string;
  label: Localized;
  unit: ParameterUnit;
  source: 'policy-text' | 'interpretation';
  reference: string;
  effectiveFrom: CalendarDate;
  /** null = "none" (no limit). */
  value: string | null;
}

function splitParameterId(parameterId: string): [string, string] {
  const dot = parameterId.lastIndexOf('.');
  return [parameterId.slice(0, dot), parameterId.slice(dot + 1)];
}

const useCache = new WeakMap<object, ParameterUse>();

/** The value of a provision's parameter in force on a date (the latest dated value on or before it). */
export function provisionParameterAt(
  version: PolicyVersion<unknown>,
  provision: Provision,
  key: string,
  date: CalendarDate,
): ParameterUse {
  const parameter = provision.parameters[key];
  const parameterId = `${provision.id}.${key}`;
  if (!parameter) throw new DomainError('PARAMETER_UNKNOWN', { version: version.id, parameter: parameterId });
  let value: (typeof parameter.values)[number] | undefined;
  for (const v of parameter.values) if (v.effectiveFrom <= date) value = v;
  if (!value) {
    throw new DomainError('PARAMETER_NOT_IN_FORCE', {
      parameter: parameterId,
      date,
      earliest: parameter.values[0]!.effectiveFrom,
    });
  }
  // One frozen ParameterUse per dated value: assessments share it, and callers may cache what
  // they derive from it (a parsed Money) against it.
  const cached = useCache.get(value);
  if (cached) return cached;
  const use: ParameterUse = Object.freeze({
    id: parameterId,
    provision: provision.id,
    key,
    label: parameter.label,
    unit: parameter.unit,
    source: parameter.source,
    reference: parameter.reference,
    effectiveFrom: value.effectiveFrom,
    value: value.value,
  });
  useCache.set(value, use);
  return use;
}

/** The value of a parameter ("M7.4.annualCap") in force on a date. */
export function parameterAt(
  version: PolicyVersion<unknown>,
  parameterId: string,
  date: CalendarDate,
): ParameterUse {
  const [provisionId, key] = splitParameterId(parameterId);
  return provisionParameterAt(version, findProvision(version, provisionId), key, date);
}

/** Every parameter of a version as it stands on a date (for display, and for the console). */
export function parametersAt(version: PolicyVersion<unknown>, date: CalendarDate): ParameterUse[] {
  return version.provisions.flatMap((p) =>
    Object.keys(p.parameters).flatMap((key) => {
      const first = p.parameters[key]!.values[0]!.effectiveFrom;
      return first <= date ? [provisionParameterAt(version, p, key, date)] : [];
    }),
  );
}

type Values = Provision['parameters'][string]['values'];

/** Changes some parameters' dated values, all at once, and validates the result once. */
function mapParameters<C>(
  version: PolicyVersion<C>,
  changes: Record<string, (values: Values) => unknown[]>,
): PolicyVersion<C> {
  const byProvision = new Map<string, Map<string, (values: Values) => unknown[]>>();
  for (const [parameterId, change] of Object.entries(changes)) {
    const [provisionId, key] = splitParameterId(parameterId);
    const provision = findProvision(version, provisionId);
    if (!provision.parameters[key])
      throw new DomainError('PARAMETER_UNKNOWN', { version: version.id, parameter: parameterId });
    if (!byProvision.has(provisionId)) byProvision.set(provisionId, new Map());
    byProvision.get(provisionId)!.set(key, change);
  }
  if (!byProvision.size) return version;
  return parsePolicyVersion({
    ...version,
    provisions: version.provisions.map((p) => {
      const keys = byProvision.get(p.id);
      if (!keys) return p;
      const parameters = { ...p.parameters } as Record<string, unknown>;
      for (const [key, change] of keys)
        parameters[key] = { ...p.parameters[key]!, values: change(p.parameters[key]!.values) };
      return { ...p, parameters };
    }),
  }) as PolicyVersion<C>;
}

function mapParameter<C>(
  version: PolicyVersion<C>,
  parameterId: string,
  change: (values: Values) => unknown[],
): PolicyVersion<C> {
  return mapParameters(version, { [parameterId]: change });
}

/**
 * A new dated value for a parameter: appended, never overwriting history. The date must come
 * after every value the parameter already has; the result is validated like any policy file.
 */
export function withParameterValue<C>(
  version: PolicyVersion<C>,
  parameterId: string,
  next: { effectiveFrom: CalendarDate; value: string | null },
): PolicyVersion<C> {
  return mapParameter(version, parameterId, (values) => [...values, next]);
}

/** What a derived version changes of its base, as data. */
export interface DeriveSpec {
  id: string;
  title?: Localized;
  status: 'draft' | 'final';
  effectiveFrom: CalendarDate;
  /** Another region's version: its code, name and areas (default: the base's). */
  region?: string;
  regionName?: Localized;
  areas?: readonly Area[];
  /** The version's measures, when it adds one (default: the base's). */
  measures?: readonly Measure[];
  /** New values from effectiveFrom, by parameter id ("M7.4.annualCap"). */
  values?: Record<string, string | null>;
  /** The version's own clause texts, by provision id. */
  clauses?: Record<string, string>;
  /** Provisions this version does not have. */
  remove?: readonly string[];
  /** Provisions this version adds (under a measure it lists). */
  add?: readonly ProvisionInput[];
}

/**
 * A later (or another region's) version expressed as data only: the base's provisions, effective
 * from a new date, with some parameters given new values from that date, its own clause texts,
 * provisions removed or added. Assessments dated before `effectiveFrom` keep using the base.
 */
export function deriveVersion(base: PolicyVersion<unknown>, spec: DeriveSpec): PolicyVersion {
  for (const id of [...(spec.remove ?? []), ...Object.keys(spec.clauses ?? {})]) findProvision(base, id);
  const removed = new Set(spec.remove ?? []);
  const next: PolicyVersion = parsePolicyVersion({
    ...base,
    id: spec.id,
    title: spec.title ?? base.title,
    status: spec.status,
    effectiveFrom: spec.effectiveFrom,
    region: spec.region ?? base.region,
    regionName: spec.regionName ?? base.regionName,
    areas: spec.areas ?? base.areas,
    measures: spec.measures ?? base.measures,
    provisions: [
      ...base.provisions
        .filter((p) => !removed.has(p.id))
        .map((p) => (spec.clauses?.[p.id] ? { ...p, clause: spec.clauses[p.id] } : p)),
      ...(spec.add ?? []),
    ],
  });
  return mapParameters(
    next,
    Object.fromEntries(
      Object.entries(spec.values ?? {}).map(([id, value]) => [
        id,
        () => [{ effectiveFrom: spec.effectiveFrom, value }],
      ]),
    ),
  );
}

/**
 * What-if: the same versions with some parameters holding another value at every date (their
 * history kept, only the values changed). For simulation only; a real change is a new dated value.
 */
export function overrideParameters<C>(
  source: PolicySource<C>,
  values: Record<string, string | null>,
): PolicyVersion<C>[] {
  return asList(source).map((version) =>
    mapParameters(
      version,
      Object.fromEntries(
        Object.keys(values).map((id) => [
          id,
          (history: Values) => history.map((v) => ({ ...v, value: values[id]! })),
        ]),
      ),
    ),
  );
}
