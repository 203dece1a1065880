import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.js';
import { ningxiaDraft } from './ningxia/version.js';
import { parsePolicyVersion } from './parse-policy-version.js';

/**
 * The loader reads every key of a policy file: a key it does not know — a citation in the wrong
 * place, a misspelled "referance" — is an error at that path, never silently dropped. Checked by
 * putting an unknown key into every object of the shipped version, one at a time.
 */
type Json = null | string | number | boolean | Json[] | { [k: string]: Json };

function objectPaths(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => objectPaths(v, [...path, i]));
  if (value && typeof value === 'object')
    return [path, ...Object.entries(value).flatMap(([k, v]) => objectPaths(v, [...path, k]))];
  return [];
}

const data = JSON.parse(JSON.stringify(ningxiaDraft)) as Json;
const paths = objectPaths(data);

describe('the policy loader', () => {
  it('has objects to check at every level of the version', () => {
    expect(paths.length).toBeGreaterThan(500);
  });

  it('refuses an unknown key in any object of the version, naming where', () => {
    const accepted: string[] = [];
    for (const path of paths) {
      const copy = structuredClone(data) as Record<string | number, Json>;
      let node = copy as Json;
      for (const k of path) node = (node as Record<string | number, Json>)[k]!;
      (node as Record<string, Json>).unreadKey = 'x';
      try {
        parsePolicyVersion(copy);
        accepted.push(path.join('.') || '(root)');
      } catch (e) {
        expect(e).toBeInstanceOf(DomainError);
        expect((e as DomainError).code).toBe('POLICY_INVALID');
        // The record of parameters takes any camelCase key as a parameter name: an extra one there is
        // a parameter without a label, unit or values — refused too, at its own path.
        expect(String((e as DomainError).details.issues)).toContain(
          path.length ? String(path.at(-1)) : 'unreadKey',
        );
      }
    }
    expect(accepted).toEqual([]);
  });
});
