import { devices } from '@playwright/test';
import { appConfig } from '@huiqi/playwright-config';

export default appConfig({
  app: 'portal',
  appDir: import.meta.dirname,
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } },
    { name: 'phone', use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
  ],
});
