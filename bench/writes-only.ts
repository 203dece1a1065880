// `npm run bench:writes` (BENCH_PROFILE=/tmp/prof for CPU profiles of the API):
// pgbench and the API's writes alone, each write as a share of pgbench — for profiling the write path.
import { pgbench } from './src/pgbench.js';
import { CONNECTIONS, writesBench } from './src/writes.js';

const db = await pgbench(CONNECTIONS, 10);
console.log(`  pgbench TPC-B, ${CONNECTIONS} clients: ${db.tps} transactions/s`);
const w = await writesBench();
for (const f of w.figures)
  console.log(
    `  ${f.name.padEnd(56)} ${f.rps} req/s = ${((f.rps / db.tps) * 100).toFixed(1)} %, p50 ${f.p50} ms, p99 ${f.p99} ms${f.other ? `, ${f.other} not 2xx` : ''}`,
  );
console.log(`  audit sealing lag during the writes: at most ${w.lag.rows} rows, oldest ${w.lag.ageMs} ms`);
console.log(`  approved by both stages ${w.approved} of ${w.claims}; budgets off their ledgers: ${w.drift}`);
process.exit(0);
