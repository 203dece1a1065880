import { expect, test } from '@playwright/test';
import { signIn } from './support.js';

// At a desk the page itself never scrolls sideways: a wide table scrolls inside its own box. The
// shell's content column once grew with its widest table (a grid track of 1fr is at least as wide
// as its content), and the claims queue and the adjudication register pushed the page to 1,562 px.
for (const width of [1440, 1280]) {
  test(`at ${width} px no page scrolls sideways, for the city and for the region`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const who of ['yinchuan.admin', 'region.admin']) {
      await signIn(page, who);
      const names = await page
        .locator('[data-test^="nav-"]:visible')
        .evaluateAll((as) => as.map((a) => a.getAttribute('data-test')!));
      expect(names.length).toBeGreaterThan(8);
      for (const name of names) {
        await page.locator(`[data-test="${name}"]:visible`).click();
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await page.waitForLoadState('networkidle');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(
          overflow,
          `${who}: ${name} scrolls sideways by ${overflow} px at ${width} px`,
        ).toBeLessThanOrEqual(0);
      }
      await page.context().clearCookies();
    }
  });
}
