import { expectAccessible } from '@huiqi/playwright-config/a11y';
import { expect, test } from '@playwright/test';
import { enterpriseWithClaimStates } from './support.js';

// 办件编号, 受理回执 and 承诺时限: submitting a claim gives its case number at once, a receipt to print,
// and the promised date on the claim and in the list — at both widths (the projects).

test('submit → case number → the receipt (printable), the promised date on the claim and the list', async ({
  page,
  playwright,
  baseURL,
}, info) => {
  const ids = await enterpriseWithClaimStates(page, playwright, baseURL!);
  await page.goto(`/portal/claims/${ids.draft}`);
  await page.locator('[data-test="evidence"] input[type="file"]').setInputFiles({
    name: '评估费发票.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7\n%%EOF\n'),
  });
  await expect(page.locator('[data-test="evidence-file"] a')).toHaveText('评估费发票.pdf');
  await page.locator('[data-test="submit"]').click();
  const ok = page.locator('[data-test="submitted-ok"]');
  await expect(ok).toContainText(/申报已提交并受理，办件编号 640100-\d{4}-\d{6}。/);
  const caseNo = (await ok.textContent())!.match(/640100-\d{4}-\d{6}/)![0];
  await expect(page.locator('[data-test="case-no"]')).toContainText(caseNo);
  // M7.5 promises 20 working days: a date, or — past the holiday calendar's confirmed range — said so.
  await expect(page.locator('[data-test="case-no"] [data-test="due"]')).toContainText(
    /承诺(\d{4}年\d{1,2}月\d{1,2}日前办结 · 剩\d+个工作日|20个工作日内办结)/,
  );
  await page.screenshot({ path: info.outputPath('claim-submitted.png'), fullPage: true });

  await page.locator('[data-test="open-receipt"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('受理回执');
  await expect(page.locator('[data-test="receipt-case-no"]')).toHaveText(caseNo);
  await expect(page.locator('[data-test="receipt-promised"]')).toHaveText('20 个工作日');
  await expect(page.locator('[data-test="receipt-due"]')).toHaveText(
    /^(\d{4}年\d{1,2}月\d{1,2}日|待下一年度节假日安排公布后确定)$/,
  );
  await expect(page.locator('[data-test="receipt-materials"]')).toContainText('评估费发票.pdf');
  await expect(page.locator('[data-test="receipt-submitted"]')).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  await expect(page.locator('[data-test="print-receipt"]')).toHaveText('打印回执');
  await page.waitForLoadState('networkidle');
  await expectAccessible(page);
  await page.screenshot({ path: info.outputPath('receipt.png'), fullPage: true });
  // Printed, the receipt is the document alone.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.hq-header')).toBeHidden();
  await expect(page.locator('[data-test="print-receipt"]')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  await page.goto('/portal/claims');
  await expect(page.locator(`[data-test="claim-${ids.draft}"] [data-test="case-no"]`)).toContainText(caseNo);
  await expect(page.locator(`[data-test="claim-${ids.draft}"] [data-test="due"]`)).toBeVisible();
});

test('a claim not yet submitted has no receipt', async ({ page, playwright, baseURL }) => {
  const ids = await enterpriseWithClaimStates(page, playwright, baseURL!);
  await page.goto(`/portal/claims/${ids.draft}`);
  await expect(page.locator('[data-test="status"]')).toHaveText('草稿');
  await expect(page.locator('[data-test="receipt"]')).toHaveCount(0);
  await expect(page.locator('[data-test="case-no"]')).toHaveCount(0);
});
