import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The audit log shows an action and its target by name (packages/ui/src/names.ts); one without a
 * name shows its code, which people cannot read. Every literal action and target type the API
 * writes must be named there. (Actions built from a value — `review.${stage}.${decision}` — are
 * named by their parts and are not literals here.)
 */
const SRC = join(import.meta.dirname, '..');
const NAMES = readFileSync(join(SRC, '../../../packages/ui/src/names.ts'), 'utf8');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? sources(join(dir, d.name))
      : d.name.endsWith('.ts') && !d.name.endsWith('.test.ts') && !dir.includes('test-support')
        ? [join(dir, d.name)]
        : [],
  );
}
const code = sources(SRC).map((f) => readFileSync(f, 'utf8'));
/** Every quoted literal in an `action:` or `targetType:` value (conditional ones included). */
function literals(key: 'action' | 'targetType'): string[] {
  const out = new Set<string>();
  for (const text of code)
    for (const m of text.matchAll(new RegExp(`\\b${key}:\\s*([^,}]*?)(?:,|\\n\\s*\\w+:)`, 'gs')))
      for (const l of m[1]!.matchAll(/'([a-z][a-z0-9.-]*)'/g)) out.add(l[1]!);
  return [...out].sort();
}
const named = (id: string) => NAMES.includes(`'${id}':`) || NAMES.includes(`\n  ${id}:`);

describe('the audit log names what the API writes', () => {
  it('names every audit action', () => {
    const actions = literals('action').filter((a) => a.includes('.'));
    expect(actions.length).toBeGreaterThan(50);
    expect(actions.filter((a) => !named(a))).toEqual([]);
  });
  it('names every target type', () => {
    const targets = literals('targetType');
    expect(targets).toContain('licence-offer');
    expect(targets.filter((t) => !named(t))).toEqual([]);
  });
});
