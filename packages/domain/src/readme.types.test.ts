import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The README's examples compile under the project's strict preset (tooling/tsconfig/node.json:
 * strict, noUncheckedIndexedAccess, verbatimModuleSyntax…) as a user's TypeScript project would
 * compile them, with `@huiqi/domain` resolved to this package's source. readme.test.ts runs them.
 */
const pkgDir = join(import.meta.dirname, '..');
const readme = readFileSync(join(pkgDir, 'README.md'), 'utf8');
const examples = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
const tsc = createRequire(join(pkgDir, 'package.json')).resolve('typescript/bin/tsc');

describe('README examples', () => {
  it('type-check under the strict preset', () => {
    const dir = mkdtempSync(join(pkgDir, 'node_modules', '.readme-types-'));
    examples.forEach((code, i) => writeFileSync(join(dir, `example-${i + 1}.ts`), code));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        extends: join(pkgDir, '..', '..', 'tooling', 'tsconfig', 'node.json'),
        compilerOptions: {
          noEmit: true,
          typeRoots: [join(pkgDir, 'node_modules', '@types')],
          paths: { '@huiqi/domain': [join(pkgDir, 'src', 'index.ts')] },
        },
        include: ['*.ts'],
      }),
    );
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' });
    } catch (e) {
      output = String((e as { stdout?: string }).stdout ?? e);
    }
    expect(examples.length).toBeGreaterThan(8);
    expect(output).toBe('');
  }, 60_000);
});
