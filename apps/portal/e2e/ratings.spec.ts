import { expectAccessible } from '@huiqi/playwright-config/a11y';
import { expect, test, type Page, type PlaywrightWorkerArgs } from '@playwright/test';
import { asReviewer, creditCode, enterpriseWithRequest } from './support.js';

/**
 * 好差评 on the portal, at a desk and on a phone: a claim the city rejected (it has ended) is rated
 * once on the five levels with a comment; afterwards it shows 已评价, and the city's follow-up of a
 * poor rating appears beside it.
 */
async function rejectedClaim(page: Page, playwright: PlaywrightWorkerArgs['playwright'], baseURL: string) {
  const seed = Math.floor(Math.random() * 1e8);
  const ent = page.request;
  const reg = await ent.post('/api/enterprises', {
    data: {
      creditCode: creditCode(seed),
      name: `宁夏评价测试${seed}有限公司`,
      areaCode: '640100',
      industry: 'new-materials',
      srdiLevel: 'provincial',
      contactName: '钱七',
      contactPhone: '13912345672',
      username: `rating${seed}`,
      password: 'Portal#E2e2026',
    },
  });
  expect(reg.ok(), await reg.text()).toBeTruthy();
  const city = await asReviewer(await playwright.request.newContext({ baseURL }), 'yinchuan.admin');
  const enterpriseId = (await reg.json()).enterprise.id;
  await city.post(`/api/enterprises/${enterpriseId}/verification`, {
    data: { status: 'verified', srdiVerified: true, comment: '核验' },
  });
  const round = (await (await ent.get('/api/rounds')).json()).items.find((r: { open: boolean }) => r.open);
  const draft = await (
    await ent.post('/api/claims', {
      data: { roundId: round.id, claim: { provision: 'M7.5', evaluationFeePaid: '9000.00' } },
    })
  ).json();
  const sub = await ent.post(`/api/claims/${draft.id}/submit`, { data: { version: draft.version } });
  expect(sub.ok(), await sub.text()).toBeTruthy();
  // Not ended yet: the claim page shows no rating form.
  await page.goto(`/portal/claims/${draft.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[data-test="rating"]')).toHaveCount(0);
  const { version } = await (await city.get(`/api/claims/${draft.id}`)).json();
  const rej = await city.post(`/api/claims/${draft.id}/reviews`, {
    data: { decision: 'reject', comment: '发票抬头与企业名称不一致', version },
  });
  expect(rej.ok(), await rej.text()).toBeTruthy();
  return { id: draft.id as string, city };
}

test('an ended claim is rated once on the five levels; 已评价 after, with the city’s follow-up', async ({
  page,
  playwright,
  baseURL,
}) => {
  const { id, city } = await rejectedClaim(page, playwright, baseURL!);
  await page.goto(`/portal/claims/${id}`);
  const panel = page.locator('[data-test="rating"]');
  await expect(panel.getByRole('heading', { name: '办件评价（好差评）' })).toBeVisible();
  await expect(panel.locator('[data-test="rating-level"] .el-radio')).toHaveText([
    '非常满意',
    '满意',
    '基本满意',
    '不满意',
    '非常不满意',
  ]);
  // No level chosen: said at the field.
  await panel.locator('[data-test="rating-submit"]').click();
  await expect(panel.locator('.el-form-item__error')).toHaveText('请选择评价等级。');
  await panel.locator('[data-test="rating-dissatisfied"]').click();
  await panel
    .locator('textarea[data-test="rating-comment"], [data-test="rating-comment"] textarea')
    .fill('不予支持的理由没有说明依据');
  await panel.locator('[data-test="rating-submit"]').click();
  await expect(panel.locator('[data-test="rating-done"]')).toHaveText('已评价');
  await expect(panel.locator('[data-test="rating-level-shown"]')).toHaveText('不满意');
  await expect(panel.locator('[data-test="rating-comment-shown"]')).toHaveText('不予支持的理由没有说明依据');
  await expect(panel).toContainText('待负责部门整改或回访。');
  // Once: no form after a reload, and a second rating is refused.
  await page.reload();
  await expect(panel.locator('[data-test="rating-done"]')).toBeVisible();
  await expect(panel.locator('[data-test="rating-submit"]')).toHaveCount(0);
  const again = await page.request.post('/api/ratings', {
    data: { subjectType: 'claim', subjectId: id, level: 'satisfied' },
  });
  expect(again.status()).toBe(409);
  expect((await again.json()).error.zh).toMatch(/已评价/);
  // Yinchuan (the responsible city) follows up; the enterprise sees what was done.
  const poor = (await (await city.get('/api/ratings?poor=true')).json()).items.find(
    (r: { subjectId: string }) => r.subjectId === id,
  );
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const fu = await city.post(`/api/ratings/${poor.id}/follow-ups`, {
    data: { kind: 'return-visit', action: '电话回访企业，说明不予支持所依据的条款', actedOn: today },
  });
  expect(fu.ok(), await fu.text()).toBeTruthy();
  await page.reload();
  await expect(panel.locator('[data-test="rating-follow-ups"]')).toContainText('回访');
  await expect(panel.locator('[data-test="rating-follow-ups"]')).toContainText('说明不予支持所依据的条款');
  // Nothing scrolls sideways (at 390 px the levels wrap).
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});

test('a service request closed by its agency is rated on the requests page; 已评价 after, once', async ({
  page,
  playwright,
  baseURL,
}, info) => {
  const id = await enterpriseWithRequest(
    page,
    { name: '宁夏需求评价', username: 'reqrate' },
    { title: '商标异议答辩指导', description: '我司商标被提出异议，请求指导站协助准备答辩材料并说明流程。' },
  );
  const city = await asReviewer(await playwright.request.newContext({ baseURL }), 'yinchuan.admin');
  const agencies = (await (await city.get('/api/agencies')).json()).items as { id: string; name: string }[];
  const station = agencies.find((a) => a.name === '银川市商标品牌指导站')!;
  const assigned = await city.post(`/api/service-requests/${id}/assignment`, {
    data: { agencyId: station.id },
  });
  expect(assigned.ok(), await assigned.text()).toBeTruthy();

  // In the agency's hands, it has not ended: no rating form.
  await page.goto('/portal/requests');
  await expect(
    page.locator('[data-test="requests"] [data-test="request"]', { hasText: '商标异议答辩指导' }),
  ).toBeVisible();
  await expect(page.locator(`[data-test="request-rating-${id}"]`)).toHaveCount(0);

  const worker = await asReviewer(await playwright.request.newContext({ baseURL }), 'station.worker');
  for (const [step, note] of [
    ['accept', '已受理，安排专人对接'],
    ['close', '已协助企业提交异议答辩材料'],
  ] as const) {
    const r = await worker.post(`/api/service-requests/${id}/${step}`, { data: { note } });
    expect(r.ok(), await r.text()).toBeTruthy();
  }

  await page.reload();
  const panel = page.locator(`[data-test="request-rating-${id}"] [data-test="rating"]`);
  await expect(page.locator(`[data-test="request-rating-${id}"] h3`)).toHaveText('商标异议答辩指导');
  await expect(panel.getByRole('heading', { name: '办件评价（好差评）' })).toBeVisible();
  await panel.locator('[data-test="rating-submit"]').click();
  await expect(panel.locator('.el-form-item__error')).toHaveText('请选择评价等级。');
  await page.waitForLoadState('networkidle');
  await expectAccessible(page);
  await panel.locator('[data-test="rating-very-satisfied"]').click();
  await panel
    .locator('textarea[data-test="rating-comment"], [data-test="rating-comment"] textarea')
    .fill('指导站响应及时，答辩材料准备充分');
  await panel.locator('[data-test="rating-submit"]').click();
  await expect(panel.locator('[data-test="rating-done"]')).toHaveText('已评价');
  await expect(panel.locator('[data-test="rating-level-shown"]')).toHaveText('非常满意');
  await expect(panel.locator('[data-test="rating-comment-shown"]')).toHaveText(
    '指导站响应及时，答辩材料准备充分',
  );
  // A satisfied rating asks no follow-up of the city.
  await expect(panel).not.toContainText('待负责部门整改或回访');
  await expectAccessible(page);
  await page.screenshot({ path: info.outputPath('request-rated.png'), fullPage: true });
  await page.reload();
  await expect(panel.locator('[data-test="rating-done"]')).toBeVisible();
  await expect(panel.locator('[data-test="rating-submit"]')).toHaveCount(0);
  const again = await page.request.post('/api/ratings', {
    data: { subjectType: 'service-request', subjectId: id, level: 'dissatisfied' },
  });
  expect(again.status()).toBe(409);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});
