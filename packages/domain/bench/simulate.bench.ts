/**
 * `pnpm bench:simulate`: the console's what-if simulation over a pool of 10,000 claims, against one
 * plain run of the same pool (the rules once, with the same caps, once-only and paid-items
 * bookkeeping, nothing changed) and against bare assess() of each claim without bookkeeping, in the
 * same run. A what-if re-runs only the claims whose provision (or item group) has a changed
 * parameter, so its cost over a plain run is that share of the rules. Prints figures; asserts
 * nothing about time.
 *
 * Times are this process's CPU time (user + system, `process.cpuUsage`), not the wall clock: on a
 * shared two-core machine other processes stretch wall time by whatever they happen to run, and the
 * ratio is about the work the what-if adds, which CPU time measures. The best of seven runs.
 */
import { assess, builtInPolicies, simulate, type PoolClaim } from '../src/index.js';
import { mixedClaims } from './mixed-claims.js';

const N = Number(process.argv[2] ?? 10_000);
const pool: PoolClaim[] = mixedClaims(N).map((b, i) => ({
  id: `c${i}`,
  enterpriseId: `e${i % Math.max(1, Math.floor(N / 3))}`,
  area: ['640100', '640200', '640300', '640400', '640500', 'NINGDONG'][i % 6]!,
  provision: b.claim.provision as string,
  claim: b.claim,
  fundingYear: b.context.fundingYear,
  asOf: b.context.asOf,
}));
const overrides = { 'M5.1.annualCap': '500000.00', 'M7.4.dayCountBasis': '365' };

simulate(pool.slice(0, 1000), { policy: builtInPolicies, overrides }); // warm-up
/** Milliseconds of CPU this process has used. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let simMs = Infinity;
let plainMs = Infinity;
let baseMs = Infinity;
let result = simulate(pool, { policy: builtInPolicies, overrides });
for (let r = 0; r < 7; r++) {
  let t0 = cpuMs();
  result = simulate(pool, { policy: builtInPolicies, overrides });
  simMs = Math.min(simMs, cpuMs() - t0);
  t0 = cpuMs();
  simulate(pool, { policy: builtInPolicies, overrides: {} });
  plainMs = Math.min(plainMs, cpuMs() - t0);
  t0 = cpuMs();
  for (const c of pool) {
    try {
      assess(c.claim as never, { policy: builtInPolicies, fundingYear: c.fundingYear, asOf: c.asOf });
    } catch {
      /* counted as invalid in the simulation too */
    }
  }
  baseMs = Math.min(baseMs, cpuMs() - t0);
}
const rows = [
  [
    'pool',
    `${N.toLocaleString('en')} claims, ${result.changed.length.toLocaleString('en')} change under the what-if`,
  ],
  ['what-if (2 runs + bookkeeping + totals)', `${simMs.toFixed(0)} ms CPU`],
  ['one plain run (the same, nothing changed)', `${plainMs.toFixed(0)} ms CPU`],
  ['bare assess of each claim (no bookkeeping)', `${baseMs.toFixed(0)} ms CPU`],
  ['ratio what-if / one plain run', (simMs / plainMs).toFixed(2)],
  ['ratio what-if / bare assess', (simMs / baseMs).toFixed(2)],
  [
    'target',
    `10,000 claims within a second: ${N >= 10_000 && simMs < 1000 ? 'met' : N < 10_000 ? 'n/a' : 'NOT met'}`,
  ],
];
for (const [k, v] of rows) console.log(`${k!.padEnd(44)} ${v}`);
console.log(
  JSON.stringify({
    bench: 'domain.simulate',
    n: N,
    simulateMs: +simMs.toFixed(1),
    plainRunMs: +plainMs.toFixed(1),
    bareAssessMs: +baseMs.toFixed(1),
    ratio: +(simMs / plainMs).toFixed(2),
    ratioToBareAssess: +(simMs / baseMs).toFixed(2),
  }),
);
