/**
 * `pnpm bench`: assessments per second over a mixed batch of 100,000 claims, and the ratio to the
 * same batch done with plain integer fen arithmetic measured in the same run. Prints figures;
 * asserts nothing about time (tests check correctness, benchmarks measure).
 */
import { performance } from 'node:perf_hooks';
import { assess } from '../src/index.js';
import { integerBaseline } from './integer-baseline.js';
import { mixedClaims } from './mixed-claims.js';

const N = Number(process.argv[2] ?? 100_000);
const batch = mixedClaims(N);

function time<T>(fn: () => T): { ms: number; result: T } {
  const t0 = performance.now();
  const result = fn();
  return { ms: performance.now() - t0, result };
}

// Warm up both paths so the JIT has seen them.
integerBaseline(batch.slice(0, 5_000));
for (const b of batch.slice(0, 5_000)) assess(b.claim as never, b.context);

const runs = 3;
let best = { assessMs: Infinity, baseMs: Infinity };
let eligible = 0;
for (let r = 0; r < runs; r++) {
  const base = time(() => integerBaseline(batch));
  const full = time(() => {
    let n = 0;
    for (const b of batch) if (assess(b.claim as never, b.context).eligible) n++;
    return n;
  });
  eligible = full.result;
  best = { assessMs: Math.min(best.assessMs, full.ms), baseMs: Math.min(best.baseMs, base.ms) };
}

const perSecond = (N / best.assessMs) * 1000;
const basePerSecond = (N / best.baseMs) * 1000;
const rows = [
  [
    'batch',
    `${N.toLocaleString('en')} mixed claims (M1.1, M1.4, M1.7, M5.1, M7.4, M7.5), ${eligible.toLocaleString('en')} eligible`,
  ],
  [
    'assess (validated, exact, traced)',
    `${best.assessMs.toFixed(0)} ms — ${Math.round(perSecond).toLocaleString('en')} assessments/s`,
  ],
  [
    'baseline (integer fen, no checks)',
    `${best.baseMs.toFixed(0)} ms — ${Math.round(basePerSecond).toLocaleString('en')} claims/s`,
  ],
  ['ratio assess / baseline throughput', (perSecond / basePerSecond).toFixed(4)],
  [
    'target',
    `100,000 assessments in under 1 s: ${best.assessMs < 1000 ? 'met' : 'NOT met'} (best of ${runs})`,
  ],
];
for (const [k, v] of rows) console.log(`${k!.padEnd(38)} ${v}`);
console.log(
  JSON.stringify({
    bench: 'domain.assess',
    n: N,
    assessMs: +best.assessMs.toFixed(1),
    baselineMs: +best.baseMs.toFixed(1),
    perSecond: Math.round(perSecond),
    ratio: +(perSecond / basePerSecond).toFixed(4),
  }),
);
