import { expectAccessible } from '@huiqi/playwright-config/a11y';
import { yearInChina } from '@huiqi/domain';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, enterpriseWithClaims, field, nav } from './support.js';

// M9.1 on the console: the industry department (read only, scoped to its area) opens on the year's
// SRDI lists, sees only its pages in the menu, opens an enterprise into its IP profile, claims and
// cases, and is sent back to its lists from any other page; the region creates such an account; the
// import page takes the list's year.

async function signInAs(page: Page, username: string, heading: string) {
  await page.goto('/console/login');
  await field(page, 'username').fill(username);
  await field(page, 'password').fill(DEMO_PASSWORD);
  await page.locator('[data-test="login"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
}

test('a city’s industry department reads its area’s SRDI lists and each enterprise’s profile, nothing else', async ({
  page,
}, info) => {
  await signInAs(page, 'yinchuan.industry', '专精特新企业名单');
  await expect(page).toHaveURL(/\/console\/srdi-lists$/);
  // The menu holds only what the department may read.
  const menu = page.locator('.hq-side nav').first();
  await expect(menu.locator('a')).toHaveText(['企业库', '专精特新名单', '行政裁决']);

  const api = (await (await page.request.get('/api/srdi-lists')).json()) as {
    years: number[];
    year: number;
    items: { name: string; creditCode: string; areaCode: string; level: string }[];
  };
  expect(api.years.length).toBeGreaterThanOrEqual(2);
  expect(api.items.length).toBeGreaterThan(0);
  expect(api.items.every((e) => e.areaCode === '640100')).toBe(true);
  const table = page.locator('[data-test="srdi-entries"]');
  await expect(table.locator('tbody tr')).toHaveCount(api.items.length);
  await expect(table).not.toContainText('石嘴山');
  const giants = api.items.filter((e) => e.level === 'little-giant').length;
  await expect(page.locator('[data-test="srdi-counts"]')).toHaveText(
    `${api.year} 年：自治区级 ${api.items.length - giants} 家，国家级小巨人 ${giants} 家`,
  );
  await page.locator('[data-test="srdi-level"]').getByText('国家级小巨人').click();
  await expect(table.locator('tbody tr')).toHaveCount(giants);
  await expect(table).not.toContainText('自治区级');
  await page.locator('[data-test="srdi-level"]').getByText('全部').click();

  // Last year's list is another list.
  const lastYear = api.years[1]!;
  await page.locator('[data-test="srdi-year"]').click();
  await page.getByRole('option', { name: String(lastYear) }).click();
  await expect(page.locator('[data-test="srdi-counts"]')).toContainText(`${lastYear} 年`);
  await expectAccessible(page);
  await page.screenshot({ path: info.outputPath('srdi-lists-1440.png'), fullPage: true });

  // An enterprise opens into its IP profile, claims and cases; no claim opens for review.
  const first = api.items[0]!;
  await page.locator(`[data-test="srdi-open-${first.creditCode}"]`).click();
  const drawer = page.locator('[data-test="history"]');
  await expect(drawer.locator('[data-test="history-assets"]')).toBeVisible();
  await expect(drawer.locator('[data-test="history-cases"]')).toBeVisible();
  await expect(drawer.getByRole('heading', { name: '知识产权档案' })).toBeVisible();
  await expect(drawer.getByRole('heading', { name: '行政裁决案件' })).toBeVisible();
  await expect(drawer.getByRole('link', { name: '打开' })).toHaveCount(0);
  await expect(drawer.locator('.el-alert')).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: info.outputPath('srdi-profile-1440.png') });
  await page.keyboard.press('Escape');

  // The registry: read only, no export, no verification.
  await nav(page, 'enterprises');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('企业库');
  await expect(page.locator('[data-test="enterprises"] tbody tr').first()).toBeVisible();
  await expect(page.locator('[data-test="e-export"]')).toHaveCount(0);
  await expect(page.locator('[data-test^="verify-"]')).toHaveCount(0);
  // The register: no filing.
  await nav(page, 'adjudication');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('专利侵权纠纷行政裁决');
  await expect(page.locator('[data-test="adj-file"]')).toHaveCount(0);
  // Any other page (an old link, the dashboard) sends it back to its lists.
  for (const path of ['/console/', '/console/queue', '/console/users', '/console/imports']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('专精特新企业名单');
  }
});

