import { expect, test, type Page } from '@playwright/test';
import { addDays, todayInChina, yearInChina } from '@huiqi/domain';
import { nav, signIn } from './support.js';

const visibleOption = (page: Page, text: string | RegExp) =>
  page.locator('.el-select-dropdown:visible .el-select-dropdown__item').filter({ hasText: text }).first();

test('a city official sees the year’s graded assessments against the target of 50 and verifies one waiting', async ({
  page,
}) => {
  await signIn(page, 'yinchuan.admin');
  await nav(page, 'records');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('记录与核验');
  await expect(page.locator('[data-test="figure"]')).toContainText('目标 50 家企业');
  await expect(page.locator('[data-test="figure"]')).toContainText('银川市');
  const before = Number(
    /^(\d+) 家企业/.exec((await page.locator('[data-test="figure"] strong').textContent())!)![1],
  );

  // Verifying counts one more enterprise only where the enterprise had no verified assessment this
  // year yet; which demo records those are depends on the day the demo was loaded, so ask the API.
  const year = yearInChina();
  const list = async (verification: string) =>
    (
      await (
        await page.request.get(
          `/api/records?kind=graded-assessment&year=${year}&verification=${verification}&pageSize=200`,
        )
      ).json()
    ).items as {
      enterpriseName: string;
      areaCode: string;
      closedAt: string | null;
      can: { verify: boolean };
    }[];
  const counted = new Set((await list('verified')).map((r) => r.enterpriseName));
  const candidate = (await list('pending')).find(
    (r) => r.can.verify && r.closedAt && r.areaCode === '640100' && !counted.has(r.enterpriseName),
  );
  expect(candidate, 'the demo keeps an uncounted Yinchuan assessment waiting').toBeTruthy();

  await page.locator('[data-test="verification"]').click();
  await visibleOption(page, '待核验').click();
  const rows = page.locator('[data-test="records"] tbody tr');
  const ready = rows.filter({ has: page.locator('[data-test="verify"]') });
  await expect(ready.first()).toBeVisible();
  const waiting = await ready.count();
  await ready.filter({ hasText: candidate!.enterpriseName }).first().locator('[data-test="verify"]').click();
  await page.locator('[data-test="confirm-decision"]').click();
  await expect(ready).toHaveCount(waiting - 1);
  await expect(page.locator('[data-test="figure"] strong')).toHaveText(`${before + 1} 家企业`);
  await page.screenshot({ path: 'test-results/records-verify-1440.png', fullPage: true });
});

test('the region records a guaranteed loan: bad input is refused at the fields and nothing is saved; the 2亿 target moves', async ({
  page,
}) => {
  await signIn(page, 'region.admin');
  await page.goto('/console/records?kind=guaranteed-loan');
  await expect(page.locator('[data-test="figure"]')).toContainText('目标 ¥200,000,000.00');
  const total = await page.locator('text=/共 \\d+ 条/').textContent();

  await page.locator('[data-test="new-record"]').click();
  const dialog = page.locator('[data-test="record-dialog"]');
  await dialog.locator('[data-test="save-record"]').click();
  await expect(dialog.locator('[data-test="field-guarantor"]')).toContainText('请填写担保机构。');
  await expect(dialog.locator('[data-test="field-pledged"]')).toContainText('请填写质押的知识产权。');
  await expect(page.locator(`text=${total}`)).toBeVisible();

  await dialog.locator('#rec-enterprise').fill('宁夏');
  await visibleOption(page, /有限公司/).click();
  await dialog.locator('#rec-guaranteed-loan-guarantor').fill('宁夏融资担保集团有限公司');
  await dialog.locator('#rec-guaranteed-loan-bank').fill('宁夏银行');
  await dialog.locator('#rec-guaranteed-loan-amount').fill('３００万');
  const today = todayInChina();
  await dialog.locator('#rec-guaranteed-loan-disbursedOn').fill(addDays(today, -10));
  await dialog.locator('#rec-guaranteed-loan-disbursedOn').press('Enter');
  await dialog.locator('#rec-guaranteed-loan-dueOn').fill(addDays(today, -20));
  await dialog.locator('#rec-guaranteed-loan-dueOn').press('Enter');
  await dialog.locator('[data-test="add-pledged"]').click();
  await dialog.getByPlaceholder('登记（注册）号').fill('ZL202310000123.4');
  await dialog.locator('[data-test="save-record"]').click();
  await expect(dialog.locator('[data-test="field-dueOn"]')).toContainText('到期日期');
  await dialog.locator('#rec-guaranteed-loan-dueOn').fill(addDays(today, 350));
  await dialog.locator('#rec-guaranteed-loan-dueOn').press('Enter');
  await dialog.locator('[data-test="save-record"]').click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('[data-test="records"] tbody tr').first()).toContainText('¥3,000,000.00');
});

test.describe('at phone width', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("officials see the agencies' training and campaign events with attendance", async ({ page }) => {
    await signIn(page, 'region.admin');
    await page.goto('/console/records?kind=events');
    await expect(page.locator('[data-test="event-totals"]')).toContainText('M11.2');
    await expect(page.locator('[data-test="events"] tbody tr').first()).toBeVisible();
    await expect(page.locator('[data-test="events"]')).toContainText('知识产权服务万里行');
    await page.screenshot({ path: 'test-results/records-events-390.png', fullPage: true });
  });
});
