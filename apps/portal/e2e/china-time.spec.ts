import { expect, test } from '@playwright/test';
import { beijing } from '@huiqi/playwright-config/support';
import { field, signInAsDemoEnterprise } from './support.js';

// 01:30 on 1 January in China is still 31 December in UTC (and the day before in Los Angeles, where
// this browser thinks it is): every date and funding year shown must be China's.
const NEW_YEAR_NIGHT = new Date('2027-01-01T01:30:00+08:00');
test.use({ timezoneId: 'America/Los_Angeles' });

test('at 01:30 China time on 1 January the calculator and matching start at the new funding year', async ({
  page,
}) => {
  await page.clock.setFixedTime(NEW_YEAR_NIGHT);
  await page.goto('/portal/calculator/M7.5');
  await expect(field(page, 'funding-year')).toHaveValue('2027');
  await signInAsDemoEnterprise(page);
  await page.goto('/portal/matching');
  await expect(page.locator('[data-test="match-year"]')).toContainText('2027');
});

test('claim dates and the timeline are shown in China time', async ({ page }) => {
  await signInAsDemoEnterprise(page);
  const list = await (await page.request.get('/api/claims?pageSize=5')).json();
  const claim = list.items[0] as { id: string; createdAt: string; submittedAt: string | null };
  // The list shows when the claim was submitted (a draft: when it was started).
  await expect(page.locator(`[data-test="claim-${claim.id}"]`)).toContainText(
    beijing(claim.submittedAt ?? claim.createdAt).slice(0, 10),
  );
  await page.goto(`/portal/claims/${claim.id}`);
  await expect(page.locator('.el-timeline')).toContainText(beijing(claim.createdAt));
});
