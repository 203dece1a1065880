import { expect, test } from '@playwright/test';
import { enterpriseWithClaims, field, signIn } from './support.js';

test('an enterprise account cannot use the console; a wrong password is refused', async ({ page }) => {
  await page.goto('/console/');
  await expect(page).toHaveURL(/\/console\/login/);
  await field(page, 'username').fill('enterprise.demo');
  await field(page, 'password').fill('Huiqi#2026demo');
  await page.locator('[data-test="login"]').click();
  await expect(page.locator('[data-test="login-error"]')).toContainText('不是管理端账号');
  await field(page, 'username').fill('yinchuan.admin');
  await field(page, 'password').fill('wrong');
  await page.locator('[data-test="login"]').click();
  await expect(page.locator('[data-test="login-error"]')).toContainText('用户名或密码错误');
});

test('review: city returns with a fix list, then approves; region approves a lower amount; another is rejected', async ({ page, playwright, baseURL }) => {
  const { name, ids, ent } = await enterpriseWithClaims(playwright, baseURL!, [
    { provision: 'M7.5', evaluationFeePaid: '20000.00' },
    { provision: 'M7.5', evaluationFeePaid: '3000.00' },
  ]);
  await signIn(page, 'yinchuan.admin');
  await page.locator('[data-test="nav-queue"]').click();
  await field(page, 'q-q').fill(name);
  await page.locator('[data-test="q-search"]').click();
  await expect(page.locator('[data-test="queue"] tbody tr')).toHaveCount(2);
  await page.locator('[data-test="open-claim"]').first().click();
  await expect(page.locator('[data-test="assessed"]')).toHaveText(/¥(18,000|2,700)\.00/);
  await expect(page.locator('[data-test="assessment"] [data-test="trace"]')).toContainText('M7.5');

  // Return the ¥18,000 claim with everything to fix at once.
  await page.goto(`/console/claims/${ids[0]}`);
  await page.locator('[data-test="decision-kind"]').getByText('退回补正').click();
  await field(page, 'comment').fill('请补充材料');
  await field(page, 'fix-items').fill('补充评估报告\n补充评估费发票');
  await page.locator('[data-test="decide"]').click();
  await expect(page.locator('[data-test="status"]')).toHaveText('退回补正');

  // The enterprise resubmits (through the API); the city approves it.
  const claim = await (await ent.get(`/api/applications/${ids[0]}`)).json();
  expect((await ent.post(`/api/applications/${ids[0]}/submit`, { data: { version: claim.version } })).ok()).toBeTruthy();
  await page.reload();
  await field(page, 'comment').fill('材料齐全');
  await page.locator('[data-test="decide"]').click();
  await expect(page.locator('[data-test="status"]')).toHaveText('市级通过，待自治区审核');

  // The second is rejected.
  await page.goto(`/console/claims/${ids[1]}`);
  await page.locator('[data-test="decision-kind"]').getByText('不予支持').click();
  await field(page, 'comment').fill('评估费发票与质押合同不符');
  await page.locator('[data-test="decide"]').click();
  await expect(page.locator('[data-test="status"]')).toHaveText('未通过');

  // The region approves a lower amount, with its reason; a lower amount without one is refused.
  await page.locator('[data-test="logout"]').click();
  await signIn(page, 'region.admin');
  await page.goto(`/console/claims/${ids[0]}`);
  await field(page, 'comment').fill('同意');
  await field(page, 'amount').fill('15000.00');
  await page.locator('[data-test="decide"]').click();
  await expect(page.locator('[data-test="decision-error"]')).toBeVisible();
  await expect(page.locator('[data-test="status"]')).toHaveText('市级通过，待自治区审核');
  await field(page, 'amount-reason').fill('发票金额核减');
  await page.locator('[data-test="decide"]').click();
  await expect(page.locator('[data-test="status"]')).toHaveText('已核准');
  await expect(page.locator('[data-test="others"]')).toContainText('未通过');
});

