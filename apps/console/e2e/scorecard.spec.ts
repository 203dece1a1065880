import { expect, test, type Page } from '@playwright/test';
import { nav, signIn } from './support.js';

/** M13.1: every figure the provisions declare, opened into its records, at a desk and on a phone. */
async function drillDown(page: Page, shot: string) {
  await signIn(page, 'region.admin');
  await nav(page, 'scorecard');
  const measures = page.locator('[data-test="sc-measures"]');
  // Rows come from the registry: a count target with its goal, money reported in 万元, services.
  await expect(measures).toContainText('M8.1');
  await expect(measures).toContainText('商标品牌指导站服务的企业数');
  await expect(page.locator('[data-test="sc-goal-M8.1-enterprises"]')).toContainText('≥ 50 家');
  await expect(page.locator('[data-test="sc-goal-M4.2-granted"]')).toContainText('≥ 100万元');
  await expect(measures).toContainText('M7.5');
  // Every record kind is a figure of its provision (M7.2's guaranteed loans in yuan), none waiting.
  await expect(page.locator('[data-test="sc-value-M7.2-guaranteed-loan"]')).toBeVisible();
  await expect(page.locator('[data-test="sc-untracked"]')).not.toContainText('M7.2');
  // The region's figure opens its records: enterprises served by the guidance station this year.
  const value = page.locator('[data-test="sc-value-M8.1-enterprises"]');
  const n = Number((await value.innerText()).replace(/\D/g, ''));
  expect(n).toBeGreaterThan(0);
  await value.click();
  const records = page.locator('[data-test="sc-records"]');
  await expect(records.locator('tbody tr').first()).toBeVisible();
  await expect(page.locator('[data-test="sc-records-total"]')).toContainText('条记录');
  await expect(records).toContainText('商标注册');
  await page.screenshot({ path: `test-results/${shot}`, fullPage: false });
}

test('the scorecard at 1440 px: each measure against its target, a figure opened into its records', async ({
  page,
}) => {
  await drillDown(page, 'scorecard-1440.png');
});

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the scorecard on a phone: the same figures and records, the drawer full width', async ({ page }) => {
    await drillDown(page, 'scorecard-390.png');
  });
});

test('a record kind’s figure: the region’s matchmaking events, opened into the enterprises attending', async ({
  page,
}) => {
  await signIn(page, 'region.admin');
  await nav(page, 'scorecard');
  const year = await page.locator('#sc-year').inputValue();
  const api = (await (
    await page.request.get(
      `/api/reports/scorecard/records?fundingYear=${year}&provision=M5.2&figure=matchmaking-event`,
    )
  ).json()) as { total: number; items: { enterpriseName: string; what: { zh: string } }[] };
  const value = page.locator('[data-test="sc-value-M5.2-matchmaking-event"]');
  await expect(value).toHaveText(`${new Set(api.items.map((i) => i.enterpriseName)).size} 家`);
  await value.click();
  await expect(page.locator('[data-test="sc-records-total"]')).toContainText(`${api.total} 条记录`);
  if (api.total) {
    const records = page.locator('[data-test="sc-records"]');
    await expect(records.locator('tbody tr')).toHaveCount(api.total);
    await expect(records).toContainText(api.items[0]!.what.zh);
  }
  await page.screenshot({ path: 'test-results/scorecard-records-1440.png' });
});
