import ExcelJS from 'exceljs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD, enterpriseWithClaims, signIn } from './support.js';

/** A valid CNIPA application number of 2025 (12 digits, mod-11 check character). */
function applicationNumber(serial: number): string {
  const first = `20251${String(serial % 10_000_000).padStart(7, '0')}`;
  const W = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const r = [...first].reduce((s, d, i) => s + Number(d) * W[i]!, 0) % 11;
  return `${first}.${r === 10 ? 'X' : r}`;
}

test('M2.1: the city returns and passes, the region reorders, recommends past "about 50" with a reason, and exports the list', async ({
  page,
  playwright,
  baseURL,
}, info) => {
  test.setTimeout(120_000);
  const apply = async (industry: string) => {
    const e = await enterpriseWithClaims(playwright, baseURL!, []);
    const res = await e.ent.post('/api/priority-exam', {
      data: {
        applicationNumbers: [applicationNumber(Math.floor(Math.random() * 1e7))],
        patentTitle: industry === 'wine' ? '一种葡萄酒橡木桶陈酿控温方法' : '一种光伏组件清洗机器人',
        technicalField: industry === 'wine' ? '酿酒工艺' : '光伏运维',
        industry,
        reason: '产品即将上市，需尽快获得专利保护以应对仿制风险。',
      },
    });
    expect(res.ok(), await res.text()).toBeTruthy();
    return { ...(await res.json()), name: e.name } as { id: string; name: string };
  };
  const returned = await apply('wine');
  const passed = await apply('clean-energy');

  // The city: return one (a reason is required, at its field), pass the other.
  await signIn(page, 'yinchuan.admin');
  await page.goto('/console/priority-exam');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('专利优先审查推荐');
  await page.locator('[data-test="pe-filter-submitted"]').click();
  await page.locator(`[data-test="pe-return-${returned.id}"]`).click();
  const dialog = page.locator('[data-test="pe-dialog"]');
  await dialog.locator('[data-test="pe-confirm"]').click();
  await expect(dialog).toContainText('请说明退回理由（至少 5 个字）。');
  await dialog.locator('textarea[data-test="pe-reason"]').fill('请补充技术领域与产品的对应关系');
  await dialog.locator('[data-test="pe-confirm"]').click();
  await expect(dialog).toBeHidden();
  await page.locator(`[data-test="pe-pass-${passed.id}"]`).click();
  await page.locator('[data-test="pe-filter"]').getByText('全部', { exact: true }).click();
  await expect(page.locator(`[data-test="pe-status-${returned.id}"]`)).toHaveText('已退回');
  await expect(page.locator(`[data-test="pe-status-${passed.id}"]`)).toHaveText('待自治区推荐');
  await page.screenshot({
    path: `test-results/console-priority-exam-city-${info.project.name}.png`,
    fullPage: true,
  });
  // The same at 390 px (officials at a desk mostly; the page still folds).
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `test-results/console-priority-exam-city-390.png` });
  await page.setViewportSize({ width: 1440, height: 900 });

  // The region: move the passed one up, save the order.
  await page.context().clearCookies();
  await signIn(page, 'region.admin');
  await page.goto('/console/priority-exam');
  const rank = page.locator(`[data-test="pe-rank-${passed.id}"]`);
  await expect(rank).toBeVisible();
  const before = Number(await rank.textContent());
  await page.locator(`[data-test="pe-up-${passed.id}"]`).click();
  await expect(rank).toHaveText(String(before - 1));
  await page.locator('[data-test="pe-save-order"]').click();
  await expect(page.getByText('排序已保存。')).toBeVisible();

  // Fill the year up to "about 50" (50 × 1.1 = 55) through the API, then recommend past it here.
  const region: APIRequestContext = await playwright.request.newContext({ baseURL });
  await region.post('/api/auth/login', { data: { username: 'region.admin', password: DEMO_PASSWORD } });
  const list = await (await region.get('/api/priority-exam')).json();
  for (const a of list.items as { id: string; status: string }[]) {
    if (list.tally.recommended >= list.tally.upperBound) break;
    if (a.status !== 'passed' || a.id === passed.id) continue;
    const r = await region.post(`/api/priority-exam/${a.id}/decision`, { data: { decision: 'recommend' } });
    expect(r.ok(), await r.text()).toBeTruthy();
    list.tally = (await r.json()).tally;
  }
  expect(list.tally.recommended).toBeGreaterThanOrEqual(list.tally.upperBound);
  await page.reload();
  await expect(page.locator('[data-test="pe-over"]')).toBeVisible();
  await page.locator(`[data-test="pe-recommend-${passed.id}"]`).click();
  await expect(dialog).toContainText('超出推荐数量');
  await dialog.locator('[data-test="pe-confirm"]').click();
  await expect(dialog).toContainText('请说明超出推荐数量的理由（至少 5 个字）。');
  await dialog.locator('textarea[data-test="pe-reason"]').fill('清洁能源重点项目，自治区重点支持');
  await dialog.locator('[data-test="pe-confirm"]').click();
  await expect(dialog).toBeHidden();
  await expect(page.locator(`[data-test="pe-status-${passed.id}"]`)).toHaveText('已推荐');
  await expect(page.locator('[data-test="pe-rows"]')).toContainText(
    '超出理由：清洁能源重点项目，自治区重点支持',
  );
  await page.screenshot({
    path: `test-results/console-priority-exam-region-${info.project.name}.png`,
    fullPage: true,
  });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `test-results/console-priority-exam-region-390.png` });
  await page.setViewportSize({ width: 1440, height: 900 });

  // The export: what the national office asks for, the one recommended past the number with its reason.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-test="pe-export"]').click(),
  ]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  const ws = wb.worksheets[0]!;
  expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([
    '推荐序号',
    '申请人',
    '统一社会信用代码',
    '专利申请号',
    '发明创造名称',
    '技术领域',
    '所属产业',
    '是否重点产业',
    '所在地区',
    '联系人',
    '联系电话',
    '超出推荐数量的理由',
  ]);
  const rows: unknown[][] = [];
  ws.eachRow((r, i) => i > 1 && rows.push((r.values as unknown[]).slice(1)));
  expect(rows.length).toBe(list.tally.recommended + 1);
  expect(rows.find((r) => r[1] === passed.name)).toEqual(
    expect.arrayContaining(['清洁能源', '是', '银川市', '清洁能源重点项目，自治区重点支持']),
  );
});
