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
  await expect(page.locator('[data-test="sc-untracked"]', { hasText: 'M7.2' })).toHaveCount(0);
  // The region's figure opens its records: enterprises served by the guidance station this year.
  const value = page.locator('[data-test="sc-value-M8.1-enterprises"]');
  const n = Number((await value.innerText()).replace(/\D/g, ''));
  expect(n).toBeGreaterThan(0);
  await value.click();
  const records = page.locator('[data-test="sc-records"]');
  await expect(records.locator('tbody tr').first()).toBeVisible();
  await expect(page.locator('[data-test="sc-records-total"]')).toContainText('条记录');
  await expect(records).toContainText('商标注册');
  await expectRecordsFit(page);
  await page.screenshot({ path: `test-results/${shot}`, fullPage: false });
  // A figure whose records say more (M9.1: the list and what the departments see): read in full.
  await page.keyboard.press('Escape');
  const year = await page.locator('#sc-year').inputValue();
  const api = (await (
    await page.request.get(`/api/reports/scorecard/records?fundingYear=${year}&provision=M9.1&figure=shared`)
  ).json()) as { items: { what: { zh: string } }[] };
  expect(api.items.length).toBeGreaterThan(0);
  await page.locator('[data-test="sc-value-M9.1-shared"]').click();
  await expect(records.locator('[data-test="sc-record-what"]').first()).toHaveText(api.items[0]!.what.zh);
  await expectRecordsFit(page);
  await page.screenshot({ path: `test-results/long-${shot}`, fullPage: false });
}

/**
 * The drawer's records fit it: no cell (the 内容 column least of all) ends past the drawer's body or
 * hides part of its text, nothing scrolls sideways, the page included.
 */
async function expectRecordsFit(page: Page) {
  await page.waitForFunction(() => document.getAnimations().length === 0);
  const cut = await page.locator('[data-test="sc-records"]').evaluate((table) => {
    const body = table.closest('.el-drawer__body')!;
    const right = body.getBoundingClientRect().left + body.clientWidth;
    const out: string[] = [];
    if (body.scrollWidth > body.clientWidth)
      out.push(`drawer scrolls sideways by ${body.scrollWidth - body.clientWidth} px`);
    if (document.documentElement.scrollWidth > window.innerWidth) out.push('the page scrolls sideways');
    for (const cell of table.querySelectorAll('th, td')) {
      const r = cell.getBoundingClientRect();
      if (r.right > right + 0.5 || cell.scrollWidth > cell.clientWidth + 1)
        out.push(
          `${cell.textContent?.trim().slice(0, 20)}: ends at ${Math.round(r.right)} of ${Math.round(right)}`,
        );
    }
    return out;
  });
  expect(cut).toEqual([]);
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
