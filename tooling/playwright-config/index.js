import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * The Playwright config of an app: the real API (with the demo data, whose accounts act in the
 * journeys) on a fresh embedded database serves the built app; Debian's Chromium drives it — never
 * `playwright install`: these machines reach only the npm registry and Debian's packages.
 * The port is fixed per app (the config is evaluated again in each worker, so a random port would
 * differ there) and the apps' suites run one after another.
 *
 * @param {{ app: string, port: number, projects: import('@playwright/test').Project[], appDir: string }} o
 */
export function appConfig({ app, port, projects, appDir }) {
  const dataDir = mkdtempSync(join(tmpdir(), `huiqi-${app}-e2e-`));
  return defineConfig({
    testDir: './e2e',
    timeout: 60_000,
    fullyParallel: false,
    workers: 1,
    reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
    use: {
      baseURL: `http://127.0.0.1:${port}`,
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
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
      env: { PORT: String(port), HOST: '127.0.0.1', HUIQI_DATA_DIR: dataDir, LOG_LEVEL: 'warn', RATE_LOGIN_PER_MINUTE: '100000', RATE_REGISTER_PER_HOUR: '100000', RATE_ASSESS_PER_MINUTE: '100000' },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  });
}
