import { expect, test } from '@playwright/test';
import { enterpriseWithClaims, field, signIn } from './support.js';

// 一次性告知 from the reviewer: a return says what is wrong at each field and material of the claim
// (the provision's own fields and the guide's materials), recorded and shown in the timeline.

test('the city returns a claim with a problem at a field and at a material', async ({
  page,
  playwright,
  baseURL,
}, info) => {
  const { ids } = await enterpriseWithClaims(playwright, baseURL!, [
    { provision: 'M7.5', evaluationFeePaid: '5000.00' },
  ]);
  await signIn(page, 'yinchuan.admin');
  await page.goto(`/console/claims/${ids[0]}`);
  await page.locator('[data-test="decision-kind"]').getByText('退回补正').click();
  await field(page, 'comment').fill('请一次补正');
  await field(page, 'issue-field-evaluationFeePaid').fill('与发票金额不符');
  await field(page, 'issue-material-2').fill('缺少评估报告');
  await page.screenshot({ path: info.outputPath('return-form.png'), fullPage: true });
  await page.locator('[data-test="decide"]').click();
  await expect(page.locator('[data-test="status"]')).toHaveText('退回补正');
  await expect(page.locator('[data-test="return-issues"] li')).toHaveText([
    '实付评估费：与发票金额不符',
    '材料 2 · 评估报告、评估委托合同及付费凭证：缺少评估报告',
  ]);
});
