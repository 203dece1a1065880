import { expect, test } from '@playwright/test';
import { field, PDF, signIn } from './support.js';

/** M11.1 on the phone: the agency's administrator applies for the trusteeship award and follows it. */
test.use({ viewport: { width: 390, height: 844 } });

test('the agency admin applies for the trusteeship award with parks, free services and evidence', async ({
  page,
}) => {
  await signIn(page);
  await page.locator('[data-test="tab-me"]').tap();
  await page.locator('[data-test="me-award"]').tap();
  // The demo's draft is listed.
  await expect(page.locator('[data-test="award-list"] .van-cell')).toHaveCount(1);
  await expect(page.locator('[data-test="award-list"]')).toContainText('草稿');
  await page.screenshot({ path: '/tmp/ac-shots/station-award-list.png', fullPage: true });

  await page.locator('[data-test="award-new"] .van-nav-bar__right').tap();
  await expect(page.locator('[data-test="award-form"]')).toContainText('托管园区');
  await field(page, 'aw-evaluationResult').selectOption('excellent');
  await field(page, 'aw-freeServices').fill('专利申请代理 12件\n专利信息分析 3次');
  // No park: refused at the field, in plain words, and nothing is saved.
  await page.locator('[data-test="aw-save"]').tap();
  await expect(page.locator('[data-test="aw-parks"]')).toContainText('托管园区须填写 1 至 50 项');
  await field(page, 'aw-parks').fill('银川经济技术开发区\n\n银川高新技术产业开发区');
  await page.screenshot({ path: '/tmp/ac-shots/station-award-form.png', fullPage: true });
  await page.locator('[data-test="aw-save"]').tap();
  await expect(page.locator('[data-test="award-status"]')).toHaveText('草稿');
  await expect(page.locator('[data-test="award-detail"]')).toContainText('银川高新技术产业开发区');
  await expect(page.locator('[data-test="award-detail"]')).toContainText('优秀');

  await page.locator('[data-test="aw-file"]').setInputFiles({
    name: '考核认定通知.pdf',
    mimeType: 'application/pdf',
    buffer: PDF,
  });
  await expect(page.locator('[data-test="award-evidence"]')).toContainText('考核认定通知.pdf');
  // A file that is not evidence is refused with the server's words.
  await page.locator('[data-test="aw-file"]').setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('hello'),
  });
  await expect(page.locator('[data-test="award-error"]')).toBeVisible();

  await page.locator('[data-test="aw-submit"]').tap();
  await expect(page.locator('[data-test="award-status"]')).toHaveText('已提交，待市级审核');
  await expect(page.locator('[data-test="award-amount"]')).toContainText('¥200,000.00');
  await page.screenshot({ path: '/tmp/ac-shots/station-award-submitted.png', fullPage: true });
  const box = await page.locator('[data-test="award-detail"]').boundingBox();
  expect(box!.width).toBeLessThanOrEqual(390);
});
