import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, field, nav, signIn } from './support.js';

test("an anonymous visitor never sees the officials' layout, only the sign-in page", async ({ page }) => {
  // Records whether the signed-in shell is ever drawn, from the first script on.
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.querySelector('.hq-shell')) (window as unknown as { shellSeen: boolean }).shellSeen = true;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/console/queue');
  await expect(page).toHaveURL(/\/console\/login/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { shellSeen?: boolean }).shellSeen ?? false)).toBe(
    false,
  );
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/console/favicon.svg');
  expect((await page.request.get('/console/favicon.svg')).ok()).toBeTruthy();
});

test('an agency account is told to use the service station, with a link to it', async ({ page }) => {
  await page.goto('/console/login');
  await field(page, 'username').fill('station.worker');
  await field(page, 'password').fill(DEMO_PASSWORD);
  await page.locator('[data-test="login"]').click();
  await expect(page.locator('[data-test="use-other-app"]')).toContainText('服务机构账号，请在服务站办理');
  await expect(page.locator('[data-test="use-other-app"] a')).toHaveAttribute('href', '/station/');
});

test('names, never codes: the header, the audit log; Element Plus speaks the chosen language', async ({
  page,
}) => {
  await signIn(page, 'yinchuan.admin');
  await expect(page.locator('[data-test="who"]')).toHaveText(/市级管理员 · 银川市$/);
  await nav(page, 'queue');
  await expect(page.locator('.el-pagination__total')).toContainText(/共 \d+ 条/);
  await expect(page.locator('.el-pagination__sizes')).toContainText('条/页');
  await page.locator('[data-test="logout"]').click();

  await signIn(page, 'region.admin');
  await nav(page, 'audit');
  const audit = page.locator('[data-test="audit"]');
  await expect(audit).toContainText('登录');
  await expect(audit).toContainText('自治区管理员');
  await expect(audit).not.toContainText('auth.login');
  await expect(audit).not.toContainText('region-admin');
  // The action filter offers names; picking one lists only that action.
  await page.locator('#a-action').click();
  await page.getByRole('option', { name: '登录', exact: true }).click();
  await page.getByRole('button', { name: '查询' }).click();
  await expect(audit.locator('tbody tr').first()).toContainText('登录');

  await page.locator('[data-test="lang"]').click();
  await expect(page.locator('.el-pagination__total')).toContainText(/Total \d+/);
  await expect(audit).toContainText('Signed in');
  await expect(page.locator('[data-test="who"]')).toContainText('Region administrator');
});

test('budgets and the scorecard in 万元, with the exact yuan on hover', async ({ page }) => {
  await signIn(page, 'region.admin');
  await nav(page, 'budgets');
  const cell = page.locator('[data-test="budgets"] .hq-wan').first();
  await expect(cell).toHaveText(/^[\d.]+万元$/);
  await expect(cell).toHaveAttribute('title', /^¥[\d,]+\.\d{2}$/);
  await nav(page, 'scorecard');
  await expect(page.locator('[data-test="sc-areas"] .hq-wan').first()).toHaveText(/万元$/);
});
