import { timingSafeEqual } from 'node:crypto';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Database } from '../db/client.js';

/** Why a station's outbox failed to send a record: refused by the server, or not sent at all. */
export const SYNC_ERROR_KINDS = ['refused', 'offline', 'signed-out', 'server'] as const;
export type SyncErrorKind = (typeof SYNC_ERROR_KINDS)[number];

export interface Metrics {
  registry: Registry;
  /** One finished request: `route` is the route's pattern (/api/applications/:id), never the raw path. */
  request(method: string, route: string, status: number, seconds: number): void;
  /** Failed sends a station reported from its outbox, by kind and the server's error code. */
  stationSyncErrors(kind: SyncErrorKind, code: string, count: number): void;
}

/**
 * The platform's metrics in Prometheus' text format, in a registry of its own (one per app, so
 * tests and several apps in one process never mix counts): requests by route and status with
 * their durations, the PostgreSQL pool, the station outbox errors, and Node's process metrics.
 */
export function createMetrics(database: Pick<Database, 'poolStats'>, opts: { processMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  // Memory, CPU, event-loop delay: once per process (the server's), not for every test's app.
  if (opts.processMetrics) collectDefaultMetrics({ register: registry, prefix: 'huiqi_' });
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({ name: 'huiqi_http_requests_total', help: 'HTTP requests answered, by method, route pattern and status', labelNames, registers: [registry] });
  const durations = new Histogram({
    name: 'huiqi_http_request_duration_seconds',
    help: 'Time to answer HTTP requests, by method, route pattern and status',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const syncErrors = new Counter({ name: 'huiqi_station_sync_errors_total', help: 'Records and photos a station outbox failed to send, as the stations report them, by kind and error code', labelNames: ['kind', 'code'] as const, registers: [registry] });
  if (database.poolStats) {
    const stats = database.poolStats;
    const pool = (name: string, help: string, pick: (s: ReturnType<typeof stats>) => number) =>
      new Gauge({
        name,
        help,
        registers: [registry],
        collect() {
          this.set(pick(stats()));
        },
      });
    pool('huiqi_db_pool_connections', 'PostgreSQL connections open in the pool', (s) => s.total);
    pool('huiqi_db_pool_idle', 'PostgreSQL connections idle in the pool', (s) => s.idle);
    pool('huiqi_db_pool_waiting', 'Queries waiting for a PostgreSQL connection', (s) => s.waiting);
    pool('huiqi_db_pool_max', 'The pool size limit', (s) => s.max);
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
