import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

/** A port nobody listens on now, asked of the system (synchronously: the config is not async). */
function freePort() {
  const script =
    "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

/**
 * A value chosen once per run: the config is evaluated again in each worker, which inherits the
 * runner's environment, so the first evaluation's choice is kept there for the others.
 * @param {string} key @param {() => string} choose
 */
function once(key, choose) {
  process.env[key] ??= choose();
  return process.env[key];
}

/**
 * The Playwright config of an app: the real API (with the demo data, whose accounts act in the
 * journeys) on a fresh embedded database serves the built app; Debian's Chromium drives it — never
 * `playwright install`: these machines reach only the npm registry and Debian's packages.
 * The server listens on a free port (HUIQI_E2E_PORT chooses one), so two runs on one machine do not
 * collide; its data folder is removed when the run ends.
 *
 * @param {{ app: string, projects: import('@playwright/test').Project[], appDir: string }} o
 */
export function appConfig({ app, projects, appDir }) {
  const port = Number(
    once(`HUIQI_E2E_PORT_${app.toUpperCase()}`, () => process.env.HUIQI_E2E_PORT ?? String(freePort())),
  );
  const dataDir = once(`HUIQI_E2E_DATA_${app.toUpperCase()}`, () =>
    mkdtempSync(join(tmpdir(), `huiqi-${app}-e2e-`)),
  );
  return defineConfig({
    globalTeardown: fileURLToPath(new URL('./teardown.js', import.meta.url)),
    testDir: './e2e',
    timeout: 60_000,
    fullyParallel: false,
    workers: 1,
    reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
    use: {
      baseURL: `http://127.0.0.1:${port}`,
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      },
      locale: 'zh-CN',
      trace: 'off',
    },
    projects,
    webServer: {
      command: 'node --import tsx src/main.ts --demo',
      cwd: join(appDir, '..', 'api'),
      url: `http://127.0.0.1:${port}/api/health`,
      // The journeys sign in and register from one address far more often than a person would.
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        HUIQI_DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        RATE_LOGIN_PER_MINUTE: '100000',
        RATE_REGISTER_PER_HOUR: '100000',
        RATE_ASSESS_PER_MINUTE: '100000',
      },
      reuseExistingServer: false,
      // Loading the demo data on a fresh database takes ~15 s on a quiet 2-core machine, several
      // times that while other builds share it.
      timeout: 180_000,
    },
  });
}
