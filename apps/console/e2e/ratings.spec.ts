import { expectAccessible } from '@huiqi/playwright-config/a11y';
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, enterpriseWithClaims, nav, signIn } from './support.js';

/**
 * 好差评 in the console: a poor rating reaches the responsible city, whose official records the
 * follow-up (the enterprise sees it); the scorecard's M13.1 satisfaction rate opens into its ratings.
 */
test('Yinchuan sees a poor rating of its claim and records its follow-up; the scorecard shows satisfaction', async ({
  page,
  playwright,
  baseURL,
}) => {
  const { name, ids, ent } = await enterpriseWithClaims(playwright, baseURL!, [
    { provision: 'M7.5', evaluationFeePaid: '6000.00' },
  ]);
  const city = await playwright.request.newContext({ baseURL });
  await city.post('/api/auth/login', { data: { username: 'yinchuan.admin', password: DEMO_PASSWORD } });
  const { version } = await (await city.get(`/api/claims/${ids[0]}`)).json();
  const rej = await city.post(`/api/claims/${ids[0]}/reviews`, {
    data: { decision: 'reject', comment: '评估费用发票不符合要求', version },
  });
  expect(rej.ok(), await rej.text()).toBeTruthy();
  const comment = `退回理由没有写明依据条款（${Date.now()}）`;
  const rated = await ent.post('/api/ratings', {
    data: { subjectType: 'claim', subjectId: ids[0], level: 'very-dissatisfied', comment },
  });
  expect(rated.ok(), await rated.text()).toBeTruthy();

  await signIn(page, 'yinchuan.admin');
  // The poor rating is in Yinchuan's notification centre, and opens the ratings on the scorecard page.
  await page.goto('/console/messages');
  await page
    .locator('[data-test^="message-"]')
    .filter({ hasText: comment })
    .locator('[data-test="open-message"]')
    .click();
  await expect(page).toHaveURL(/\/console\/scorecard#ratings$/);
  await expect(page.locator('[data-test="ratings-section"]').getByRole('heading', { level: 2 })).toHaveText(
    '好差评',
  );
  const card = page.locator('.hq-rating-card').filter({ hasText: comment });
  await expect(card).toHaveCount(1);
  await expect(card.locator('[data-test="rating-level"]')).toHaveText('非常不满意');
  await expect(card).toContainText(name);
  await expect(card.locator('[data-test="rating-waiting"]')).toHaveText('待整改回访');
  // The 好差评 section as the city works in it passes axe: the list, the open form with its field error, the follow-up.
  await page.waitForLoadState('networkidle');
  await expectAccessible(page);
  await card.locator('[data-test="rating-follow-up"]').click();
  // Too short: refused at the field, in Chinese.
  await card.locator('[data-test="fu-kind-rectification"]').click();
  await card.locator('textarea[data-test="fu-action"], [data-test="fu-action"] textarea').fill('已改');
  await card.locator('[data-test="fu-save"]').click();
  await expect(card.locator('.el-form-item__error')).toContainText('5 至 2000 字');
  await expectAccessible(page);
  await card
    .locator('textarea[data-test="fu-action"], [data-test="fu-action"] textarea')
    .fill('退回、不予支持的意见一律写明所依据的条款，并电话告知企业');
  await card.locator('[data-test="fu-save"]').click();
  await expect(card.locator('[data-test="rating-follow-ups"]')).toContainText('整改');
  await expect(card.locator('[data-test="rating-follow-ups"]')).toContainText('写明所依据的条款');
  await expect(card.locator('[data-test="rating-waiting"]')).toHaveCount(0);
  await expectAccessible(page);
  // The enterprise sees what was done.
  const mine = await (await ent.get(`/api/claims/${ids[0]}/rating`)).json();
  expect(mine.rating.followUps[0]).toMatchObject({ kind: 'rectification' });

  // The scorecard (the region's): M13.1's satisfaction rate as the API computes it, opened into its ratings.
  const region = await playwright.request.newContext({ baseURL });
  await region.post('/api/auth/login', { data: { username: 'region.admin', password: DEMO_PASSWORD } });
  await signIn(page, 'region.admin');
  await nav(page, 'scorecard');
  const value = page.locator('[data-test="sc-value-M13.1-satisfaction"]');
  await expect(value).toHaveText(/^\d+(\.\d)?%$/);
  const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
  const sc = await (await region.get(`/api/reports/scorecard?fundingYear=${year}`)).json();
  const m = sc.measures.find((x: { provision: string; figure: string }) => x.provision === 'M13.1');
  expect(m).toMatchObject({ unit: 'satisfaction', rule: 'reported', goal: null });
  await expect(value).toHaveText(`${(Number(m.value) * 100).toFixed(1)}%`);
  await value.click();
  await expect(page.locator('[data-test="sc-records-total"]')).toContainText(`共 ${m.records} 条记录`);
  await expect(page.locator('[data-test="sc-records"]')).toContainText(`非常不满意 · `);
});
