import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPostgres, type Database } from '../db/client.js';
import { DEMO_PASSWORD } from '../db/seed/demo.js';
import { freePort } from '../resilience/tcp-proxy.js';
import { createTestDatabase } from './test-database.js';

/**
 * Several real API processes (main.ts) on one fresh PostgreSQL database with the demo data, for
 * the tests that must show a guarantee holds across processes (throttles, idempotency). The first
 * process migrates and seeds; the others start once it is up.
 */
export async function startApiProcesses(count: number, env: Record<string, string> = {}) {
  const created = await createTestDatabase('huiqi_procs');
  const dataDir = mkdtempSync(join(tmpdir(), 'huiqi-procs-'));
  const children: ChildProcess[] = [];
  const bases: string[] = [];
  const start = async (demo: boolean) => {
    const port = await freePort();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, '..', 'main.ts'), ...(demo ? ['--demo'] : [])],
      {
        env: {
          ...process.env,
          LOG_LEVEL: 'error',
          HOST: '127.0.0.1',
          PORT: String(port),
          HUIQI_DATA_DIR: dataDir,
          DATABASE_URL: created.url,
          ...env,
        },
        stdio: 'ignore',
      },
    );
    children.push(child);
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 600; i++) {
      if (
        await fetch(`${base}/api/health`)
          .then((r) => r.ok)
          .catch(() => false)
      ) {
        bases.push(base);
        return;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('an API process did not come up');
  };
  let database: Database | undefined;
  try {
    await start(true);
    await Promise.all(Array.from({ length: count - 1 }, () => start(false)));
    database = await openPostgres(created.url, 4);
  } catch (e) {
    for (const c of children) c.kill('SIGKILL');
    await created.drop();
    throw e;
  }
  return {
    bases,
    db: database.db,
    password: DEMO_PASSWORD,
    async stop() {
      await Promise.all(
        children.map(
          (c) => new Promise((r) => (c.exitCode !== null ? r(null) : (c.once('exit', r), c.kill('SIGKILL')))),
        ),
      );
      await database!.close();
      await created.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type ApiProcesses = Awaited<ReturnType<typeof startApiProcesses>>;