test('at phone width the department’s menu is its three pages, and the lists read', async ({
  page,
}, info) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, 'region.industry', '专精特新企业名单');
  await page.locator('[data-test="menu"]').click();
  const drawer = page.locator('.hq-menu-drawer nav');
  await expect(drawer.locator('a')).toHaveText(['企业库', '专精特新名单', '行政裁决']);
  await page.keyboard.press('Escape');
  // The region's department reads every area.
  const all = (await (await page.request.get('/api/srdi-lists')).json()) as { items: { areaCode: string }[] };
  expect(new Set(all.items.map((e) => e.areaCode)).size).toBeGreaterThan(1);
  await expect(page.locator('[data-test="srdi-entries"] tbody tr')).toHaveCount(all.items.length);
  await expectAccessible(page);
  await page.screenshot({ path: info.outputPath('srdi-lists-390.png'), fullPage: true });
});

test('the region creates an industry department account for a city, and imports a list for a chosen year', async ({
  page,
  playwright,
  baseURL,
}, info) => {
  await page.goto('/console/login');
  await field(page, 'username').fill('region.admin');
  await field(page, 'password').fill(DEMO_PASSWORD);
  await page.locator('[data-test="login"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('工作台');
  await nav(page, 'users');
  const username = `wz.industry${Math.floor(Math.random() * 1e6)}`;
  await field(page, 'u-username').fill(username);
  await field(page, 'u-display').fill('吴忠市工业和信息化局');
  await page.locator('[data-test="u-role"]').click();
  await page.getByRole('option', { name: '工业和信息化部门（只读）' }).click();
  await page.locator('[data-test="u-area"]').click();
  await page.getByRole('option', { name: '吴忠市' }).click();
  await field(page, 'u-password').fill('Industry#Dept2026x');
  await page.locator('[data-test="u-add"]').click();
  const row = page.locator('[data-test="users"] tbody tr', { hasText: username });
  await expect(row).toContainText('工业和信息化部门（只读）');
  await expect(row).toContainText('吴忠市');
  await expectAccessible(page);
  await page.screenshot({ path: info.outputPath('users-industry-1440.png'), fullPage: true });

  // The import page: an SRDI list is imported as the chosen year's, and read back as that year's list.
  const { name, enterpriseId, ent } = await enterpriseWithClaims(playwright, baseURL!, []);
  const code = (await (await ent.get(`/api/enterprises/${enterpriseId}`)).json()).creditCode as string;
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名单');
  ws.addRow(['统一社会信用代码', '企业名称', '专精特新级别']);
  ws.addRow([code, name, '自治区级']);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  await nav(page, 'imports');
  await expect(page.locator('#import-year')).toHaveCount(0);
  await page.locator('[data-test="kind-srdi"]').click();
  const yearInput = page.locator('#import-year');
  await expect(yearInput).toHaveValue(String(yearInChina()));
  const year = yearInChina() - 3;
  await yearInput.fill(String(year));
  await yearInput.press('Tab');
  await expect(yearInput).toHaveValue(String(year));
  await page.locator('[data-test="import-file"]').setInputFiles({
    name: '专精特新名单.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  await page.locator('[data-test="import-check"]').click();
  await expect(page.locator('[data-test="import-summary"]')).toContainText('1 行无误，0 行有误');
  await expectAccessible(page);
  await page.locator('[data-test="import-all"]').click();
  await expect(page.locator('[data-test="import-summary"]')).toHaveText(`已导入 1 行，作为 ${year} 年名单。`);
  const kept = (await (await page.request.get(`/api/srdi-lists?year=${year}`)).json()) as {
    items: { creditCode: string }[];
  };
  expect(kept.items.map((e) => e.creditCode)).toEqual([code]);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: info.outputPath('imports-year-390.png'), fullPage: true });
});
