import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One temporary folder per test run, removed when the run ends: every test (and every process a
 * test starts) that asks os.tmpdir() gets it through TMPDIR, so a run leaves nothing behind even
 * when a test is interrupted before its own clean-up.
 */
export default function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'huiqi-vitest-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return () => {
    rmSync(dir, { recursive: true, force: true });
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
  };
}
