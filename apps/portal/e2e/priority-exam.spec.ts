import { expect, test } from '@playwright/test';
import { asReviewer, creditCode } from './support.js';

/** A valid CNIPA application number of 2025 (12 digits, mod-11 check character). */
function applicationNumber(serial: number): string {
  const first = `20251${String(serial % 10_000_000).padStart(7, '0')}`;
  const W = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const r = [...first].reduce((s, d, i) => s + Number(d) * W[i]!, 0) % 11;
  return `${first}.${r === 10 ? 'X' : r}`;
}
const fullWidth = (s: string) =>
  s.replace(/[0-9.]/g, (c) => (c === '.' ? '．' : String.fromCharCode(0xff10 + Number(c))));

test('M2.1: an enterprise applies for prioritized examination (bad numbers refused at the field, full-width digits taken) and sees the outcome', async ({
  page,
  playwright,
  baseURL,
}, info) => {
  test.setTimeout(90_000);
  const seed = Math.floor(Math.random() * 1e8);
  const reg = await page.request.post('/api/enterprises', {
    data: {
      creditCode: creditCode(seed),
      name: `宁夏优先审查测试${seed}有限公司`,
      areaCode: '640100',
      industry: 'clean-energy',
      srdiLevel: 'provincial',
      contactName: '钱七',
      contactPhone: '13912345672',
      username: `pe${seed}`,
      password: 'Portal#E2e2026',
    },
  });
  expect(reg.ok(), await reg.text()).toBeTruthy();
  const enterpriseId = (await reg.json()).enterprise.id;
  const city = await asReviewer(await playwright.request.newContext({ baseURL }), 'yinchuan.admin');
  expect(
    (
      await city.post(`/api/enterprises/${enterpriseId}/verification`, {
        data: { status: 'verified', srdiVerified: true, comment: '核验' },
      })
    ).ok(),
  ).toBeTruthy();

  await page.goto('/portal/claims');
  await page.locator('[data-test="nav-priority-exam"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('专利优先审查推荐');
  const good = applicationNumber(seed);
  const wrongCheck = good.slice(0, -1) + (good.endsWith('1') ? '2' : '1');
  await page.locator('input[data-test="pe-number-0"]').fill(wrongCheck);
  await page.locator('[data-test="pe-add-number"]').click();
  await page.locator('input[data-test="pe-number-1"]').fill('2025 1 01');
  await page.locator('input[data-test="pe-title"]').fill('一种光伏组件热斑在线检测装置');
  await page.locator('input[data-test="pe-field"]').fill('光伏发电');
  await page.locator('textarea[data-test="pe-reason"]').fill('急');
  await page.locator('[data-test="pe-submit"]').click();
  const form = page.locator('[data-test="pe-form"]');
  await expect(form).toContainText('校验位不符：请核对是否有输错或颠倒的数字。');
  await expect(form).toContainText('专利申请号为12位数字加校验位');
  await expect(page.locator('[data-test="pe-error"]')).toHaveText('请按标注修改后再提交。');
  await page.screenshot({
    path: `test-results/portal-priority-exam-errors-${info.project.name}.png`,
    fullPage: true,
  });

  // The numbers corrected (one typed in full-width digits): the API refuses the short reason at its field.
  await page.locator('input[data-test="pe-number-0"]').fill(fullWidth(good));
  await page.locator('input[data-test="pe-number-1"]').fill(applicationNumber(seed + 1));
  await page.locator('[data-test="pe-submit"]').click();
  await expect(form).toContainText('请说明申请优先审查的理由（至少 10 个字）。');
  expect((await (await page.request.get('/api/priority-exam')).json()).items).toHaveLength(0);
  await page
    .locator('textarea[data-test="pe-reason"]')
    .fill('产品即将上市，需尽快获得专利保护以应对仿制风险。');
  await page.locator('[data-test="pe-submit"]').click();
  await expect(page.locator('[data-test="pe-status"]')).toHaveText('等待市级审核');
  await expect(page.locator('[data-test="pe-mine"]')).toContainText(good);

  // Returned by the city, corrected and sent again; passed; recommended by the region.
  const [mine] = (await (await page.request.get('/api/priority-exam')).json()).items;
  expect(
    (
      await city.post(`/api/priority-exam/${mine.id}/check`, {
        data: { decision: 'return', reason: '请补充产品说明' },
      })
    ).ok(),
  ).toBeTruthy();
  await page.reload();
  await expect(page.locator('[data-test="pe-status"]')).toHaveText('已退回，请修改后重新提交');
  await expect(page.locator('[data-test="pe-check-reason"]')).toContainText('请补充产品说明');
  await page.locator('input[data-test="pe-field"]').fill('光伏发电／组件检测');
  await page.locator('[data-test="pe-submit"]').click();
  await expect(page.locator('[data-test="pe-status"]')).toHaveText('等待市级审核');
  expect(
    (await city.post(`/api/priority-exam/${mine.id}/check`, { data: { decision: 'pass' } })).ok(),
  ).toBeTruthy();
  const region = await asReviewer(await playwright.request.newContext({ baseURL }), 'region.admin');
  const decided = await region.post(`/api/priority-exam/${mine.id}/decision`, {
    data: { decision: 'recommend', overReason: '清洁能源重点项目，自治区重点支持' },
  });
  expect(decided.ok(), await decided.text()).toBeTruthy();
  await page.reload();
  await expect(page.locator('[data-test="pe-status"]')).toHaveText('已推荐享受专利优先审查');
  await expect(page.locator('[data-test="pe-form"]')).toHaveCount(0);
  await page.screenshot({
    path: `test-results/portal-priority-exam-outcome-${info.project.name}.png`,
    fullPage: true,
  });
});
