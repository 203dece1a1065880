import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DomainError } from '../errors/domain-error.js';
import { assess } from './assess.js';

/**
 * Scenario tests as data (OpenFisca style): each YAML file under scenarios/ lists claims, their
 * context and the expected outcome. The file format is strict: a misspelt key fails the test
 * instead of silently testing nothing.
 */
const scenarioSchema = z.strictObject({
  name: z.string().min(1),
  claim: z.unknown(),
  context: z.record(z.string(), z.unknown()).optional(),
  expect: z.union([
    z.strictObject({ error: z.string() }),
    z.strictObject({
      eligible: z.boolean(),
      amount: z.string().regex(/^\d+\.\d{2}$/),
      capped: z.boolean().optional(),
      reasons: z.array(z.string()).optional(),
    }),
  ]),
});
const fileSchema = z.strictObject({ scenarios: z.array(scenarioSchema).min(1) });

const dir = join(import.meta.dirname, 'scenarios');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

describe.each(files)('%s', (file) => {
  const { scenarios } = fileSchema.parse(parse(readFileSync(join(dir, file), 'utf8')));
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const run = () => assess(s.claim, s.context as never);
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
  });
});

it('covers every monetary provision', () => {
  const covered = new Set(
    files.flatMap((f) => fileSchema.parse(parse(readFileSync(join(dir, f), 'utf8'))).scenarios.map((s) => (s.claim as { provision: string }).provision)),
  );
  for (const p of ['M1.1', 'M1.2', 'M1.3', 'M1.4', 'M1.5', 'M1.6', 'M1.7', 'M1.8', 'M5.1', 'M7.4', 'M7.5', 'M11.1']) {
    expect(covered.has(p), p).toBe(true);
  }
});
