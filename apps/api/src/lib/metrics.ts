import { timingSafeEqual } from 'node:crypto';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Database } from '../db/client.js';
import type { SealingLag } from './audit.js';

import type { SyncErrorKind } from '@huiqi/contracts';

export interface Metrics {
  registry: Registry;
  /** One finished request: `route` is the route's pattern (/api/claims/:id), never the raw path. */
  request(method: string, route: string, status: number, seconds: number): void;
  /** Failed sends a station reported from its outbox, by kind and the server's error code. */
  stationSyncErrors(kind: SyncErrorKind, code: string, count: number): void;
}

/**
 * The platform's metrics in Prometheus' text format, in a registry of its own (one per app, so
 * tests and several apps in one process never mix counts): requests by route and status with
 * their durations, the PostgreSQL pool, the audit sealer's lag, the station outbox errors, and
 * Node's process metrics.
 */
export function createMetrics(
  database: Pick<Database, 'pool'>,
  opts: { processMetrics?: boolean; auditLag?: () => Promise<SealingLag> } = {},
): Metrics {
  const registry = new Registry();
  // Memory, CPU, event-loop delay: once per process (the server's), not for every test's app.
  if (opts.processMetrics) collectDefaultMetrics({ register: registry, prefix: 'huiqi_' });
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({
    name: 'huiqi_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames,
    registers: [registry],
  });
  const durations = new Histogram({
    name: 'huiqi_http_request_duration_seconds',
    help: 'Time to answer HTTP requests, by method, route pattern and status',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const syncErrors = new Counter({
    name: 'huiqi_station_sync_errors_total',
    help: 'Records and photos a station outbox failed to send, as the stations report them, by kind and error code',
    labelNames: ['kind', 'code'] as const,
    registers: [registry],
  });
  if (database.pool) {
    const p = database.pool;
    const pool = (name: string, help: string, value: () => number) =>
      new Gauge({
        name,
        help,
        registers: [registry],
        collect() {
          this.set(value());
        },
      });
    pool('huiqi_db_pool_connections', 'PostgreSQL connections open in the pool', () => p.totalCount);
    pool('huiqi_db_pool_idle', 'PostgreSQL connections idle in the pool', () => p.idleCount);
    pool('huiqi_db_pool_waiting', 'Queries waiting for a PostgreSQL connection', () => p.waitingCount);
    pool('huiqi_db_pool_max', 'The pool size limit', () => p.options.max ?? 10);
  }
  if (opts.auditLag) {
    const lag = opts.auditLag;
    let last: SealingLag = { rows: 0, oldestAgeMs: null };
    const refresh = async () => {
      // An unreachable database leaves the last reading (the health endpoint reports the outage).
      last = await lag().catch(() => last);
    };
    new Gauge({
      name: 'huiqi_audit_unsealed_rows',
      help: 'Audit rows written but not yet linked into the hash chain',
      registers: [registry],
      async collect() {
        await refresh();
        this.set(last.rows);
      },
    });
    new Gauge({
      name: 'huiqi_audit_sealing_lag_seconds',
      help: 'Age of the oldest audit row not yet sealed into the chain (0 when all are sealed)',
      registers: [registry],
      collect() {
        this.set((last.oldestAgeMs ?? 0) / 1000);
      },
    });
  }
  return {
    registry,
    request: (method, route, status, seconds) => {
      const labels = { method, route, status: String(status) };
      requests.inc(labels);
      durations.observe(labels, seconds);
    },
    stationSyncErrors: (kind, code, count) => syncErrors.inc({ kind, code }, count),
  };
}

/** The bearer token of a metrics request matches the configured one (compared in constant time). */
export function metricsTokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(/^Bearer (.+)$/.exec(header ?? '')?.[1] ?? '');
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want);
}
