import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The published artefact, tested as a stranger gets it: the built package packed, installed with
 * plain `npm install` into an empty project, and imported from a plain Node ESM script. The
 * install is offline: decimal.js and zod come as tarballs of the copies already installed here.
 */
const pkgDir = join(import.meta.dirname, '..');
const require = createRequire(join(pkgDir, 'package.json'));
const DEPENDENCY_FIELDS = ['dependencies', 'peerDependencies', 'optionalDependencies'] as const;
/** A semver range as npm understands it: no catalog:, workspace:, file: or link: protocol. */
const SEMVER_RANGE = /^[\^~]?\d+\.\d+\.\d+(-[\w.]+)?$/;

function pack(tool: 'pnpm' | 'npm', into: string): string {
  const out = execFileSync(
    tool,
    ['pack', '--pack-destination', into, ...(tool === 'npm' ? ['--ignore-scripts'] : [])],
    { cwd: pkgDir, encoding: 'utf8' },
  );
  const name = out.trim().split('\n').pop()!.trim();
  return name.startsWith('/') ? name : join(into, name);
}

const manifestOf = (tarball: string) =>
  JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));

/** A dependency as npm would download it, made from the installed copy (hard links resolved: pnpm's store uses them). */
function tarballOfInstalled(dep: string, into: string): string {
  const root = dirname(realpathSync(require.resolve(`${dep}/package.json`)));
  const file = join(into, `${dep}.tgz`);
  execFileSync('tar', [
    '-czf',
    file,
    '--hard-dereference',
    '--transform',
    's,^\\.,package,',
    '-C',
    root,
    '.',
  ]);
  return file;
}

describe('the packed tarball', () => {
  it('names its dependencies with semver ranges, packed by pnpm or by npm', () => {
    const work = mkdtempSync(join(tmpdir(), 'huiqi-pack-'));
    const [byPnpm, byNpm] = [manifestOf(pack('pnpm', work)), manifestOf(pack('npm', work))];
    for (const manifest of [byPnpm, byNpm]) {
      for (const field of DEPENDENCY_FIELDS) {
        for (const [name, range] of Object.entries<string>(manifest[field] ?? {}))
          expect({ [name]: range }).toEqual({ [name]: expect.stringMatching(SEMVER_RANGE) });
      }
    }
    expect(Object.keys(byNpm.dependencies)).toEqual(['decimal.js', 'zod']);
    expect(byNpm.dependencies).toEqual(byPnpm.dependencies);
  }, 60_000);

  it('installs with plain npm into a fresh project, offline, and computes', () => {
    const work = mkdtempSync(join(tmpdir(), 'huiqi-npm-'));
    const tarball = pack('npm', work);
    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' });
    expect(listing).toContain('package/dist/index.d.ts');
    expect(listing).not.toMatch(/\.test\.(js|ts)/);

    writeFileSync(
      join(work, 'package.json'),
      JSON.stringify({ name: 'a-stranger', private: true, type: 'module' }),
    );
    const deps = ['decimal.js', 'zod'].map((d) => tarballOfInstalled(d, work));
    execFileSync(
      'npm',
      [
        'install',
        '--offline',
        '--no-audit',
        '--no-fund',
        '--ignore-scripts',
        '--no-package-lock',
        tarball,
        ...deps,
      ],
      { cwd: work, encoding: 'utf8' },
    );
    expect(
      JSON.parse(readFileSync(join(work, 'node_modules', '@huiqi', 'domain', 'package.json'), 'utf8')).name,
    ).toBe('@huiqi/domain');

    writeFileSync(
      join(work, 'check.mjs'),
      `import { assess, amountInWords, builtInPolicies, isWorkingDay } from '@huiqi/domain';
const a = assess({ provision: 'M7.5', evaluationFeePaid: '12345.67' }, { policy: builtInPolicies, fundingYear: 2025, asOf: '2025-06-01' });
console.log(JSON.stringify({ amount: a.amount, words: amountInWords(a.amount), worked: isWorkingDay('2026-02-14') }));`,
    );
    const result = execFileSync(process.execPath, ['check.mjs'], { cwd: work, encoding: 'utf8' });
    expect(JSON.parse(result)).toEqual({
      amount: '11111.10',
      words: '壹万壹仟壹佰壹拾壹元壹角',
      worked: true,
    });
  }, 120_000);
});