test('a claim larger than the budget left is refused at approval with the amounts, and nothing changes', async ({ page, playwright, baseURL }) => {
  const patents = Array.from({ length: 7 }, (_, i) => `ZL20191${String(Date.now()).slice(-6)}${i}.${i}`);
  const { ids } = await enterpriseWithClaims(playwright, baseURL!, [{ provision: 'M1.4', patents }]);
  await signIn(page, 'yinchuan.admin');
  await page.goto(`/console/claims/${ids[0]}`);
  await expect(page.locator('[data-test="assessed"]')).toHaveText('¥3,500,000.00');
  await field(page, 'comment').fill('同意');
  await page.locator('[data-test="decide"]').click();
  await expect(page.locator('[data-test="decision-error"]')).toContainText('预算');
  await expect(page.locator('[data-test="status"]')).toHaveText('已提交，待市级审核');
  await page.locator('[data-test="nav-budgets"]').click();
  await expect(page.locator('[data-test="budgets"]')).toContainText('M1.4');
});

test('a parameter change: the claims it affects, then a new dated value in its history; a bad value is refused', async ({ page }) => {
  await signIn(page, 'region.admin');
  await page.locator('[data-test="nav-parameters"]').click();
  await page.locator('[data-test="edit-M7.5.rate"]').click();
  await field(page, 'p-from').fill('2099-01-01');
  await expect(page.locator('[data-test="affects"]')).toContainText('0');
  await field(page, 'p-value').fill('1.5');
  await field(page, 'p-note').fill('测试');
  await page.locator('[data-test="p-save"]').click();
  await expect(page.locator('[data-test="p-error"]')).toBeVisible();
  await field(page, 'p-value').fill('0.8');
  await field(page, 'p-note').fill('终稿调整为80%');
  await page.locator('[data-test="p-save"]').click();
  await expect(page.locator('[data-test="p-saved"]')).toBeVisible();
  await page.locator('[data-test="parameters"] tr', { hasText: 'M7.5.rate' }).locator('.el-table__expand-icon').click();
  await expect(page.locator('[data-test="history-M7.5.rate"]')).toContainText('2099-01-01');
});

test('what-if: lowering the M5.1 cap shows the impact by provision and area, with a chart', async ({ page }) => {
  await signIn(page, 'region.admin');
  await page.locator('[data-test="nav-simulation"]').click();
  await field(page, 's-value-0').fill('100000.00');
  await page.locator('[data-test="s-run"]').click();
  await expect(page.locator('[data-test="s-claims"]')).not.toHaveText('0');
  const before = await page.locator('[data-test="s-before"]').textContent();
  const after = await page.locator('[data-test="s-after"]').textContent();
  expect(before).not.toBe(after);
  await expect(page.locator('[data-test="s-by-provision"]')).toContainText('M5.1');
  await expect(page.locator('[data-test="chart"] canvas').first()).toBeVisible();
  await expect(page.locator('[data-test="s-changed"] tbody tr').first()).toContainText('M5.1');
});

test('registry search and the audit chain verified from the console', async ({ page }) => {
  await signIn(page, 'region.admin');
  await page.locator('[data-test="nav-enterprises"]').click();
  await expect(page.locator('[data-test="enterprises"] tbody tr').first()).toBeVisible();
  await page.locator('[data-test="nav-audit"]').click();
  await page.locator('[data-test="verify-chain"]').click();
  await expect(page.locator('[data-test="chain-verdict"]')).toContainText('哈希链完整');
});

test('the M13 scorecard by area, with its targets, exported as an Excel workbook', async ({ page }) => {
  await signIn(page, 'region.admin');
  await page.locator('[data-test="nav-scorecard"]').click();
  await expect(page.locator('[data-test="sc-areas"]')).toContainText('银川市');
  await expect(page.locator('[data-test="sc-measures"]')).toContainText('M8.1');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test="sc-export"]').click()]);
  expect(download.suggestedFilename()).toMatch(/^scorecard-\d{4}\.xlsx$/);
  const { readFile } = await import('node:fs/promises');
  const data = await readFile((await download.path())!);
  expect(data.subarray(0, 2).toString()).toBe('PK');
});
