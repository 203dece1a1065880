// `BENCH_PROFILE=/tmp/prof pnpm tsx api-only.ts`: the API part of the bench alone (for profiling).
import { apiBench } from './src/api.js';

const r = await apiBench();
for (const [k, v] of r.rows) console.log(`  ${k.padEnd(46)} ${v}`);
process.exit(0);
