import { expectAccessible } from '@huiqi/playwright-config/a11y';
import { expect, test } from '@playwright/test';
import { asReviewer, enterpriseWithClaimStates, field } from './support.js';

// 一次性告知, both ways: before a claim the enterprise sees all it needs (account, conditions,
// materials, round, promised time); a return lists every problem at once, each at its field or material.

test('before a claim: everything needed at once, from the provision’s guide', async ({
  page,
  playwright,
  baseURL,
}) => {
  await enterpriseWithClaimStates(page, playwright, baseURL!);
  await page.goto('/portal/calculator/M7.5');
  const list = page.locator('[data-test="checklist"]');
  await expect(list).toContainText('一次性告知');
  await expect(page.locator('[data-test="checklist-account"]')).toHaveText('已通过核验');
  await expect(page.locator('[data-test="checklist-materials"] li')).toHaveCount(2);
  await expect(page.locator('[data-test="checklist-materials"]')).toContainText(
    '评估报告、评估委托合同及付费凭证',
  );
  await expect(page.locator('[data-test="checklist-round"]')).toContainText(
    /受理至 \d{4}年\d{1,2}月\d{1,2}日/,
  );
  await expect(page.locator('[data-test="checklist-time"]')).toHaveText(
    '20 个工作日（自材料齐全提交之日起）',
  );
  await expect(page.locator('[data-test="checklist-ready"]')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectAccessible(page);
});

test('a return with its problems at the fields and materials; the edit form shows them at the field', async ({
  page,
  playwright,
  baseURL,
}, info) => {
  const ids = await enterpriseWithClaimStates(page, playwright, baseURL!);
  const ent = page.request;
  const d = await (await ent.get(`/api/claims/${ids.draft}`)).json();
  expect(
    (await ent.post(`/api/claims/${ids.draft}/submit`, { data: { version: d.version } })).ok(),
  ).toBeTruthy();
  const city = await asReviewer(await playwright.request.newContext({ baseURL }), 'yinchuan.admin');
  const s = await (await city.get(`/api/claims/${ids.draft}`)).json();
  const ret = await city.post(`/api/claims/${ids.draft}/reviews`, {
    data: {
      decision: 'return',
      comment: '请一次补正以下问题',
      fieldIssues: [{ field: 'evaluationFeePaid', reason: '与发票金额不符' }],
      materialIssues: [{ material: 2, reason: '评估委托合同缺少盖章页' }],
      fixItems: ['补充联系人身份证明'],
      version: s.version,
    },
  });
  expect(ret.ok(), await ret.text()).toBeTruthy();

  await page.goto(`/portal/claims/${ids.draft}`);
  await expect(page.locator('[data-test="status"]')).toHaveText('退回补正');
  const items = page.locator('[data-test="fix-items"] [data-test="fix-item"]');
  await expect(items).toHaveText([
    '实付评估费：与发票金额不符',
    '材料 2 · 评估报告、评估委托合同及付费凭证：评估委托合同缺少盖章页',
    '补充联系人身份证明',
  ]);
  await expect(page.locator('[data-test="field-issue-evaluationFeePaid"]')).toHaveText(
    '需补正：与发票金额不符',
  );
  await expect(page.locator('[data-test="material-issue"]')).toContainText('评估委托合同缺少盖章页');
  // What still stands before resubmitting is listed at once too.
  await expect(page.locator('[data-test="checklist"]')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectAccessible(page);
  await page.screenshot({ path: info.outputPath('returned.png'), fullPage: true });

  await page.locator('[data-test="edit"]').click();
  await expect(field(page, 'evaluationFeePaid')).toHaveValue('12000.00');
  await expect(page.locator('.el-form-item__error')).toHaveText('与发票金额不符');
  await page.screenshot({ path: info.outputPath('edit-at-field.png'), fullPage: true });
});
