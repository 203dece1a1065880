import { devices } from '@playwright/test';
import { appConfig } from '@huiqi/playwright-config';

// Agencies work on phones: a phone viewport with touch, and a service worker allowed.
export default appConfig({
  app: 'station',
  appDir: import.meta.dirname,
  projects: [
    { name: 'phone', use: { ...devices['Pixel 7'], browserName: 'chromium', serviceWorkers: 'allow' } },
  ],
});
