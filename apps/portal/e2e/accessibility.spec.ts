import { expectAccessible } from '@huiqi/playwright-config/a11y';
import { expect, test } from '@playwright/test';
import { enterpriseWithClaimStates, field } from './support.js';

// Every page of the portal, as an anonymous visitor and as the demo enterprise, passes axe-core's
// WCAG 2.1 AA rules with no serious or critical violation — at both widths (the projects).

test('public pages: policy, calculator with a result, notices, sign-in, registration', async ({ page }) => {
  await page.goto('/portal/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.goto('/portal/calculator/M7.5');
  await field(page, 'evaluationFeePaid').fill('20000');
  await page.locator('[data-test="calculate"]').click();
  await expect(page.locator('[data-test="amount"]')).toBeVisible();
  await expectAccessible(page);
  await page.goto('/portal/notices');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.goto('/portal/login');
  await expectAccessible(page);
  await page.goto('/portal/register');
  await expectAccessible(page);
});

test('signed-in pages: claims, a draft, a returned and an approved claim, the approval notice, matching, requests, profile', async ({
  page,
  playwright,
  baseURL,
}) => {
  const ids = await enterpriseWithClaimStates(page, playwright, baseURL!);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('我的申报');
  await expectAccessible(page);
  for (const id of [ids.draft, ids.returned, ids.approved]) {
    await page.goto(`/portal/claims/${id}`);
    await expect(page.locator('[data-test="status"]')).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);
  }
  await page.goto(`/portal/claims/${ids.approved}/notice`);
  await expect(page.locator('[data-test="notice-amount"]')).toBeVisible();
  await expectAccessible(page);
  for (const path of ['/portal/matching', '/portal/requests', '/portal/profile']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);
  }
});
