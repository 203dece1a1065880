import { expectAccessible } from '@huiqi/playwright-config/a11y';
import { expect, test } from '@playwright/test';

// Every page of the station passes axe-core's WCAG 2.1 AA rules with no serious or critical
// violation — with search results showing, and in English too (Vant's own words follow).

test('every station page, signed in as an agency worker', async ({ page, playwright, baseURL }) => {
  // A request in the station's inbox, so that its page is checked too.
  const ent = await playwright.request.newContext({ baseURL });
  await ent.post('/api/auth/login', { data: { username: 'enterprise.demo', password: 'Huiqi#2026demo' } });
  const req = await (
    await ent.post('/api/service-requests', {
      data: {
        kind: 'trademark',
        title: `无障碍检查 ${Date.now()}`,
        description: '产品出口前希望指导站协助商标海外布局。',
      },
    })
  ).json();
  const region = await playwright.request.newContext({ baseURL });
  await region.post('/api/auth/login', { data: { username: 'region.admin', password: 'Huiqi#2026demo' } });
  const agencies = (await (await region.get('/api/agencies')).json()).items as { id: string; kind: string }[];
  expect(
    (
      await region.post(`/api/service-requests/${req.id}/assignment`, {
        data: { agencyId: agencies.find((a) => a.kind === 'trademark-station')!.id },
      })
    ).ok(),
  ).toBeTruthy();

  await page.goto('/station/login');
  await expectAccessible(page);
  // Nothing typed: each field says what to type, at the field.
  await page.locator('[data-test="login"]').tap();
  await expect(page.locator('.van-field__error-message')).toHaveText(['请输入用户名。', '请输入密码。']);
  await expectAccessible(page);
  await page
    .locator('[data-test="username"] input, input[data-test="username"]')
    .first()
    .fill('station.worker');
  await page
    .locator('[data-test="password"] input, input[data-test="password"]')
    .first()
    .fill('Huiqi#2026demo');
  await page.locator('[data-test="login"]').tap();
  await expect(page.locator('.van-nav-bar__title')).toHaveText('记录服务');
  await expectAccessible(page);
  const find = page.locator('[data-test="find"] input, input[data-test="find"]').first();
  await find.fill('宁夏');
  await find.press('Enter');
  await expect(page.locator('[data-test="results"] .van-cell').first()).toBeVisible();
  await expectAccessible(page);
  for (const path of [
    '/station/inbox',
    '/station/targets',
    '/station/events',
    '/station/me',
    '/station/brands',
  ]) {
    await page.goto(path);
    await expect(page.locator('.van-nav-bar__title')).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);
  }
  await page.goto(`/station/inbox/${req.id}`);
  await expect(page.locator('[data-test="request-status"]')).toBeVisible();
  await expectAccessible(page);
  // In English, Vant's own words follow the chosen language.
  await page.goto('/station/me');
  await page.locator('[data-test="lang"]').tap();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectAccessible(page);
});
