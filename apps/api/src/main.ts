import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from './db/seed/demo.js';
import { createDeps } from './deps.js';
import { loadEnv } from './env.js';

const APPS = ['portal', 'console', 'station'] as const;

/** The one process a user starts: migrates, seeds demo data on request, serves the API and the apps. */
async function main() {
  let env;
  try {
    env = loadEnv();
  } catch (e) {
    console.error(String((e as Error).message));
    process.exit(2);
  }
  const deps = await createDeps(env);
  if (process.argv.includes('--demo')) {
    if (deps.readiness.ready) {
      const { seeded } = await seedDemo(deps.db);
      deps.log.info(seeded ? 'demo data loaded' : 'demo data already present');
    } else deps.log.error('demo data not loaded: the database is unreachable (start again with --demo once it is up)');
  }
  const app = createApp(deps);
  const appsDir = env.APPS_DIR || join(import.meta.dirname, '..', '..');
  const built = APPS.filter((name) => existsSync(join(appsDir, name, 'dist', 'index.html')));
  const server = serve({ fetch: app.fetch, hostname: env.HOST, port: env.PORT }, (info) => {
    const base = `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${info.port}`;
    const lines = [
      '',
      `Huiqi (惠企) is running on ${deps.database.kind === 'pglite' ? `the embedded database in ${env.HUIQI_DATA_DIR}` : 'PostgreSQL'}.`,
      ...built.map((name) => `  ${name.padEnd(8)} ${base}/${name}/`),
      ...(built.length < 3 ? [`  (not built yet: ${APPS.filter((a) => !built.includes(a)).join(', ')})`] : []),
      `  API      ${base}/api/health   reference: ${base}/api/docs`,
      '',
      `Demo accounts (password ${DEMO_PASSWORD}):`,
      ...[...DEMO_ACCOUNTS.map((a) => `  ${a.username.padEnd(18)} ${a.role}${a.areaCode ? ` (${a.areaCode})` : ''}`), `  ${'enterprise.demo'.padEnd(18)} enterprise`, `  ${'station.worker'.padEnd(18)} agency`],
      '',
    ];
    process.stdout.write(lines.join('\n') + '\n');
  });

  // Graceful shutdown: stop accepting, let in-flight requests finish, then close the database.
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    deps.log.info('shutting down', { signal });
    server.close(async () => {
      await deps.database.close();
      process.exit(0);
    });
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

void main();
