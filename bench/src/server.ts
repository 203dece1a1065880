import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createTestDatabase } from '@huiqi/api/test-support/test-database';

// The API's own helpers for a fresh database and a free port: the bench builds on what the tests use.
export { freePort } from '@huiqi/api/resilience/tcp-proxy';

/** A fresh PostgreSQL database for one bench, dropped afterwards. */
export const benchDatabase = () => createTestDatabase('huiqi_bench');

async function waitFor(url: string) {
  for (let i = 0; i < 600; i++) {
    if (
      await fetch(url)
        .then((r) => r.ok)
        .catch(() => false)
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up`);
}

export async function startProcess(
  args: string[],
  env: Record<string, string>,
  health: string,
): Promise<ChildProcess> {
  // BENCH_PROFILE=<dir> writes a V8 CPU profile of each process there (to find where the time goes).
  const profile = process.env.BENCH_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
    : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitFor(health);
  return child;
}

export const apiMain = join(import.meta.dirname, '..', '..', 'apps', 'api', 'src', 'main.ts');

/**
 * The API with the demo data on `db`, as every bench runs it: local, quiet, its own files. A second
 * process on the same database is started with `seed` false, once the first is up (it finds the
 * data there).
 */
export function startDemoApi(db: { url: string }, port: number, seed = true) {
  return startProcess(
    seed ? [apiMain, '--demo'] : [apiMain],
    {
      DATABASE_URL: db.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
      HUIQI_DATA_DIR: '/tmp/huiqi-bench-files',
    },
    `http://127.0.0.1:${port}/api/health`,
  );
}
