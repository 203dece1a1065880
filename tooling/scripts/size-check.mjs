// First-load JS + CSS of an app's landing route(s), gzip, against its budget; fails the build when
// over. "First load" = index.html's entry script and stylesheet, the landing pages' chunks, and
// everything they import statically; other pages load lazily and are not counted.
//   node tooling/scripts/size-check.mjs <app dir> <base> <budget kB> <landing page regex> [--json]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function firstLoad(appDir, base, landing) {
  const dist = join(appDir, 'dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const escaped = base.replace(/[/]/g, '\\/');
  const assets = [
    ...html.matchAll(new RegExp(`(?:src|href)="${escaped}(assets\\/[^"]+\\.(?:js|css))"`, 'g')),
  ].map((m) => m[1]);
  const seen = new Set();
  let total = 0;
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const data = readFileSync(join(dist, file));
    total += gzipSync(data).length;
    if (file.endsWith('.js'))
      for (const m of data.toString('utf8').matchAll(/(?:from|import)\s*"\.\/([^"]+\.(?:js|css))"/g))
        visit(`assets/${m[1]}`);
  };
  assets.forEach(visit);
  for (const f of readdirSync(join(dist, 'assets')))
    if (new RegExp(`^(${landing})-.*\\.(js|css)$`).test(f)) visit(`assets/${f}`);
  return { bytes: total, files: seen.size };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [appDir, base, budget, landing] = process.argv.slice(2);
  const { bytes, files } = firstLoad(appDir, base, landing);
  const kb = bytes / 1024;
  const name = base.replace(/\//g, '');
  console.log(`${name} first load: ${kb.toFixed(1)} kB gzip in ${files} files (budget ${budget} kB)`);
  if (kb > Number(budget)) {
    console.error(`over budget by ${(kb - Number(budget)).toFixed(1)} kB`);
    process.exit(1);
  }
}
