import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, it } from 'vitest';

/**
 * Runs every ```ts example of the README against the package's own source, so the documentation
 * cannot drift from the code. Each example asserts with node:assert.
 */
const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
const examples = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
const index = pathToFileURL(join(import.meta.dirname, 'index.ts')).href;
// Inside the package (the examples resolve its dependencies from there), removed afterwards.
const dir = mkdtempSync(join(import.meta.dirname, '..', 'node_modules', '.readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('README examples', () => {
  it.each(examples.map((code, i) => [i + 1, code] as const))('example %i runs', async (i, code) => {
    const file = join(dir, `example-${i}.ts`);
    writeFileSync(file, code.replaceAll("from '@huiqi/domain'", `from '${index}'`));
    await import(pathToFileURL(file).href);
  });
});
