import { todayInChina } from '@huiqi/domain';
import { expect, test, type Page } from '@playwright/test';
import { field, nav, signIn } from './support.js';

// M9.3: the Yinchuan IP office's register of patent disputes — the demo's cases with their limits,
// a new request filed (a bad patent number refused at its field first), accepted, and the same page
// at phone width.

async function openRegister(page: Page) {
  await signIn(page, 'yinchuan.admin');
  await nav(page, 'adjudication');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('专利侵权纠纷行政裁决');
  await expect(page.locator('[data-test="adj-cases"] tbody tr').first()).toBeVisible();
}

test('the register shows priority cases and passed limits; a request is filed, refused input first, then accepted', async ({
  page,
}, info) => {
  await openRegister(page);
  const table = page.locator('[data-test="adj-cases"]');
  await expect(table).toContainText('银川市知裁〔');
  await expect(table).toContainText('优先');
  await expect(table.locator('[data-test="adj-next-state"]', { hasText: '已逾期' }).first()).toBeVisible();
  await expect(table).not.toContainText('石嘴山'); // another city's case is not in Yinchuan's register
  await page.screenshot({ path: info.outputPath('register-1440.png'), fullPage: true });

  await page.locator('[data-test="adj-flag"]').getByText('临期或逾期').click();
  await expect(table.locator('tbody tr').first()).toBeVisible();
  await expect(table).not.toContainText('无待办期限');
  await page.locator('[data-test="adj-flag"]').getByText('全部案件').click();
  const before = (await (await page.request.get('/api/adjudication-cases')).json()).items.length;
  await expect(table.locator('tbody tr')).toHaveCount(before);

  await page.locator('[data-test="adj-file"]').click();
  const dialog = page.locator('[data-test="adj-form"]');
  await dialog.locator('[data-test="adj-requester-enterprise"]').click();
  await page.keyboard.type('宁夏');
  await page.locator('.el-select-dropdown__item:visible').first().click();
  await dialog.locator('[data-test="adj-respondent-outside"]').click();
  await field(page, 'adj-respondent-name').fill('甘肃某机电设备有限公司');
  await field(page, 'adj-patent').fill('ZL2023');
  await field(page, 'adj-title').fill('一种光伏支架的连接结构');
  await field(page, 'adj-claims').fill('权利要求1—4');
  await field(page, 'adj-requests').fill('责令被请求人停止制造、销售侵权产品。');
  await page.locator('#adj-received').fill(todayInChina());
  await page.locator('#adj-received').press('Enter');
  await page.locator('[data-test="adj-submit"]').click();
  await expect(dialog.locator('.el-form-item__error')).toContainText('请填写中国专利号');
  // The message above says what to type, never the field's code.
  await expect(dialog.locator('.el-alert')).toContainText('请填写中国专利号');
  await expect(dialog.locator('.el-alert')).not.toContainText('patent');
  await page.screenshot({ path: info.outputPath('refused-1440.png') });
  await field(page, 'adj-patent').fill('ＺＬ２０２３１０９８７６５４.３');
  await page.locator('[data-test="adj-submit"]').click();

  const drawer = page.locator('[data-test="adj-case"]');
  await expect(drawer.locator('[data-test="adj-case-status"]')).toHaveText('待立案');
  await expect(drawer).toContainText('ZL202310987654.3');
  await expect(drawer.locator('[data-test="adj-limit-accept"]')).toHaveText(/进行中|即将到期/);
  await expect(table.locator('tbody tr')).toHaveCount(before + 1);
  await drawer.locator('[data-test="adj-accept"]').click();
  await expect(drawer.locator('[data-test="adj-case-status"]')).toHaveText('已立案');
  await expect(drawer.locator('[data-test="adj-limits"]')).toContainText('送达被请求人');
  await expect(drawer.locator('[data-test="adj-limits"]')).toContainText('结案');
  await page.screenshot({ path: info.outputPath('accepted-1440.png') });
});

test('a decided case opens with its decision document and the basis of each limit, at phone width', async ({
  page,
}, info) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openRegister(page);
  await page.screenshot({ path: info.outputPath('register-390.png'), fullPage: true });
  await page.locator('[data-test="adj-flag"]').getByText('全部案件').click();
  await page.locator('[data-test="adj-status"]').click();
  await page.getByRole('option', { name: '已结案' }).click();
  // The filtered list has arrived when no case in another state is left in it.
  await expect(page.locator('[data-test="adj-cases"]')).not.toContainText(/待立案|已立案|不予受理/);
  await page.locator('[data-test="adj-cases"] tbody tr').first().click();
  const drawer = page.locator('[data-test="adj-case"]');
  await expect(drawer.locator('[data-test="adj-case-status"]')).toHaveText('已结案');
  await expect(drawer.locator('[data-test="adj-doc"]')).toHaveText('行政裁决书（示例）.pdf');
  await expect(drawer.locator('[data-test="adj-limit-decide"]')).toHaveText('按期完成');
  await drawer.getByRole('button', { name: '结案期限（自立案之日起）' }).click();
  await expect(page.locator('.el-popover:visible')).toContainText('专利行政执法办法');
  const download = page.waitForEvent('download');
  await drawer.locator('[data-test="adj-doc"]').click();
  expect((await download).suggestedFilename()).toBe('行政裁决书（示例）.pdf');
  await page.screenshot({ path: info.outputPath('decided-390.png'), fullPage: true });
});
