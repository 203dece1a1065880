// One closing line for the whole suite, from the JSON reports each runner writes to
// <package>/test-results/*.json (vitest and Playwright). Exits non-zero when anything failed or
// when no test ran at all.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const group of ['apps', 'packages']) {
  if (!existsSync(group)) continue;
  for (const pkg of readdirSync(group)) {
    const dir = join(group, pkg, 'test-results');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
      const r = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      if ('numPassedTests' in r) {
        passed += r.numPassedTests;
        failed += r.numFailedTests;
        skipped += r.numPendingTests + (r.numTodoTests ?? 0);
      } else if (r.stats) {
        passed += r.stats.expected;
        failed += r.stats.unexpected + (r.stats.flaky ?? 0);
        skipped += r.stats.skipped;
      }
    }
  }
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
