import { expect, test, type Page } from '@playwright/test';
import { confirmDialog, field, signIn } from './support.js';

// M8.2 “百城百品”: the region selects a waiting nomination (asked to confirm, the places left shown),
// refuses one with a reason (an empty reason refused at its field first) and withdraws a selection;
// a city sees its own area's nominations read only; the page at phone width.

async function open(page: Page, user: string) {
  await signIn(page, user);
  await page.locator('[data-test="nav-brands"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('M8.2 “百城百品”商标品牌遴选');
  await expect(page.locator('[data-test="nominations"] tbody tr').first()).toBeVisible();
}
// A row by its brand's exact name, not by any text in it: the demo's brand names are also the
// heads of its enterprises' names (brand 朔方, another row's enterprise 朔方…), so a row's text matches twice.
function rowOf(page: Page, name: string) {
  return page
    .locator('[data-test="nominations"] tbody tr')
    .filter({ has: page.locator('strong').getByText(name, { exact: true }) });
}
async function places(page: Page) {
  return (
    (await (await page.request.get('/api/brand-nominations')).json()) as {
      places: { cap: number; used: number; remaining: number };
    }
  ).places;
}

test('the region selects, refuses with a reason, withdraws a selection; the places follow', async ({
  page,
}, info) => {
  await open(page, 'region.admin');
  const before = await places(page);
  expect(before.cap).toBe(50);
  const remaining = page.locator('[data-test="brand-remaining"]');
  await expect(remaining).toHaveText(`共 50 个，已入选 ${before.used} 个，剩余 ${before.remaining} 个`);
  await page.screenshot({ path: info.outputPath('brands-1440.png'), fullPage: true });

  await page.locator('[data-test="brand-status"]').click();
  await page.getByRole('option', { name: '待遴选' }).click();
  const table = page.locator('[data-test="nominations"]');
  await expect(table).not.toContainText('已入选');
  const waiting = table.locator('tbody tr', {
    has: page.locator('[data-test="brand-select"]:not([disabled])'),
  });
  const first = waiting.first();
  const name = (await first.locator('strong').first().textContent())!.trim();
  await first.locator('[data-test="brand-select"]').click();
  await expect(page.locator('.el-message-box')).toContainText(`剩余 ${before.remaining - 1} 个`);
  await page.screenshot({ path: info.outputPath('confirm-1440.png') });
  await confirmDialog(page);
  await expect(page.locator('[data-test="brand-notice"]')).toHaveText('已入选。');
  await expect(remaining).toHaveText(
    `共 50 个，已入选 ${before.used + 1} 个，剩余 ${before.remaining - 1} 个`,
  );
  await expect(rowOf(page, name).locator('[data-test="brand-state"]')).toHaveText('已入选');

  const next = table.locator('tbody tr', { has: page.locator('[data-test="brand-refuse"]') }).nth(0);
  const refused = (await next.locator('strong').first().textContent())!.trim();
  await next.locator('[data-test="brand-refuse"]').click();
  const dialog = page.locator('[data-test="brand-reason-dialog"]');
  await dialog.locator('[data-test="brand-reason-confirm"]').click();
  await expect(dialog.locator('.el-form-item__error')).toHaveText('请说明理由（至少 5 个字）。');
  await field(page, 'brand-reason').fill('市场信誉证明材料不足，请补充近三年销售数据。');
  await dialog.locator('[data-test="brand-reason-confirm"]').click();
  await expect(page.locator('[data-test="brand-notice"]')).toHaveText('已记录不予入选。');
  await expect(rowOf(page, refused).locator('[data-test="brand-state"]')).toHaveText('未入选');

  // Withdraw the one just selected: the place is free again.
  await page.locator('[data-test="brand-status"]').click();
  await page.getByRole('option', { name: '已入选' }).click();
  await expect(table).not.toContainText('待遴选');
  await rowOf(page, name).locator('[data-test="brand-deselect"]').click();
  await field(page, 'brand-reason').fill('复核发现商标权属存在争议。');
  await dialog.locator('[data-test="brand-reason-confirm"]').click();
  await expect(page.locator('[data-test="brand-notice"]')).toHaveText('已撤销入选，空出 1 个名额。');
  await expect(remaining).toHaveText(`共 50 个，已入选 ${before.used} 个，剩余 ${before.remaining} 个`);
  expect(await places(page)).toEqual(before);
});

test('a city sees its own nominations with their evidence, read only, at phone width too', async ({
  page,
}, info) => {
  await open(page, 'yinchuan.admin');
  const table = page.locator('[data-test="nominations"]');
  await expect(page.getByText('地市可查看本地提名及其材料；遴选由自治区进行。')).toBeVisible();
  await expect(page.locator('[data-test="brand-select"]')).toHaveCount(0);
  const cities = await table.locator('tbody tr td:nth-child(4)').allTextContents();
  expect(cities.length).toBeGreaterThan(0);
  expect(new Set(cities.map((c) => c.trim()))).toEqual(new Set(['银川市']));
  await table.locator('tbody tr .el-table__expand-icon').first().click();
  await expect(page.locator('[data-test="brand-evidence"]').first()).toBeVisible();
  const href = await page.locator('[data-test="brand-evidence"]').first().getAttribute('href');
  expect((await page.request.get(href!)).status()).toBe(200);
  await page.screenshot({ path: info.outputPath('city-1440.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: info.outputPath('city-390.png'), fullPage: true });
});
