import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, enterpriseWithClaims, nav, signIn } from './support.js';

// M9.2 / M10.1: the Yinchuan office triages its enterprises' requests — the demo's overdue one
// flagged, a new case lead assigned (refused first without an agency, at its field) with the
// registry's 15 working days, then moved to another agency with the reason; the same page at 390 px.

async function openTriage(page: Page) {
  await signIn(page, 'yinchuan.admin');
  await nav(page, 'requests');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('服务请求分派');
  await expect(page.locator('[data-test="req-rows"] tbody tr').first()).toBeVisible();
}

test('the overdue are flagged; a case lead is assigned with the default time, then reassigned with a reason', async ({
  page,
  playwright,
  baseURL,
}, info) => {
  const { name, ent } = await enterpriseWithClaims(playwright, baseURL!, []);
  const title = `仿冒线索${Math.floor(Math.random() * 1e6)}`;
  const sent = await ent.post('/api/service-requests', {
    data: {
      kind: 'case-lead',
      title,
      description: '在某电商平台发现仿冒我司专利产品的销售链接，请协助取证。',
    },
  });
  expect(sent.ok(), await sent.text()).toBeTruthy();

  await openTriage(page);
  const table = page.locator('[data-test="req-rows"]');
  const overdueRow = table.locator('tbody tr', { hasText: '被诉专利侵权请求维权援助' });
  await expect(overdueRow.locator('[data-test="due"]')).toHaveAttribute('data-due', 'danger');
  await expect(overdueRow.locator('[data-test="due"]')).toContainText('已超期');
  await expect(overdueRow).toContainText('宁夏知识产权维权援助中心');
  await page.screenshot({ path: info.outputPath('triage-1440.png'), fullPage: true });

  // Only the overdue: every row flagged, the new request not among them.
  await page.locator('[data-test="req-overdue"]').getByText('仅看已超期').click();
  await expect(table).not.toContainText(title);
  const flagged = table.locator('tbody tr');
  await expect(flagged.first()).toBeVisible();
  const n = await flagged.count();
  await expect(table.locator('[data-test="due"][data-due="danger"]')).toHaveCount(n);
  await page.locator('[data-test="req-overdue"]').getByText('全部请求').click();

  // By kind: case leads only (M9.2).
  await page.locator('[data-test="req-kind"]').click();
  await page.getByRole('option', { name: '报告侵权案件线索', exact: true }).click();
  await expect(table).not.toContainText('被诉专利侵权请求维权援助');
  const row = table.locator('tbody tr', { hasText: title });
  await expect(row).toContainText(name);
  await expect(row).toContainText('待分派');
  await expect(row).toContainText('尚未分派');
  await row.getByRole('button', { name: title }).click();

  const drawer = page.locator('[data-test="req-detail"]');
  await expect(drawer.locator('[data-test="req-detail-state"]')).toHaveText('待分派');
  await expect(drawer.locator('[data-test="req-days-hint"]')).toContainText(
    '默认按政策参数“服务请求办理时限”：15 个工作日（平台解释）',
  );
  await drawer.locator('[data-test="req-submit"]').click();
  await expect(drawer.locator('.el-form-item__error')).toHaveText('请选择承办的服务机构。');
  await expect(drawer.locator('[data-test="req-detail-state"]')).toHaveText('待分派');

  await drawer.locator('[data-test="req-agency-select"]').click();
  await page.getByRole('option', { name: /宁夏知识产权维权援助中心/ }).click();
  await drawer.locator('[data-test="req-submit"]').click();
  await expect(drawer.locator('[data-test="req-done"]')).toHaveText('已分派给 宁夏知识产权维权援助中心');
  await expect(drawer.locator('[data-test="req-detail-state"]')).toHaveText('已分派');
  await expect(drawer.locator('[data-test="req-detail-agency"]')).toHaveText('宁夏知识产权维权援助中心');
  await expect(drawer.locator('[data-test="due"]')).toContainText('剩15个工作日');
  await expect(drawer.locator('[data-test="req-history"]')).toContainText(
    '分派给 宁夏知识产权维权援助中心 · 15 个工作日',
  );
  await expect(row).toContainText('宁夏知识产权维权援助中心');

  // Reassign: the reason is asked for at its field, then the request moves with a time of its own.
  await drawer.locator('[data-test="req-agency-select"]').click();
  await page.getByRole('option', { name: /银川市商标品牌指导站/ }).click();
  await drawer.locator('#req-days').fill('10');
  await drawer.locator('[data-test="req-submit"]').click();
  await expect(drawer.locator('.el-form-item__error')).toContainText('请说明改派的原因');
  await expect(drawer.locator('[data-test="req-detail-agency"]')).toHaveText('宁夏知识产权维权援助中心');
  await drawer
    .locator('textarea[data-test="req-reason"], [data-test="req-reason"] textarea')
    .first()
    .fill('线索涉及商标侵权，改由商标品牌指导站办理');
  await drawer.locator('[data-test="req-submit"]').click();
  await expect(drawer.locator('[data-test="req-done"]')).toHaveText('已改派给 银川市商标品牌指导站');
  await expect(drawer.locator('[data-test="req-detail-agency"]')).toHaveText('银川市商标品牌指导站');
  const history = drawer.locator('[data-test="req-history"]');
  await expect(history).toContainText(
    '由 宁夏知识产权维权援助中心 改派给 银川市商标品牌指导站 · 10 个工作日',
  );
  await expect(history).toContainText('改派原因：线索涉及商标侵权，改由商标品牌指导站办理');
  await page.screenshot({ path: info.outputPath('reassigned-1440.png'), fullPage: true });

  // Each step is in the audit log, as the auditor reads it.
  const id = (await (await ent.get('/api/service-requests')).json()).items.find(
    (r: { title: string }) => r.title === title,
  ).id;
  const auditor = await playwright.request.newContext({ baseURL });
  expect(
    (await auditor.post('/api/auth/login', { data: { username: 'auditor', password: DEMO_PASSWORD } })).ok(),
  ).toBeTruthy();
  const log = await auditor.get(`/api/audit?targetId=${id}`);
  expect(log.ok(), await log.text()).toBeTruthy();
  const actions = ((await log.json()).items as { action: string }[]).map((a) => a.action);
  expect(actions).toEqual(
    expect.arrayContaining([
      'service-request.created',
      'service-request.assigned',
      'service-request.reassigned',
    ]),
  );
});

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the list and a reassigned request’s history read on a phone, without sideways scrolling', async ({
    page,
  }, info) => {
    await openTriage(page);
    const table = page.locator('[data-test="req-rows"]');
    await expect(table.locator('[data-test="due"][data-due="danger"]').first()).toBeVisible();
    await table.locator('tbody tr', { hasText: '展会发现疑似侵权产品' }).first().click();
    const drawer = page.locator('[data-test="req-detail"]');
    await expect(drawer.locator('[data-test="req-history"]')).toContainText(
      '由 银川市商标品牌指导站 改派给 宁夏知识产权维权援助中心',
    );
    await expect(drawer.locator('[data-test="req-history"]')).toContainText('涉及专利侵权线索');
    await expect(drawer.locator('[data-test="req-submit"]')).toHaveText('改派');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: info.outputPath('request-390.png'), fullPage: true });
  });
});
