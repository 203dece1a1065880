import { expect, test } from '@playwright/test';
import { confirmDialog, field, nav, signIn } from './support.js';

/** M11.1 in review: a trusteeship agency's claim, its parks and free services, decided like any claim. */
test("the city and the region decide an agency's trusteeship award claim", async ({ page }) => {
  await signIn(page, 'shizuishan.admin');
  await nav(page, 'queue');
  // Found by the agency's name, like an enterprise's.
  await field(page, 'q-q').fill('托管服务中心');
  await page.locator('[data-test="q-search"]').click();
  const row = page.locator('[data-test="queue"] tbody tr', { hasText: '石嘴山市知识产权托管服务中心' });
  await expect(row).toHaveCount(1);
  await row.locator('[data-test="open-claim"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('石嘴山市知识产权托管服务中心');
  await expect(page.locator('[data-test="agency-applicant"]')).toHaveText('服务机构申报');
  const fields = page.locator('[data-test="claim-fields"]');
  await expect(fields).toContainText('托管园区');
  await expect(fields).toContainText('平罗工业园区');
  await expect(fields).toContainText('提供的无偿服务');
  await expect(fields).toContainText('专利信息分析报告 3份');
  await expect(page.locator('[data-test="assessed"]')).toHaveText('¥200,000.00');
  await expect(page.locator('[data-test="assessment"] [data-test="trace"]')).toContainText('M11.1');
  await page.screenshot({ path: '/tmp/ac-shots/console-agency-claim.png', fullPage: true });
  const url = page.url();
  await field(page, 'comment').fill('考核认定文件齐全');
  await page.locator('[data-test="decide"]').click();
  await confirmDialog(page);
  await expect(page.locator('[data-test="status"]')).toHaveText('市级通过，待自治区审核');

  await page.locator('[data-test="logout"]').click();
  await signIn(page, 'region.admin');
  await page.goto(url);
  await field(page, 'comment').fill('同意');
  await page.locator('[data-test="decide"]').click();
  await confirmDialog(page);
  await expect(page.locator('[data-test="status"]')).toHaveText('已核准');
});
