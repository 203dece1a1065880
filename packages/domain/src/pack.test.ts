import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The published artefact, tested as a stranger gets it: `pnpm pack` the built package, unpack it
 * into an empty project beside its two dependencies, and import it from a plain Node ESM script.
 */
const pkgDir = join(import.meta.dirname, '..');
const require = createRequire(join(pkgDir, 'package.json'));

describe('the packed tarball', () => {
  it('imports in a plain Node ESM script and computes', () => {
    const work = mkdtempSync(join(tmpdir(), 'huiqi-pack-'));
    const out = execFileSync('pnpm', ['pack', '--pack-destination', work], { cwd: pkgDir, encoding: 'utf8' });
    const tarball = out.trim().split('\n').pop()!.trim();
    const target = join(work, 'node_modules', '@huiqi', 'domain');
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);

    const manifest = JSON.parse(readFileSync(join(target, 'package.json'), 'utf8'));
    expect(manifest.dependencies['decimal.js']).toMatch(/^\d/); // catalog: resolved to a version
    expect(manifest.files).toBeDefined();
    for (const dep of ['decimal.js', 'zod']) {
      const root = dirname(realpathSync(require.resolve(`${dep}/package.json`)));
      symlinkSync(root, join(work, 'node_modules', dep), 'dir');
    }
    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' });
    expect(listing).toContain('package/dist/index.d.ts');
    expect(listing).not.toMatch(/\.test\.(js|ts)/);

    writeFileSync(
      join(work, 'check.mjs'),
      `import { assess, amountInWords } from '@huiqi/domain';
const a = assess({ provision: 'M7.5', evaluationFeePaid: '12345.67' }, { fundingYear: 2025, asOf: '2025-06-01' });
console.log(JSON.stringify({ amount: a.amount, words: amountInWords(a.amount) }));`,
    );
    const result = execFileSync(process.execPath, ['check.mjs'], { cwd: work, encoding: 'utf8' });
    expect(JSON.parse(result)).toEqual({ amount: '11111.10', words: '壹万壹仟壹佰壹拾壹元壹角' });
  }, 60_000);
});
