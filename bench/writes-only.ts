// `npm run bench:writes` (BENCH_PROFILE=/tmp/prof for CPU profiles of the API, BENCH_API_PROCESSES=2
// for two API processes): pgbench and the API's writes alone, each write as a share of pgbench.
import { pgbench } from './src/pgbench.js';
import { CONNECTIONS, describe, writesBench } from './src/writes.js';

const db = await pgbench(CONNECTIONS, 10);
console.log(`  pgbench TPC-B, ${CONNECTIONS} clients: ${db.tps} transactions/s`);
const w = await writesBench();
console.log(`  API processes behind the load: ${w.processes}`);
for (const f of w.figures) console.log(`  ${f.name.padEnd(56)} ${describe(f, db.tps)}`);
console.log(`  audit sealing lag during the writes: at most ${w.lag.rows} rows, oldest ${w.lag.ageMs} ms`);
console.log(`  approved by both stages ${w.approved} of ${w.claims}; budgets off their ledgers: ${w.drift}`);
process.exit(0);
