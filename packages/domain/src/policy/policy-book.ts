import { DomainError } from '../errors/domain-error.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import { parsePolicyVersion } from './parse-policy-version.js';
import type { Localized, ParameterUnit, PolicyVersion, Provision } from './schema.js';
import { ningxiaDraft } from './versions/ningxia-draft.js';

/** The versions this package ships, oldest first. */
export const builtInPolicies: readonly PolicyVersion[] = Object.freeze([parsePolicyVersion(ningxiaDraft)]);

/** The Ningxia draft, validated. */
export const defaultPolicy: PolicyVersion = builtInPolicies[0]!;

/** One policy version, or several (a "book") from which the one in force on a date is chosen. */
export type PolicySource = PolicyVersion | readonly PolicyVersion[];

/** The latest version whose effectiveFrom is on or before the date. */
export function versionInForce(source: PolicySource, date: CalendarDate): PolicyVersion {
  const versions = Array.isArray(source) ? (source as readonly PolicyVersion[]) : [source as PolicyVersion];
  let chosen: PolicyVersion | undefined;
  for (const v of versions) {
    if (v.effectiveFrom <= date && (!chosen || v.effectiveFrom >= chosen.effectiveFrom)) chosen = v;
  }
  if (!chosen) {
    const earliest = versions.map((v) => v.effectiveFrom).sort()[0] ?? '—';
    throw new DomainError('POLICY_NOT_IN_FORCE', { date, earliest });
  }
  return chosen;
}

// Versions are frozen, so an index built once per version stays right.
const provisionIndex = new WeakMap<PolicyVersion, Map<string, Provision>>();

export function findProvision(version: PolicyVersion, id: string): Provision {
  let index = provisionIndex.get(version);
  if (!index) {
    index = new Map(version.provisions.map((p) => [p.id, p]));
    provisionIndex.set(version, index);
  }
  const p = index.get(id);
  if (!p) {
    throw new DomainError('UNKNOWN_PROVISION', { input: id, known: version.provisions.map((x) => x.id).join(', ') });
  }
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

/** The value of a parameter in force on a date (the latest dated value on or before it). */
export function parameterAt(version: PolicyVersion, parameterId: string, date: CalendarDate): ParameterUse {
  const [provisionId, key] = splitParameterId(parameterId);
  const provision = findProvision(version, provisionId);
  const parameter = provision.parameters[key];
  if (!parameter) throw new DomainError('PARAMETER_UNKNOWN', { version: version.id, parameter: parameterId });
  let value: (typeof parameter.values)[number] | undefined;
  for (const v of parameter.values) if (v.effectiveFrom <= date) value = v;
  if (!value) {
    throw new DomainError('PARAMETER_NOT_IN_FORCE', { parameter: parameterId, date, earliest: parameter.values[0]!.effectiveFrom });
  }
  // One frozen ParameterUse per dated value: assessments share it, and callers may cache what
  // they derive from it (a parsed Money) against it.
  const cached = useCache.get(value);
  if (cached) return cached;
  const use: ParameterUse = Object.freeze({
    id: parameterId,
    provision: provisionId,
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

const useCache = new WeakMap<object, ParameterUse>();

/** Every parameter of a version as it stands on a date (for display, and for the console). */
export function parametersAt(version: PolicyVersion, date: CalendarDate): ParameterUse[] {
  return version.provisions.flatMap((p) =>
    Object.keys(p.parameters).flatMap((key) => {
      try {
        return [parameterAt(version, `${p.id}.${key}`, date)];
      } catch {
        return [];
      }
    }),
  );
}

function mapParameter(
  version: PolicyVersion,
  parameterId: string,
  change: (values: PolicyVersion['provisions'][number]['parameters'][string]['values']) => unknown[],
): PolicyVersion {
  const [provisionId, key] = splitParameterId(parameterId);
  const provision = findProvision(version, provisionId);
  if (!provision.parameters[key]) throw new DomainError('PARAMETER_UNKNOWN', { version: version.id, parameter: parameterId });
  return parsePolicyVersion({
    ...version,
    provisions: version.provisions.map((p) =>
      p.id !== provisionId
        ? p
        : { ...p, parameters: { ...p.parameters, [key]: { ...p.parameters[key]!, values: change(p.parameters[key]!.values) } } },
    ),
  });
}

/**
 * A new dated value for a parameter: appended, never overwriting history. The date must come
 * after every value the parameter already has; the result is validated like any policy file.
 */
export function withParameterValue(
  version: PolicyVersion,
  parameterId: string,
  next: { effectiveFrom: CalendarDate; value: string | null },
): PolicyVersion {
  return mapParameter(version, parameterId, (values) => [...values, next]);
}

/**
 * A later version of a policy expressed as data only: the same provisions, effective from a new
 * date, with some parameters given new values from that date (e.g. the final text changing one
 * number). Assessments dated before `effectiveFrom` keep using the base version.
 */
export function deriveVersion(
  base: PolicyVersion,
  spec: {
    id: string;
    title?: Localized;
    status: 'draft' | 'final';
    effectiveFrom: CalendarDate;
    values: Record<string, string | null>;
  },
): PolicyVersion {
  let next = parsePolicyVersion({
    ...base,
    id: spec.id,
    title: spec.title ?? base.title,
    status: spec.status,
    effectiveFrom: spec.effectiveFrom,
  });
  for (const [parameterId, value] of Object.entries(spec.values)) {
    next = mapParameter(next, parameterId, () => [{ effectiveFrom: spec.effectiveFrom, value }]);
  }
  return next;
}

/**
 * What-if: the same versions with some parameters holding another value at every date (their
 * history kept, only the values changed). For simulation only; a real change is a new dated value.
 */
export function overrideParameters(source: PolicySource, values: Record<string, string | null>): PolicyVersion[] {
  const versions: readonly PolicyVersion[] = Array.isArray(source) ? source : [source as PolicyVersion];
  return versions.map((version) => {
    let next = version;
    for (const [parameterId, value] of Object.entries(values)) {
      next = mapParameter(next, parameterId, (history) => history.map((v) => ({ ...v, value })));
    }
    return next;
  });
}
