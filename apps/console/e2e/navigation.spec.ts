import { expect, test } from '@playwright/test';
import { confirmDialog, field, signIn } from './support.js';

/** M4.2 on the console: the floor in 万元 with its warning, the region setting a project's amount, the reports filed. */
const SHOTS = '/tmp/m42-shots';

test('the region sees the floor will not be reached, sets a project amount with its reason, and reads the reports', async ({
  page,
}) => {
  await signIn(page, 'region.admin');
  await page.goto('/console/budgets');
  const floor = page.locator('[data-test^="floor-"]').first();
  await expect(floor).toContainText('100万元');
  await expect(floor).toContainText('每年安排不少于100万元专项资金');
  await expect(floor.locator('[data-test="floor-granted"]')).toHaveText('50万元');
  await expect(floor.locator('[data-test="floor-warning"]')).toContainText('年底前达不到 100万元 的下限');
  await expect(page.locator('[data-test="navigation-reports"]')).toContainText('枸杞多糖高值化提取专利导航');
  await page.screenshot({ path: `${SHOTS}/console-floor-1440.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/console-floor-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1440, height: 900 });

  // The project awaiting the region: the amount is the region's to set, with its reason, at the field.
  const list = await (
    await page.request.get('/api/claims?provision=M4.2&status=city-approved&pageSize=50')
  ).json();
  const project = list.items[0];
  expect(project).toBeDefined();
  await page.goto(`/console/claims/${project.id}`);
  await expect(page.locator('[data-test="sets-amount"]')).toContainText('由自治区核定');
  await expect(page.locator('[data-test="assessment"] [data-test="trace"]')).toContainText(
    '由审核人员在审核时核定',
  );
  await field(page, 'comment').fill('同意立项');
  await page.locator('[data-test="decide"]').click();
  await expect(page.locator('.el-form-item__error').filter({ hasText: '请填写核定金额' })).toHaveCount(1);
  // In 万元, as officials think in it.
  await field(page, 'amount').fill('20');
  await page.locator('[data-test="decide"]').click();
  await expect(page.locator('.el-form-item__error').filter({ hasText: '核定（核减）理由' })).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/console-set-amount-1440.png`, fullPage: true });
  await field(page, 'amount-reason').fill('按导航范围核定，核减外围检索经费');
  await page.locator('[data-test="decide"]').click();
  await confirmDialog(page);
  await expect(page.locator('[data-test="status"]')).toHaveText('已核准');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/console-set-amount-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1440, height: 900 });

  // The year moves by the amount set, still short of the floor.
  await page.goto('/console/budgets');
  await expect(page.locator('[data-test="floor-granted"]').first()).toHaveText('70万元');
  await expect(page.locator('[data-test="floor-warning"]').first()).toBeVisible();
});
