import { expect, test } from '@playwright/test';
import { signIn } from './support.js';

test('the header opens the notification centre, with what is unread counted', async ({ page }) => {
  await signIn(page, 'yinchuan.admin');
  const bell = page.locator('[data-test="bell"]');
  await expect(bell).toHaveAttribute('aria-label', /^消息 \d+ 条未读$/);
  await bell.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('消息中心');
  await expect(page.locator('[data-test="unread-count"]')).toHaveText(/^\d+ 条未读$/);
  await page.locator('[data-test="only-unread"]').click();
  await expect(page.locator('[data-test="unread-count"]')).toBeVisible();
  await page.screenshot({ path: 'test-results/messages-1440.png', fullPage: true });
});
