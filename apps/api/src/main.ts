import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp, createMetricsApp } from './app.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from './db/seed/demo.js';
import { createDeps } from './deps.js';
import { ConfigError, loadEnv, type Env } from './env.js';
import type { Deps } from './lib/context.js';
import { explainStartupFault } from './startup/faults.js';

const APPS = ['portal', 'console', 'station'] as const;

/** Listens, or rejects with the listen error (a port in use is an answer, not a crash). */
function listen(
  fetch: (req: Request) => Response | Promise<Response>,
  hostname: string,
  port: number,
): Promise<{ server: Server; port: number }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, hostname, port }, (info) =>
      resolve({ server: server as Server, port: info.port }),
    );
    server.once('error', reject);
  });
}

function banner(env: Env, deps: Deps, port: number): string {
  const appsDir = env.APPS_DIR || join(import.meta.dirname, '..', '..');
  const built = APPS.filter((name) => existsSync(join(appsDir, name, 'dist', 'index.html')));
  const base = `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${port}`;
  return [
    '',
    `Huiqi (惠企) is running on ${deps.database.kind === 'pglite' ? `the embedded database in ${env.HUIQI_DATA_DIR}` : 'PostgreSQL'}.`,
    ...built.map((name) => `  ${name.padEnd(8)} ${base}/${name}/`),
    ...(built.length < 3 ? [`  (not built yet: ${APPS.filter((a) => !built.includes(a)).join(', ')})`] : []),
    `  API      ${base}/api/health   reference: ${base}/api/docs`,
    '',
    `Demo accounts (password ${DEMO_PASSWORD}):`,
    ...[
      ...DEMO_ACCOUNTS.map(
        (a) => `  ${a.username.padEnd(18)} ${a.role}${a.areaCode ? ` (${a.areaCode})` : ''}`,
      ),
      `  ${'enterprise.demo'.padEnd(18)} enterprise`,
      `  ${'station.worker'.padEnd(18)} agency`,
    ],
    '',
  ].join('\n');
}

/**
 * The one process a user starts: migrates, seeds demo data on request, serves the API and the apps.
 * A fault at start-up is one or two lines saying what to change (exit 2 for a setting, 1 otherwise);
 * SIGINT and SIGTERM, at any moment, stop it cleanly with exit 0.
 */
async function main() {
  let env: Env | undefined;
  let deps: Deps | undefined;
  let server: Server | undefined;
  let metricsServer: Server | undefined;
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    deps?.log.info('shutting down', { signal });
    // In-flight requests finish; then the database closes. A request that never ends is cut at 10 s.
    setTimeout(() => process.exit(1), 10_000).unref();
    const closeDb = () => (deps ? deps.database.close() : Promise.resolve()).finally(() => process.exit(0));
    metricsServer?.close();
    // closeDb cannot leave a rejection behind: its finally ends the process, closed or not.
    if (server) server.close(() => void closeDb());
    else if (!deps) process.exit(0);
    // Still starting (migrating or seeding): the start sequence sees `stopping` and closes.
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  try {
    env = loadEnv();
    deps = await createDeps(env);
    if (process.argv.includes('--demo') && !stopping) {
      if (deps.readiness.ready) {
        const { seeded } = await seedDemo(deps.db, { files: deps.files });
        deps.log.info(seeded ? 'demo data loaded' : 'demo data already present');
      } else
        deps.log.error(
          'demo data not loaded: the database is unreachable (start again with --demo once it is up)',
        );
    }
    if (stopping) {
      await deps.database.close();
      process.exit(0);
    }
    const listening = await listen(createApp(deps).fetch, env.HOST, env.PORT);
    server = listening.server;
    if (env.METRICS_PORT !== undefined) {
      const metrics = await listen(createMetricsApp(deps).fetch, env.METRICS_HOST, env.METRICS_PORT).catch(
        (e: unknown) => {
          server?.close();
          throw Object.assign(e as Error, { metricsListener: true });
        },
      );
      metricsServer = metrics.server;
      deps.log.info('metrics listening', { url: `http://${env.METRICS_HOST}:${metrics.port}/metrics` });
    }
    process.stdout.write(banner(env, deps, listening.port) + '\n');
  } catch (e) {
    // Without a valid configuration only the configuration's own message applies.
    const known = env ? explainStartupFault(e, env) : e instanceof ConfigError ? e.message : null;
    console.error(`Huiqi could not start: ${known ?? (e as Error).message ?? String(e)}`);
    if (!known)
      console.error(
        env?.LOG_LEVEL === 'debug' ? (e as Error).stack : '(LOG_LEVEL=debug shows where it happened)',
      );
    await deps?.database.close().catch(() => undefined);
    process.exit(e instanceof ConfigError ? 2 : 1);
  }
}

// main never rejects: it catches every start-up fault, says why and exits with its code.
void main();
