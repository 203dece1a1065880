import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// The real API on a fresh embedded database serves the built console; Debian's Chromium drives it
// (never `playwright install`: this machine reaches only the npm registry and Debian's packages).
// Fixed (the config is evaluated again in each worker, so a random port would differ there).
const PORT = Number(process.env.CONSOLE_E2E_PORT ?? 4318);
const dataDir = mkdtempSync(join(tmpdir(), 'huiqi-console-e2e-'));

export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    locale: 'zh-CN',
    trace: 'off',
  },
  // Officials work at a desk: the console is tested at 1440 px (its layout still folds below 800 px).
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } }],
  webServer: {
    // With the demo data: its accounts (region.admin, yinchuan.admin…) act as reviewers in the journeys.
    command: 'node --import tsx src/main.ts --demo',
    cwd: join(import.meta.dirname, '..', 'api'),
    url: `http://127.0.0.1:${PORT}/api/health`,
    env: { PORT: String(PORT), HOST: '127.0.0.1', HUIQI_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
