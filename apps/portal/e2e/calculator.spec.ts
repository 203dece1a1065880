import { expect, test } from '@playwright/test';
import { field } from './support.js';

test.describe('policy at a glance and the calculator (public, no login)', () => {
  test('the 13 measures are readable cards with their amounts and clause text', async ({ page }) => {
    await page.goto('/portal/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('13条措施');
    await expect(page.locator('[data-test^="measure-"]')).toHaveCount(13);
    const m74 = page.locator('[data-test="provision-M7.4"]');
    await expect(m74).toContainText('50万元');
    await expect(m74).toContainText('平台解释');
    await expect(m74.locator('blockquote')).toContainText('贷款市场报价利率');
  });

  test('M7.5: the amount, in words, and the trace with its clause', async ({ page }) => {
    await page.goto('/portal/calculator/M7.5');
    await field(page, 'evaluationFeePaid').fill('12345.67');
    await page.locator('[data-test="calculate"]').click();
    await expect(page.locator('[data-test="amount"]')).toHaveText('¥11,111.10');
    await expect(page.locator('[data-test="words"]')).toContainText('壹万壹仟壹佰壹拾壹元壹角');
    await expect(page.locator('[data-test="trace"] li').first()).toContainText('M7.5');
  });

  test('M7.4 worked example gives ¥209,875.00 and names the LPR it used', async ({ page }) => {
    await page.goto('/portal/calculator/M7.4');
    await field(page, 'principal').fill('10000000.00');
    await field(page, 'pledgeShareRatio').fill('0.6');
    await field(page, 'disbursedOn').fill('2024-03-15');
    await field(page, 'repaidOn').fill('2025-03-15');
    await field(page, 'interestPaid').fill('350000.00');
    await page.locator('[data-test="calculate"]').click();
    await expect(page.locator('[data-test="amount"]')).toHaveText('¥209,875.00');
    await expect(page.locator('[data-test="trace"]')).toContainText('3.45%');
  });

  test("a negative amount gets the domain's message, in Chinese, and no result", async ({ page }) => {
    await page.goto('/portal/calculator/M7.5');
    await field(page, 'evaluationFeePaid').fill('-100');
    await page.locator('[data-test="calculate"]').click();
    await expect(page.locator('.el-form-item__error')).toContainText('实付评估费不能为负数');
    await expect(page.locator('[data-test="result"]')).toHaveCount(0);
  });

  test('amounts as people type them: full-width digits, thousands separators, 元 and 万 are read, the reading shown', async ({
    page,
  }) => {
    await page.goto('/portal/calculator/M7.5');
    const fee = field(page, 'evaluationFeePaid');
    const reading = page.locator('[data-test="evaluationFeePaid-reading"]');
    await fee.fill('２００００');
    await expect(reading).toHaveText('¥20,000.00 · 贰万元整');
    await fee.fill('20,000 元');
    await expect(reading).toHaveText('¥20,000.00 · 贰万元整');
    await fee.fill('2万');
    await expect(reading).toHaveText('¥20,000.00 · 贰万元整');
    await page.locator('[data-test="calculate"]').click();
    await expect(page.locator('[data-test="amount"]')).toHaveText('¥18,000.00');

    // What is not an amount stops the form at its field, in plain Chinese, the field marked.
    await fee.fill('abc');
    await page.locator('[data-test="calculate"]').click();
    await expect(reading).toHaveText('“abc”不是金额，请只填数字，例如 5000000 或 500万');
    await expect(fee).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('[data-test="result"]')).toHaveCount(0);
    await expect(page.locator('[data-test="problem"]')).toHaveCount(0);

    await page.goto('/portal/calculator/M7.4');
    await field(page, 'principal').fill('1,000万');
    await expect(page.locator('[data-test="principal-reading"]')).toHaveText('¥10,000,000.00 · 壹仟万元整');
    await field(page, 'pledgeShareRatio').fill('0.6');
    await field(page, 'disbursedOn').fill('2024-03-15');
    await field(page, 'repaidOn').fill('2025-03-15');
    await field(page, 'interestPaid').fill('３５０，０００');
    await page.locator('[data-test="calculate"]').click();
    await expect(page.locator('[data-test="amount"]')).toHaveText('¥209,875.00');
  });

  test('switches to English', async ({ page }) => {
    await page.goto('/portal/');
    await page.locator('[data-test="lang"]').click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('13 measures');
    await expect(page.locator('[data-test="provision-M1.1"]')).toContainText(
      'National IP Demonstration Enterprise',
    );
  });
});
