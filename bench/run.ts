/**
 * `npm run bench`: every figure of the proof in one run, on this machine — printed as a table and
 * written to bench/results/<time>.json and bench/results/latest.md so runs can be compared. Not a
 * test: nothing here asserts a time. Throughput is a ratio to a baseline measured in the same run.
 *
 *   1. the domain: mixed assessments/s and the ratio to integer-fen arithmetic; the what-if simulation
 *   2. the API on PostgreSQL vs a bare Hono handler: cached public reads, assess, a paged list of
 *      100,000 claims (p99), claim creation — requests/s, p50, p99
 *   3. quota contention: 1,000 concurrent approvals against 10 budgets; approvals/s and the invariant
 *   4. first-load gzip sizes of the three apps against their budgets
 */
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiBench } from './src/api.js';
import { contentionBench } from './src/contention.js';
import { sizes } from './src/sizes.js';

const root = join(import.meta.dirname, '..');
const results: Record<string, unknown> = { at: new Date().toISOString(), node: process.version, cpus: (await import('node:os')).cpus().length };
const md: string[] = [`# Bench ${results.at as string}`, '', `Node ${process.version}, ${results.cpus as number} cores, load generator on the same machine.`, ''];

function section(title: string, rows: [string, string][]) {
  console.log(`\n== ${title}`);
  for (const [k, v] of rows) console.log(`  ${k.padEnd(46)} ${v}`);
  md.push(`## ${title}`, '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), '');
}

// 1. Domain (its own bench scripts print a JSON line each).
const domainOut = await new Promise<string>((resolve, reject) => {
  const p = spawn('pnpm', ['--filter', '@huiqi/domain', 'bench'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  p.stdout.on('data', (d) => (out += d));
  p.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`domain bench exited ${code}`))));
});
const domain = domainOut.split('\n').filter((l) => l.startsWith('{"bench"')).map((l) => JSON.parse(l) as Record<string, number | string>);
results.domain = domain;
const assess = domain.find((d) => d.bench === 'domain.assess')!;
const sim = domain.find((d) => d.bench === 'domain.simulate')!;
section('Domain', [
  ['assessments/s (100,000 mixed claims)', `${Number(assess.perSecond).toLocaleString('en')}`],
  ['ratio to integer-fen arithmetic (throughput)', String(assess.ratio)],
  ['what-if simulation of 10,000 claims', `${sim.simulateMs} ms (${sim.ratio}× one plain run)`],
]);

// 2. API.
const api = await apiBench();
results.api = api;
section('API on PostgreSQL (autocannon, loopback)', api.rows);

// 3. Quota contention.
const contention = await contentionBench();
results.contention = contention;
section('Quota contention on PostgreSQL', contention.rows);

// 4. Sizes (the apps must be built).
execFileSync('pnpm', ['turbo', 'run', 'build', '--filter=@huiqi/portal', '--filter=@huiqi/console', '--filter=@huiqi/station', '--output-logs=errors-only'], { cwd: root, stdio: 'inherit' });
const s = sizes(root);
results.sizes = s;
section('First-load JavaScript + CSS (gzip)', s.map((x) => [x.app, `${x.kb.toFixed(1)} kB of ${x.budget} kB — ${x.kb <= x.budget ? 'within' : 'OVER'}`]));

const dir = join(import.meta.dirname, 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, `${(results.at as string).replace(/[:.]/g, '-')}.json`), JSON.stringify(results, null, 2));
writeFileSync(join(dir, 'latest.md'), md.join('\n'));
console.log(`\nwritten: bench/results/latest.md and bench/results/*.json`);
process.exit(0);
