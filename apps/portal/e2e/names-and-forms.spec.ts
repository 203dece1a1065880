import { expect, test } from '@playwright/test';
import { enterpriseWithClaimStates, field } from './support.js';

test("a draft shows its fields by name with the estimate; a returned claim's timeline names the decision; withdrawing is asked first", async ({
  page,
  playwright,
  baseURL,
}) => {
  const ids = await enterpriseWithClaimStates(page, playwright, baseURL!);
  await page.goto(`/portal/claims/${ids.draft}`);
  const draft = page.locator('[data-test="draft"]');
  await expect(draft.locator('[data-test="claim-fields"]')).toContainText('实付评估费');
  await expect(draft.locator('[data-test="claim-fields"]')).toContainText('¥12,000.00');
  await expect(draft).not.toContainText('evaluationFeePaid');
  await expect(draft.locator('[data-test="estimate"]')).toContainText('¥10,800.00');
  await expect(draft.locator('[data-test="estimate"]')).toContainText('壹万零捌佰元整');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('质押融资评估费补助');

  // Withdrawing asks first; "keep it" changes nothing, confirming withdraws.
  await page.locator('[data-test="withdraw"]').click();
  await expect(page.locator('.el-message-box')).toContainText('撤回后本申报不再审核');
  await page.locator('.hq-cancel').click();
  await expect(page.locator('[data-test="status"]')).toHaveText('草稿');
  await page.locator('[data-test="withdraw"]').click();
  await page.locator('.hq-confirm').click();
  await expect(page.locator('[data-test="status"]')).toHaveText('已撤回');

  await page.goto(`/portal/claims/${ids.returned}`);
  await expect(page.locator('.el-timeline')).toContainText('市级审核 · 退回补正');
  await expect(page.locator('.el-timeline')).not.toContainText('return');
});

test('the calculator announces its result to screen readers; the favicon is there', async ({ page }) => {
  await page.goto('/portal/calculator/M7.5');
  const live = page.locator('[data-test="calc-live"]');
  await expect(live).toHaveAttribute('aria-live', 'polite');
  await field(page, 'evaluationFeePaid').fill('20000');
  await page.locator('[data-test="calculate"]').click();
  await expect(live.locator('[data-test="amount"]')).toHaveText('¥18,000.00');
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/portal/favicon.svg');
  expect((await page.request.get('/portal/favicon.svg')).ok()).toBeTruthy();
});
