import { expect, test } from '@playwright/test';
import { signIn } from './support.js';

// Officials check a figure or a claim on their phones too: at 390 px every page folds into one
// column (the menu behind a button, tables scrolling inside their own box), so the page itself
// never scrolls sideways.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('at 390 px the menu opens from a button and no page scrolls sideways', async ({ page }) => {
  await signIn(page, 'region.admin');
  const menu = page.locator('[data-test="menu"]');
  await expect(menu).toBeVisible();
  const links = page.locator('[data-test^="nav-"]');
  await expect(links.first()).toBeHidden();
  await menu.click();
  // The drawer is loaded the first time it is opened: wait for it before reading its links.
  await expect(page.locator('[data-test^="nav-"]:visible').first()).toBeVisible();
  const names = await page
    .locator('[data-test^="nav-"]:visible')
    .evaluateAll((as) => as.map((a) => a.getAttribute('data-test')!));
  expect(names.length).toBeGreaterThan(8);
  await page.waitForFunction(() => document.getAnimations().length === 0);
  await page.screenshot({ path: 'test-results/phone-menu.png' });
  await page.keyboard.press('Escape');
  for (const name of names) {
    await menu.click();
    await page.locator(`[data-test="${name}"]:visible`).click();
    await expect(page.locator('[data-test^="nav-"]:visible')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.screenshot({ path: `test-results/phone-${name}.png`, fullPage: true });
    expect(overflow, `${name} scrolls sideways by ${overflow} px`).toBeLessThanOrEqual(0);
  }
});
