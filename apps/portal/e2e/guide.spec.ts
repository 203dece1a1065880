import { expectAccessible } from '@huiqi/playwright-config/a11y';
import { expect, test } from '@playwright/test';

test("申报指南: from the measures to a provision's guide (who, conditions, materials, time limit, contact), then to the calculator", async ({
  page,
}) => {
  await page.goto('/portal/');
  await page.locator('[data-test="guide-M7.5"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('申报指南 · 质押融资评估费补助');
  await expect(page.locator('[data-test="guide-materials"]')).toContainText(
    '评估报告、评估委托合同及付费凭证',
  );
  await expect(page.locator('[data-test="guide-time"]')).toHaveText('20 个工作日（自材料齐全提交之日起）');
  await expect(page.locator('[data-test="guide"]')).toContainText('专精特新中小企业');
  await expectAccessible(page);
  await page.locator('[data-test="guide-apply"]').click();
  await expect(page).toHaveURL(/\/portal\/calculator\/M7\.5/);
});
