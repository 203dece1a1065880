import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { createDeps } from '../deps.js';
import { loadEnv } from '../env.js';
import type { Deps } from '../lib/context.js';
import { readJson } from '../test-support/read-json.js';
import { createTestDatabase, TEST_ADMIN_URL } from '../test-support/test-database.js';
import { freePort, TcpProxy } from './tcp-proxy.js';

/**
 * PostgreSQL unavailable at start and in the middle of a run: the API says so clearly (503 with
 * the reason; health "degraded"), never a 500, and recovers by itself once the database returns.
 * Runs in the PostgreSQL pass of the suite (it needs a real server behind the proxy).
 */
let proxy: TcpProxy;
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let deps: Deps;
let app: ReturnType<typeof createApp>;

const get = (path: string) => app.request(`http://huiqi.test/api${path}`);
const until = async (fn: () => Promise<boolean>, ms = 20_000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await fn()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('timed out');
};

describe.skipIf(process.env.HUIQI_TEST_DB !== 'postgres')('database outages (PostgreSQL)', () => {
  beforeAll(async () => {
    database = await createTestDatabase('huiqi_outage');
    const target = new URL(TEST_ADMIN_URL);
    proxy = new TcpProxy(await freePort(), { host: target.hostname, port: Number(target.port || 5432) });
    const url = new URL(database.url);
    url.host = `127.0.0.1:${proxy.port}`;
    deps = await createDeps(
      loadEnv({
        DATABASE_URL: url.toString(),
        HUIQI_DATA_DIR: mkdtempSync(join(tmpdir(), 'huiqi-outage-')),
        LOG_LEVEL: 'silent',
      }),
    );
    app = createApp(deps);
  });
  afterAll(async () => {
    await proxy.down();
    await deps?.database.close().catch(() => undefined);
    await database?.drop();
  });

  it('starts without the database: health degraded, every route 503 with the reason, then serves once it returns', async () => {
    expect(deps.readiness.ready).toBe(false);
    const health = await get('/health');
    expect(health.status).toBe(503);
    expect((await readJson(health)).database.reachable).toBe(false);
    const policy = await get('/policy');
    expect(policy.status).toBe(503);
    expect((await readJson(policy)).error).toMatchObject({
      code: 'DATABASE_UNAVAILABLE',
      zh: '数据库暂不可用，请稍后重试。',
    });

    await proxy.up();
    await until(async () => (await get('/health')).status === 200);
    expect(deps.readiness.ready).toBe(true);
    expect((await get('/policy')).status).toBe(200);
  });

  it('loses the database mid-run: 503s with the reason, never a 500; recovers without a restart', async () => {
    await proxy.down();
    const during = await Promise.all([get('/rounds'), get('/policy'), get('/health')]);
    // /policy may still answer from its short cache; nothing answers 500.
    for (const r of during) expect([200, 503]).toContain(r.status);
    expect(during[0]!.status).toBe(503);
    expect((await readJson(during[0]!)).error.code).toBe('DATABASE_UNAVAILABLE');
    expect(during[2]!.status).toBe(503);
    await proxy.up();
    await until(async () => (await get('/rounds')).status === 200);
    expect((await get('/health')).status).toBe(200);
  }, 30_000);
});
