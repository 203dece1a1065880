// One closing line for the whole suite, from the JSON reports each runner writes to
// <package>/test-results/*.json (vitest and Playwright; one file per run, so the API's runs on
// PGlite and on PostgreSQL are both counted). A line per report comes first. A package with tests
// but no report (its run never happened or crashed) counts as a failure, as does no test at all.
// Each failed test is named under its report with the first line of its error: the CI log keeps
// only its tail, and a failure that happens once in a while must be findable from that tail.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const total = { passed: 0, failed: 0, skipped: 0 };
const missing = [];
for (const group of ['apps', 'packages', 'tooling']) {
  if (!existsSync(group)) continue;
  for (const pkg of readdirSync(group)) {
    const manifest = join(group, pkg, 'package.json');
    if (!existsSync(manifest)) continue;
    const dir = join(group, pkg, 'test-results');
    const reports = existsSync(dir) ? readdirSync(dir).filter((x) => x.endsWith('.json')) : [];
    if (!reports.length && JSON.parse(readFileSync(manifest, 'utf8')).scripts?.test)
      missing.push(join(group, pkg));
    for (const f of reports) {
      const r = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      const one = { passed: 0, failed: 0, skipped: 0 };
      if ('numPassedTests' in r) {
        one.passed = r.numPassedTests;
        one.failed = r.numFailedTests;
        one.skipped = r.numPendingTests + (r.numTodoTests ?? 0);
      } else if (r.stats) {
        one.passed = r.stats.expected;
        one.failed = r.stats.unexpected + (r.stats.flaky ?? 0);
        one.skipped = r.stats.skipped;
      }
      for (const k of Object.keys(total)) total[k] += one[k];
      console.log(
        `  ${join(dir, f).padEnd(48)} ${one.passed} passed, ${one.failed} failed, ${one.skipped} skipped`,
      );
      for (const failure of failures(r)) console.log(`    failed: ${failure}`);
    }
  }
}
/** "file › test: first line of the error" for each failed test of a vitest or Playwright report. */
function failures(report) {
  const firstLine = (text) =>
    stripVTControlCharacters(String(text ?? ''))
      .trim()
      .split('\n')[0]
      .slice(0, 300);
  const out = [];
  for (const file of report.testResults ?? [])
    for (const t of file.assertionResults ?? [])
      if (t.status === 'failed')
        out.push(
          `${file.name.replace(process.cwd() + '/', '')} › ${t.fullName}: ${firstLine(t.failureMessages?.[0])}`,
        );
  const walk = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests ?? [])
        if (t.status === 'unexpected' || t.status === 'flaky') {
          const error = t.results?.find((x) => x.error)?.error?.message;
          out.push(
            `${spec.file} › ${spec.title} [${t.projectName}]${t.status === 'flaky' ? ' (flaky)' : ''}: ${firstLine(error)}`,
          );
        }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  return out;
}

for (const m of missing) console.log(`  ${m.padEnd(48)} no report: its tests did not run to the end`);
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 || missing.length > 0 || total.passed === 0 ? 1 : 0);
