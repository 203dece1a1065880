/**
 * `npm run bench`: every figure of the proof in one run, on this machine — printed as a table and
 * written to bench/results/<time>.json and bench/results/latest.md so runs can be compared. Not a
 * test: nothing here asserts a time. Throughput is a ratio to a baseline measured in the same run.
 *
 *   1. the domain: mixed assessments/s and the ratio to integer-fen arithmetic; the what-if simulation
 *   2. pgbench (TPC-B, 10 clients) on the same PostgreSQL, before and after the API's writes: what
 *      the database itself can write here and now; every write figure is printed as a share of it
 *   3. the API's reads vs a bare Hono handler: cached public reads, assess, a paged list of 100,000
 *      claims (p99) — requests/s, p50, p99
 *   4. the API's writes at 10 connections: city approvals over 10 budgets, region approvals, claim
 *      creation, service records from the station
 *   5. quota contention: 1,000 concurrent approvals against 10 budgets; approvals/s and the invariant
 *   6. first-load gzip sizes of the three apps against their budgets
 */
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiBench } from './src/api.js';
import { contentionBench } from './src/contention.js';
import { pgbench } from './src/pgbench.js';
import { CONNECTIONS, describe, writesBench } from './src/writes.js';
import { sizes } from './src/sizes.js';

const root = join(import.meta.dirname, '..');
const results: Record<string, unknown> = {
  at: new Date().toISOString(),
  node: process.version,
  cpus: (await import('node:os')).cpus().length,
};
const md: string[] = [
  `# Bench ${results.at as string}`,
  '',
  `Node ${process.version}, ${results.cpus as number} cores, load generator on the same machine.`,
  '',
];

function section(title: string, rows: [string, string][]) {
  console.log(`\n== ${title}`);
  for (const [k, v] of rows) console.log(`  ${k.padEnd(46)} ${v}`);
  md.push(`## ${title}`, '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), '');
}

// 1. Domain (its own bench scripts print a JSON line each).
const domainOut = await new Promise<string>((resolve, reject) => {
  const p = spawn('pnpm', ['--filter', '@huiqi/domain', 'bench'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  p.stdout.on('data', (d) => (out += d));
  p.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`domain bench exited ${code}`))));
});
const domain = domainOut
  .split('\n')
  .filter((l) => l.startsWith('{"bench"'))
  .map((l) => JSON.parse(l) as Record<string, number | string>);
results.domain = domain;
const assess = domain.find((d) => d.bench === 'domain.assess')!;
const sim = domain.find((d) => d.bench === 'domain.simulate')!;
section('Domain', [
  ['assessments/s (100,000 mixed claims)', `${Number(assess.perSecond).toLocaleString('en')}`],
  ['ratio to integer-fen arithmetic (throughput)', String(assess.ratio)],
  [
    'what-if simulation of 10,000 claims (CPU)',
    `${sim.simulateMs} ms (${sim.ratio}× one plain run, ${sim.ratioToBareAssess}× bare assess)`,
  ],
]);

// 2. The database's own limit, measured now (again after the writes: the machine is shared).
const before = await pgbench(CONNECTIONS, 10);

// 3. API reads.
const api = await apiBench();
results.api = api;
section('API reads on PostgreSQL (autocannon, loopback)', api.rows);

// 4. API writes, and 5. quota contention.
const writes = await writesBench();
const contention = await contentionBench();
const after = await pgbench(CONNECTIONS, 10);
const tps = Math.round((before.tps + after.tps) / 2);
const share = (rps: number) => `${((rps / tps) * 100).toFixed(1)} %`;
results.pgbench = { before, after, tps };
results.writes = writes;
section(`pgbench on the same PostgreSQL (TPC-B, ${CONNECTIONS} clients, scale ${CONNECTIONS}, 10 s)`, [
  [
    'before the API runs / after its writes',
    `${before.tps.toLocaleString('en')} / ${after.tps.toLocaleString('en')} transactions/s`,
  ],
  ['the denominator below (mean)', `${tps.toLocaleString('en')} transactions/s`],
]);
const [cityFig, regionFig, claimFig, recordFig] = writes.figures;
section(`API writes at ${CONNECTIONS} connections, as a share of pgbench`, [
  ['API processes behind the load (BENCH_API_PROCESSES)', String(writes.processes)],
  ...writes.figures.map((f): [string, string] => [f.name, describe(f, tps)]),
  [
    'audit sealing lag during the writes (worst of the samples)',
    `${writes.lag.rows} rows, oldest ${writes.lag.ageMs} ms (${writes.lag.samples} samples every 50 ms)`,
  ],
  [
    'claims approved by both stages / budgets off their ledgers',
    `${writes.approved.toLocaleString('en')} of ${writes.claims.toLocaleString('en')} / ${writes.drift}`,
  ],
  [
    'target: approvals ≥ 25 % of pgbench',
    `city ${share(cityFig!.rps)}, region ${share(regionFig!.rps)} — ${Math.min(cityFig!.rps, regionFig!.rps) / tps >= 0.25 ? 'met' : 'not met'}`,
  ],
  [
    'target: claim creation ≥ 40 % of pgbench',
    `${share(claimFig!.rps)} — ${claimFig!.rps / tps >= 0.4 ? 'met' : 'not met'}`,
  ],
  ['service records (no target)', share(recordFig!.rps)],
  [
    'target: list of 100,000 claims p99 < 50 ms (10 connections)',
    `${api.listP99} ms — ${api.listP99 < 50 ? 'met' : 'not met'}`,
  ],
]);
results.contention = contention;
section('Quota contention on PostgreSQL', [
  ...contention.rows,
  [
    'decisions/s as a share of pgbench',
    share((contention.approved + contention.refused) / (contention.ms / 1000)),
  ],
]);

// 6. Sizes (the apps must be built).
execFileSync(
  'pnpm',
  [
    'turbo',
    'run',
    'build',
    '--filter=@huiqi/portal',
    '--filter=@huiqi/console',
    '--filter=@huiqi/station',
    '--output-logs=errors-only',
  ],
  { cwd: root, stdio: 'inherit' },
);
const s = sizes(root);
results.sizes = s;
section(
  'First-load JavaScript + CSS (gzip)',
  s.map((x) => [x.app, `${x.kb.toFixed(1)} kB of ${x.budget} kB — ${x.kb <= x.budget ? 'within' : 'OVER'}`]),
);

const dir = join(import.meta.dirname, 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(
  join(dir, `${(results.at as string).replace(/[:.]/g, '-')}.json`),
  JSON.stringify(results, null, 2),
);
writeFileSync(join(dir, 'latest.md'), md.join('\n'));
console.log(`\nwritten: bench/results/latest.md and bench/results/*.json`);
process.exit(0);
