import { expectAccessible } from '@huiqi/playwright-config/a11y';
import { expect, test } from '@playwright/test';
import { enterpriseWithClaims, signIn } from './support.js';

// 承诺时限 for officials: every claim's case number and promised date in the queue, the overdue ones
// found with one filter and sorted by their due date; the review page says it too.

test('the queue: case numbers, due dates, the overdue filter and the sort by due date', async ({
  page,
  playwright,
  baseURL,
}, info) => {
  const { name, ids } = await enterpriseWithClaims(playwright, baseURL!, [
    { provision: 'M7.5', evaluationFeePaid: '20000.00' },
  ]);
  await signIn(page, 'region.admin');
  // The demo data has claims submitted up to six weeks ago: some are past their 20 or 30 working days.
  await page.goto('/console/queue?stage=all&due=overdue');
  const rows = page.locator('[data-test="queue"] tbody tr');
  await expect(rows.first()).toBeVisible();
  const n = await rows.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) {
    await expect(rows.nth(i).locator('[data-test="due"]')).toHaveAttribute('data-due', 'danger');
    await expect(rows.nth(i).locator('[data-test="due"]')).toContainText('已超期');
    await expect(rows.nth(i).locator('[data-test="case-no"]')).toHaveText(/^[A-Z0-9]+-\d{4}-\d{6}$/);
  }
  await page.waitForLoadState('networkidle');
  await expectAccessible(page);
  await page.screenshot({ path: info.outputPath('queue-overdue-1440.png'), fullPage: true });

  // Sorted by the due date, earliest first: the dates in the tags never go down.
  const dueHeader = page.locator('[data-test="queue"] th', { hasText: '承诺办结日' });
  const dates = async () =>
    (await rows.locator('[data-test="due"]').allTextContents()).map((s) => {
      const m = s.match(/(\d{4})年(\d{1,2})月(\d{1,2})日/)!;
      return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    });
  await dueHeader.locator('.sort-caret.ascending').click();
  await expect(dueHeader).toHaveClass(/ascending/);
  await page.waitForLoadState('networkidle');
  const ascending = await dates();
  expect(ascending).toEqual([...ascending].sort());
  await dueHeader.locator('.sort-caret.descending').click();
  await expect(dueHeader).toHaveClass(/descending/);
  await expect.poll(async () => (await dates())[0]! >= ascending.at(-1)!).toBe(true);

  // A claim submitted just now: its number, and a promised date (or the word that the calendar does not reach it yet).
  await page.goto(`/console/claims/${ids[0]}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  await expect(page.locator('[data-test="case-no"]')).toContainText(/640100-\d{4}-\d{6}/);
  await expect(page.locator('[data-test="case-no"] [data-test="due"]')).toContainText(
    /承诺(\d{4}年\d{1,2}月\d{1,2}日前办结|20个工作日内办结)/,
  );
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: info.outputPath('review-due-390.png'), fullPage: true });
});
