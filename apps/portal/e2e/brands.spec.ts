import { expectAccessible } from '@huiqi/playwright-config/a11y';
import { expect, test } from '@playwright/test';
import { field, signInAsDemoEnterprise } from './support.js';

// M8.2 “百城百品”: the published list needs no sign-in; the demo enterprise nominates a trademark
// (a bad registration number refused at its field first) and uploads both kinds of evidence.
// Each project (1440 px and 390 px) runs it against the same server: a registration number of its own.

const PDF = (name: string) => ({
  name,
  mimeType: 'application/pdf',
  buffer: Buffer.from('%PDF-1.4\n% brand evidence\n%%EOF\n'),
});

test('the selected brands are published without signing in: a table on a desktop, cards on a phone, never sideways', async ({
  page,
}, info) => {
  const api = (await (await page.request.get('/api/brands/selected')).json()) as { items: unknown[] };
  expect(api.items.length).toBeGreaterThan(0);
  await page.goto('/portal/brands');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('“百城百品”入选商标品牌');
  const list = page.locator('[data-test="selected-brands"]');
  const phone = info.project.name === 'phone';
  const entries = phone ? list.locator('[data-test="brand-card"]') : list.locator('tbody tr');
  await expect(entries).toHaveCount(api.items.length);
  // Element Plus draws a table as a head table and a body table.
  expect((await list.locator('table').count()) > 0).toBe(!phone);
  await expect(list).toContainText('塞上江南');
  await expect(list).toContainText('第 29 类');
  await expect(list).toContainText(/银川市|石嘴山市|吴忠市|固原市|中卫市|宁东/);
  await expect(page.locator('[data-test="brand-count"]')).toHaveText(`共 ${api.items.length} 个`);
  if (phone) {
    // Every card shows its city whole, inside the screen.
    const width = page.viewportSize()!.width;
    for (const cityCell of await list.locator('[data-test="brand-city"]').all()) {
      await expect(cityCell).toHaveText(/银川市|石嘴山市|吴忠市|固原市|中卫市|宁东/);
      const box = (await cityCell.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    }
  }
  // No sideways scroll of the page, and nothing inside the list scrolls sideways either.
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBe(0);
  expect(
    await list.evaluate((el) =>
      [el, ...el.querySelectorAll('*')].some(
        (x) => x.scrollWidth > x.clientWidth + 1 && getComputedStyle(x).overflowX !== 'visible',
      ),
    ),
  ).toBe(false);
  await expectAccessible(page);
  await page.screenshot({ path: info.outputPath(`public-${info.project.name}.png`), fullPage: true });
});

test('the demo enterprise nominates a brand: refused at the field, then nominated with its evidence', async ({
  page,
}, info) => {
  const reg = String(40_000_000 + Math.floor(Math.random() * 9_000_000));
  await signInAsDemoEnterprise(page);
  await page.locator('[data-test="nav-brands"]').click();
  await page.locator('[data-test="brand-nominate-link"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('提名“百城百品”商标品牌');
  // The registrant starts as the enterprise's registered name.
  await expect(field(page, 'bn-owner')).not.toHaveValue('');
  await field(page, 'bn-name').fill('贺兰晴雪');
  await field(page, 'bn-reg').fill('12AB');
  await page.locator('[data-test="bn-submit"]').click();
  const form = page.locator('[data-test="brand-form"]');
  await expect(form.locator('.el-form-item__error')).toContainText([
    '注册号须为 6 至 10 位数字',
    '请选择 1 至 45 之间的尼斯分类',
  ]);
  await page.screenshot({ path: info.outputPath(`refused-${info.project.name}.png`), fullPage: true });

  await field(page, 'bn-reg').fill(reg);
  await page.locator('[data-test="bn-class"]').click();
  await page.getByRole('option', { name: '第 33 类' }).click();
  await page.locator('textarea[data-test="bn-statement"]').fill('葡萄酒主商标，贺兰山东麓产区代表品牌。');
  await page.locator('[data-test="bn-submit"]').click();
  await expect(page.getByRole('status').filter({ hasText: '已提交提名' })).toBeVisible();
  const card = page.locator('[data-test="my-nomination"]', { hasText: reg });
  await expect(card.locator('[data-test="bn-status"]')).toHaveText('待遴选');
  await expect(card).toContainText('入选须有显著性和市场信誉两类材料');
  await card
    .locator('[data-test="bn-upload-distinctiveness"] input[type="file"]')
    .setInputFiles(PDF('注册证.pdf'));
  await expect(card.locator('[data-test="bn-file"]')).toHaveCount(1);
  await card
    .locator('[data-test="bn-upload-reputation"] input[type="file"]')
    .setInputFiles(PDF('获奖证书.pdf'));
  await expect(card.locator('[data-test="bn-file"]')).toHaveCount(2);
  await expect(card).not.toContainText('入选须有显著性和市场信誉两类材料');
  // The same registration twice: refused under its field.
  await field(page, 'bn-name').fill('贺兰晴雪');
  await field(page, 'bn-reg').fill(reg);
  await page.locator('[data-test="bn-class"]').click();
  await page.getByRole('option', { name: '第 33 类' }).click();
  await page.locator('[data-test="bn-submit"]').click();
  await expect(form.locator('.el-form-item__error')).toContainText('已在');
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath(`nominated-${info.project.name}.png`), fullPage: true });
});
