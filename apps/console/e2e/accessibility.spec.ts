import { expectAccessible } from '@huiqi/playwright-config/a11y';
import { expect, test } from '@playwright/test';
import { enterpriseWithClaims, nav as openPage, signIn } from './support.js';

// Every page of the console passes axe-core's WCAG 2.1 AA rules with no serious or critical
// violation, as the region (which sees every page) and on the sign-in page.

test('sign-in page', async ({ page }) => {
  await page.goto('/console/login');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page);
});

test('every page as the region, and a claim under review', async ({ page, playwright, baseURL }) => {
  // A dozen pages, each measured by axe: on a loaded two-core machine one page's check took over a
  // minute, so this walk gets the time of several tests (the limit is for a hang).
  test.setTimeout(240_000);
  const { ids } = await enterpriseWithClaims(playwright, baseURL!, [
    { provision: 'M7.5', evaluationFeePaid: '20000.00' },
  ]);
  await signIn(page, 'region.admin');
  for (const nav of [
    'dashboard',
    'queue',
    'budgets',
    'parameters',
    'simulation',
    'scorecard',
    'notices',
    'enterprises',
    'requests',
    'adjudication',
    'imports',
    'users',
    'audit',
  ]) {
    await openPage(page, nav);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);
  }
  await page.goto(`/console/claims/${ids[0]}`);
  await expect(page.locator('[data-test="status"]')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectAccessible(page);
});
