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
    e.isDirectory() ? scenarioFiles(join(dir, e.name)) : e.name.endsWith('.scenarios.yaml') ? [join(dir, e.name)] : [],
  );
}

/** The versions whose folders hold scenarios. */
const SCENARIO_VERSIONS: { dir: string; version: PolicyVersion; byMeasure: boolean }[] = [
  { dir: join(import.meta.dirname, 'ningxia'), version: ningxia, byMeasure: true },
  { dir: join(import.meta.dirname, 'examples', 'second-province'), version: secondProvince, byMeasure: false },
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

  if (byMeasure)
    it(`${version.id}: every provision that takes claims has scenarios in its measure's folder`, () => {
      const covered = new Set(files.flatMap((f) => load(f).map((s) => `${relative(dir, f).split('/')[0]}|${String(s.claim.provision)}`)));
      for (const p of version.provisions.filter((x) => x.claim)) {
        expect(covered.has(`${p.id.split('.')[0]!.toLowerCase()}|${p.id}`), p.id).toBe(true);
      }
    });
}
