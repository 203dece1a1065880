import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DomainError } from '../errors/domain-error.js';
import { assess } from '../rules/assess.js';
import { REASON_CODES } from '../rules/reasons.js';
import { secondProvince } from './examples/second-province/version.js';
import { ningxia } from './policy-book.js';
import type { PolicyVersion } from './version.js';

/**
 * Scenario tests as data (OpenFisca style), beside the provision they test: every
 * `*.scenarios.yaml` under a version's folder lists claims, their context and the expected
 * outcome, run against that version. The file format is strict: a misspelt key fails the test
 * instead of silently testing nothing.
 */
const scenarioSchema = z.strictObject({
  name: z.string().min(1),
  claim: z.record(z.string(), z.unknown()),
  context: z.record(z.string(), z.unknown()).optional(),
  expect: z.union([
    z.strictObject({ error: z.string() }),
    z.strictObject({
      eligible: z.boolean(),
      amount: z.string().regex(/^\d+\.\d{2}$/),
      capped: z.boolean().optional(),
      reasons: z.array(z.enum(REASON_CODES)).optional(),
    }),
  ]),
});
const fileSchema = z.strictObject({ scenarios: z.array(scenarioSchema).min(1) });

function scenarioFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? scenarioFiles(join(dir, e.name))
      : e.name.endsWith('.scenarios.yaml')
        ? [join(dir, e.name)]
        : [],
  );
}

/** The versions whose folders hold scenarios. */
const SCENARIO_VERSIONS: { dir: string; version: PolicyVersion; byMeasure: boolean }[] = [
  { dir: join(import.meta.dirname, 'ningxia'), version: ningxia, byMeasure: true },
  {
    dir: join(import.meta.dirname, 'examples', 'second-province'),
    version: secondProvince,
    byMeasure: false,
  },
];

for (const { dir, version, byMeasure } of SCENARIO_VERSIONS) {
  const files = scenarioFiles(dir);
  const load = (f: string) => fileSchema.parse(parse(readFileSync(f, 'utf8'))).scenarios;

  describe.each(files.map((f) => relative(dir, f)))(`${version.id}: %s`, (file) => {
    const scenarios = load(join(dir, file));
    it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, s) => {
      const run = () => assess(s.claim as never, { policy: version, ...s.context } as never);
      if ('error' in s.expect) {
        let caught: unknown;
        try {
          run();
        } catch (e) {
          caught = e;
        }
        expect(caught, 'expected a DomainError').toBeInstanceOf(DomainError);
        expect((caught as DomainError).code).toBe(s.expect.error);
        expect((caught as DomainError).zh.length).toBeGreaterThan(0);
        return;
      }
      const a = run();
      expect(a.amount).toBe(s.expect.amount);
      expect(a.eligible).toBe(s.expect.eligible);
      if (s.expect.capped !== undefined) expect(a.capped).toBe(s.expect.capped);
      expect(a.reasons.map((r) => r.code)).toEqual(s.expect.reasons ?? []);
      // Every step of every trace names its clause and says it in both languages.
      for (const step of a.trace) {
        expect(step.clause).toBe(a.provision);
        expect(step.zh.length && step.en.length).toBeGreaterThan(0);
      }
      for (const r of a.reasons) expect(r.zh.length && r.en.length).toBeGreaterThan(0);
    });
  });

  if (byMeasure) {
    /** Where a provision's scenarios live: beside its module, `m7/m7.4.scenarios.yaml` for M7.4. */
    const fileOf = (id: string) =>
      join(id.split('.')[0]!.toLowerCase(), `${id.toLowerCase()}.scenarios.yaml`);

    it(`${version.id}: every provision that takes claims has its own scenario file beside its module`, () => {
      const have = new Set(files.map((f) => relative(dir, f)));
      const missing = version.provisions.filter((p) => p.claim && !have.has(fileOf(p.id))).map((p) => p.id);
      expect(missing).toEqual([]);
    });

    /** version.scenarios.yaml, beside version.ts, holds the claims for no provision that takes claims. */
    const claimable = new Set(version.provisions.filter((p) => p.claim).map((p) => p.id));
    const home = (id: string) => (claimable.has(id) ? fileOf(id) : 'version.scenarios.yaml');

    it(`${version.id}: a provision's scenario file holds that provision's scenarios only`, () => {
      const misplaced = files.flatMap((f) =>
        load(f)
          .filter((s) => home(String(s.claim.provision)) !== relative(dir, f))
          .map((s) => `${relative(dir, f)}: ${s.name}`),
      );
      expect(misplaced).toEqual([]);
    });
  }
}
