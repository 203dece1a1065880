/**
 * `pnpm bench:simulate`: the console's what-if simulation over a pool of 10,000 claims (two full runs
 * of the rules with the caps and once-only bookkeeping), against assessing the same claims once
 * without bookkeeping, in the same run. Prints figures; asserts nothing about time.
 */
import { performance } from 'node:perf_hooks';
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
let simMs = Infinity;
let baseMs = Infinity;
let result = simulate(pool, { policy: builtInPolicies, overrides });
for (let r = 0; r < 3; r++) {
  let t0 = performance.now();
  result = simulate(pool, { policy: builtInPolicies, overrides });
  simMs = Math.min(simMs, performance.now() - t0);
  t0 = performance.now();
  for (const c of pool) {
    try {
      assess(c.claim as never, { policy: builtInPolicies, fundingYear: c.fundingYear, asOf: c.asOf });
    } catch {
      /* counted as invalid in the simulation too */
    }
  }
  baseMs = Math.min(baseMs, performance.now() - t0);
}
const rows = [
  ['pool', `${N.toLocaleString('en')} claims, ${result.changed.length.toLocaleString('en')} change under the what-if`],
  ['simulate (2 runs + bookkeeping + totals)', `${simMs.toFixed(0)} ms`],
  ['baseline (1 run of assess, no bookkeeping)', `${baseMs.toFixed(0)} ms`],
  ['ratio simulate / baseline time', (simMs / baseMs).toFixed(2)],
  ['target', `10,000 claims within a second: ${N >= 10_000 && simMs < 1000 ? 'met' : N < 10_000 ? 'n/a' : 'NOT met'}`],
];
for (const [k, v] of rows) console.log(`${k!.padEnd(44)} ${v}`);
console.log(JSON.stringify({ bench: 'domain.simulate', n: N, simulateMs: +simMs.toFixed(1), baselineMs: +baseMs.toFixed(1), ratio: +(simMs / baseMs).toFixed(2) }));
