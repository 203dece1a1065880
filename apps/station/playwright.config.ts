import { devices } from '@playwright/test';
import { appConfig } from '@huiqi/playwright-config';

// Agencies work on phones: a phone viewport with touch, and a service worker allowed.
export default appConfig({
  app: 'station',
  port: Number(process.env.STATION_E2E_PORT ?? 4319),
  appDir: import.meta.dirname,
  projects: [{ name: 'phone', use: { ...devices['Pixel 7'], browserName: 'chromium', serviceWorkers: 'allow' } }],
});
