import { expect, test } from '@playwright/test';
import { beijing } from '@huiqi/playwright-config/support';
import { nav, signIn } from './support.js';

// 01:30 on 1 January in China is 31 December in UTC and the afternoon before in Los Angeles, where
// this browser believes it is: the year a page starts at and every time shown must be China's.
test.use({ timezoneId: 'America/Los_Angeles' });

test('at 01:30 China time on 1 January the budgets, dashboard and scorecard open at the new year', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2027-01-01T01:30:00+08:00'));
  await signIn(page, 'region.admin');
  await expect(page.locator('#dash-year')).toHaveValue('2027');
  await nav(page, 'budgets');
  await expect(page.locator('#b-year')).toHaveValue('2027');
  await nav(page, 'scorecard');
  await expect(page.locator('#sc-year')).toHaveValue('2027');
});

test('the audit log shows each row at its China time', async ({ page }) => {
  await signIn(page, 'region.admin');
  const rows = (await (await page.request.get('/api/audit?pageSize=5')).json()).items as { at: string }[];
  await page.goto('/console/audit');
  await expect(page.locator('[data-test="audit"] tbody tr').first()).toContainText(
    beijing(rows[0]!.at, { seconds: true }),
  );
});
