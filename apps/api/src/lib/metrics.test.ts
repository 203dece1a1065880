import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../resilience/tcp-proxy.js';
import { startProcess } from '../test-support/api-process.js';
import { startHarness, type Harness } from '../test-support/harness.js';

const TOKEN = 'metrics-token-for-tests-0123';

describe('/metrics with METRICS_TOKEN (PostgreSQL, so the pool is there too)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ postgres: true, env: { METRICS_TOKEN: TOKEN } });
  });
  afterAll(() => h.close());
  const scrape = (auth?: string) =>
    h.app.request('http://huiqi.test/metrics', { headers: auth ? { Authorization: auth } : {} });

  it('refuses a missing or wrong token with 401, without a word of the metrics', async () => {
    for (const auth of [undefined, 'Bearer wrong-token-wrong-token', `Basic ${TOKEN}`]) {
      const res = await scrape(auth);
      expect(res.status).toBe(401);
      expect(await res.text()).not.toContain('huiqi_');
    }
  });

  it('counts requests by route pattern and status, with durations, in Prometheus text format', async () => {
    const c = await h.as('yinchuan');
    await c.claims.list({});
    await h.app.request(`http://huiqi.test/api/claims/00000000-0000-4000-8000-000000000000`, {
      headers: { Cookie: c.cookie()! },
    });
    const res = await scrape(`Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toMatch(
      /^huiqi_http_requests_total\{method="GET",route="\/api\/claims",status="200"\} [1-9]/m,
    );
    // The pattern, not the id: one series however many claims are read.
    expect(text).toMatch(
      /^huiqi_http_requests_total\{method="GET",route="\/api\/claims\/:id",status="404"\} 1$/m,
    );
    expect(text).not.toContain('00000000-0000-4000-8000-000000000000');
    expect(text).toMatch(
      /^huiqi_http_request_duration_seconds_bucket\{le="\+Inf",method="POST",route="\/api\/auth\/login",status="200"\} [1-9]/m,
    );
    expect(text).toMatch(/^huiqi_db_pool_max 40$/m);
    // The audit sealer's backlog: a count and the age of its oldest row.
    expect(text).toMatch(/^huiqi_audit_unsealed_rows \d+$/m);
    expect(text).toMatch(/^huiqi_audit_sealing_lag_seconds [\d.e-]+$/m);
    expect(text).toMatch(/^huiqi_db_pool_connections \d+$/m);
  });

  it('counts what the stations report of their outbox failures', async () => {
    const c = await h.as('agency');
    expect(
      await c.agency.reportSyncErrors({
        errors: [
          { kind: 'refused', code: 'VALIDATION_FAILED', count: 2 },
          { kind: 'offline', code: 'NETWORK', count: 5 },
        ],
      }),
    ).toEqual({ counted: 7 });
    await expect(
      c.agency.reportSyncErrors({ errors: [{ kind: 'refused', code: 'not a code', count: 1 }] }),
    ).rejects.toMatchObject({ status: 400 });
    const text = await (await scrape(`Bearer ${TOKEN}`)).text();
    expect(text).toMatch(/^huiqi_station_sync_errors_total\{kind="refused",code="VALIDATION_FAILED"\} 2$/m);
    expect(text).toMatch(/^huiqi_station_sync_errors_total\{kind="offline",code="NETWORK"\} 5$/m);
  });
});

describe('/metrics without a token', () => {
  it('is not found on the main port', async () => {
    const h = await startHarness();
    try {
      expect((await h.app.request('http://huiqi.test/metrics')).status).toBe(404);
    } finally {
      await h.close();
    }
  });

  it('is served without a token on the internal listener (METRICS_PORT on METRICS_HOST), and only there', async () => {
    const [port, metricsPort] = [await freePort(), await freePort()];
    const p = startProcess({
      env: {
        PORT: String(port),
        METRICS_PORT: String(metricsPort),
        HUIQI_DATA_DIR: mkdtempSync(join(tmpdir(), 'huiqi-metrics-')),
      },
    });
    try {
      await p.waitFor('is running');
      await fetch(`http://127.0.0.1:${port}/api/health`);
      const text = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
      expect(text).toMatch(
        /^huiqi_http_requests_total\{method="GET",route="\/api\/health",status="200"\} 1$/m,
      );
      expect(text).toMatch(/^huiqi_process_resident_memory_bytes \d+/m);
      expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(404);
      expect((await fetch(`http://127.0.0.1:${metricsPort}/api/health`)).status).toBe(404);
    } finally {
      p.child.kill('SIGTERM');
      expect((await p.exited).code).toBe(0);
    }
  }, 60_000);
});
