import { isCalendarDate } from '../dates/calendar-date.js';
import type { ClaimField, Provision } from '../policy/schema.js';
import { itemKey } from './item-key.js';
import { checkJurisdiction, type GrantKind } from '../jurisdictions/jurisdictions.js';

/**
 * A quick yes for a claim that is plainly valid, compiled once per provision from its fields:
 * the same checks as the claim schema, without building issues. Anything it does not accept
 * (including what the schema would only trim) goes through the schema, which gives the error —
 * so the schema stays the one definition of what is valid, and this only makes "valid" cheap.
 */
type Check = (v: unknown) => boolean;

const MONEY = /^(0|[1-9]\d{0,14})(\.\d{1,2})?$/;
const ZERO = /^0(\.0+)?$/;
const RATIO = /^(0\.\d+|1(\.0+)?)$/;
const NUMBER = /^[\p{L}\p{N}.\-/()][\p{L}\p{N} .\-/()]{0,62}[\p{L}\p{N}.\-/()]$|^[\p{L}\p{N}.\-/()]$/u;
// Most numbers are plain ASCII ("ZL201910123456.7", "11223344"): a cheaper pattern says yes first.
const ASCII_NUMBER = /^[A-Za-z0-9.\-/()]{1,64}$/;
const isNumber = (v: unknown): boolean => typeof v === 'string' && (ASCII_NUMBER.test(v) || NUMBER.test(v));
const JURISDICTION = /^[A-Z]{2}$/;

const isString = (v: unknown): v is string => typeof v === 'string';

function uniqueBy<T>(list: readonly T[], key: (x: T) => string): boolean {
  if (list.length < 2) return true;
  const seen = new Set<string>();
  for (const x of list) {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
  }
  return true;
}

function foreignItemOk(v: unknown, kind: GrantKind, notAbroad: ReadonlySet<string>): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  for (const k in o) if (k !== 'jurisdiction' && k !== 'number' && k !== 'family') return false;
  if (
    !isString(o.jurisdiction) ||
    !JURISDICTION.test(o.jurisdiction) ||
    checkJurisdiction(o.jurisdiction, kind, notAbroad) !== null
  )
    return false;
  if (!isNumber(o.number)) return false;
  return (
    o.family === undefined ||
    (isString(o.family) && o.family.length <= 64 && o.family.trim() === o.family && o.family.length > 0)
  );
}

function fieldCheck(f: ClaimField, notAbroad: ReadonlySet<string>): Check {
  switch (f.input) {
    case 'date':
      return isCalendarDate;
    case 'money':
      return f.positive
        ? (v) => isString(v) && MONEY.test(v) && !ZERO.test(v)
        : (v) => isString(v) && MONEY.test(v);
    case 'ratio':
      return (v) => isString(v) && RATIO.test(v) && !ZERO.test(v);
    case 'choice': {
      const values = new Set(f.options!.map((o) => o.value));
      return (v) => isString(v) && values.has(v);
    }
    case 'patent-list':
      return (v) =>
        Array.isArray(v) &&
        v.length >= 1 &&
        v.length <= 200 &&
        v.every(isNumber) &&
        uniqueBy(v as string[], itemKey);
    case 'foreign-items':
      return (v) =>
        Array.isArray(v) &&
        v.length >= 1 &&
        v.length <= 500 &&
        v.every((x) => foreignItemOk(x, f.grantKind ?? 'patent', notAbroad)) &&
        uniqueBy(v as { jurisdiction: string; number: string }[], itemKey);
    case 'text':
      return (v) => isString(v) && v.length >= 1 && v.length <= 200 && v.trim() === v;
    case 'text-list':
      return (v) =>
        Array.isArray(v) &&
        v.length >= 1 &&
        v.length <= 50 &&
        v.every((x) => isString(x) && x.length >= 1 && x.length <= 200 && x.trim() === x) &&
        uniqueBy(v as string[], (x) => x);
  }
}

/** Compiled per provision and per set of jurisdictions not abroad (one per dated value). */
const compiled = new WeakMap<
  Provision,
  Map<ReadonlySet<string>, (claim: Record<string, unknown>) => boolean>
>();

export function quickValid(
  provision: Provision,
  claim: Record<string, unknown>,
  notAbroad: ReadonlySet<string>,
): boolean {
  let byProvision = compiled.get(provision);
  if (!byProvision) compiled.set(provision, (byProvision = new Map()));
  let check = byProvision.get(notAbroad);
  if (!check) {
    const fields = provision.claim?.fields ?? [];
    const checks = fields.map((f) => [f.key, fieldCheck(f, notAbroad)] as const);
    const keys = new Set(['provision', ...fields.map((f) => f.key)]);
    const ordered = fields.filter((f) => f.notBefore).map((f) => [f.key, f.notBefore!] as const);
    check = (c) => {
      let n = 0;
      for (const k in c) {
        if (!keys.has(k)) return false;
        n++;
      }
      if (n !== keys.size) return false;
      for (const [k, ok] of checks) if (!ok(c[k])) return false;
      for (const [later, earlier] of ordered) if ((c[later] as string) < (c[earlier] as string)) return false;
      return true;
    };
    byProvision.set(notAbroad, check);
  }
  return check(claim);
}
