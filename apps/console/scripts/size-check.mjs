// First-load JS + CSS of the landing route, gzip, against the budget (issue: ≤ 250 kB for the login and the dashboard). Fails the
// build when over. "First load" = index.html's entry script and stylesheet, the landing page's chunk,
// and everything they import statically; other pages load lazily and are not counted.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;
const dist = join(import.meta.dirname, '..', 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const assets = [...html.matchAll(/(?:src|href)="\/portal\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const seen = new Set();
let total = 0;
const visit = (file) => {
  if (seen.has(file)) return;
  seen.add(file);
  const data = readFileSync(join(dist, file));
  total += gzipSync(data).length;
  if (file.endsWith('.js')) for (const m of data.toString('utf8').matchAll(/(?:from|import)\s*"\.\/([^"]+\.(?:js|css))"/g)) visit(`assets/${m[1]}`);
};
assets.forEach(visit);
// The landing route's lazily loaded page is part of its first load too.
for (const f of readdirSync(join(dist, 'assets'))) if (/^(LoginPage|DashboardPage)-.*\.(js|css)$/.test(f)) visit(`assets/${f}`);
const kb = (total / 1024).toFixed(1);
console.log(`console first load: ${kb} kB gzip in ${seen.size} files (budget ${BUDGET_KB} kB)`);
if (total > BUDGET_KB * 1024) {
  console.error(`over budget by ${(total / 1024 - BUDGET_KB).toFixed(1)} kB`);
  process.exit(1);
}
