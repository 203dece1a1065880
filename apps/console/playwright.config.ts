import { devices } from '@playwright/test';
import { appConfig } from '@huiqi/playwright-config';

// Officials work at a desk: the console is tested at 1440 px (its layout still folds below 800 px).
export default appConfig({
  app: 'console',
  appDir: import.meta.dirname,
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } },
  ],
});
