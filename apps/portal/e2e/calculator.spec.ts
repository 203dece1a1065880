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

  test('switches to English', async ({ page }) => {
    await page.goto('/portal/');
    await page.locator('[data-test="lang"]').click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('13 measures');
    await expect(page.locator('[data-test="provision-M1.1"]')).toContainText(
      'National IP Demonstration Enterprise',
    );
  });
});
