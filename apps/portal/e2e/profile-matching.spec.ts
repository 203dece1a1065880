import { yearInChina } from '@huiqi/domain';
import { expect, test } from '@playwright/test';
import { asReviewer, creditCode, field, signInAsDemoEnterprise } from './support.js';

const year = yearInChina();

test('profile IP → policy matching → start a claim from a match; bad assets and members refused with the reason', async ({
  page,
  playwright,
  baseURL,
}, info) => {
  test.skip(info.project.name !== 'desktop', 'the phone layout is checked below');
  const seed = Math.floor(Math.random() * 1e8);
  const code = creditCode(seed);
  const reg = await page.request.post('/api/enterprises', {
    data: {
      creditCode: code,
      name: '宁夏匹配测试科技有限公司',
      areaCode: '640100',
      industry: 'digital-information',
      srdiLevel: 'provincial',
      contactName: '赵六',
      contactPhone: '13912345679',
      username: `match${seed}`,
      password: 'Portal#E2e2026',
    },
  });
  expect(reg.ok()).toBeTruthy();
  const enterpriseId = (await reg.json()).enterprise.id;
  const yinchuan = await asReviewer(await playwright.request.newContext({ baseURL }), 'yinchuan.admin');
  expect(
    (
      await yinchuan.post(`/api/enterprises/${enterpriseId}/verification`, {
        data: { status: 'verified', srdiVerified: true, comment: '核验营业执照与专精特新证书' },
      })
    ).ok(),
  ).toBeTruthy();

  // Record a title (the default kind) with the labelled date field.
  await page.goto('/portal/profile');
  await expect(page.locator('[data-test="ip-assets"]')).toContainText('尚未登记知识产权');
  await page.getByLabel('认定/获奖/授权日期').fill(`${year - 1}-10-20`);
  await page.locator('[data-test="asset-add"]').click();
  await expect(page.locator('[data-test="asset-list"]')).toContainText('国家知识产权优势企业');

  // A mark abroad: the jurisdiction is picked by its Chinese name; China (中国, 中国香港…) is never offered,
  // and without a jurisdiction nothing is added.
  await page.locator('[data-test="asset-kind"]').click();
  await page.getByRole('option', { name: /M1\.8/ }).click();
  await field(page, 'asset-date').fill(`${year - 1}-04-02`);
  await field(page, 'asset-number').fill('6543210');
  await page.locator('[data-test="asset-add"]').click();
  await expect(page.getByRole('alert').filter({ hasText: '请选择授权（注册）的国家或组织' })).toBeVisible();
  await expect(page.locator('[data-test="asset-list"] tbody tr')).toHaveCount(1);
  const jurisdiction = field(page, 'asset-jurisdiction');
  await jurisdiction.click();
  await jurisdiction.pressSequentially('中国');
  await expect(page.getByRole('option', { name: /中国/ })).toHaveCount(0);
  await jurisdiction.fill('日本');
  await page.getByRole('option', { name: '日本（JP）' }).click();
  await page.locator('[data-test="asset-add"]').click();
  await expect(page.locator('[data-test="asset-list"] tbody tr')).toHaveCount(2);
  await expect(page.locator('[data-test="asset-list"]')).toContainText('JP 6543210');

  // A colleague: a weak password is refused with the rule; a strong one adds them.
  await field(page, 'member-username').fill(`colleague${seed}`);
  await field(page, 'member-name').fill('钱七');
  await field(page, 'member-password').fill('password');
  await page.locator('[data-test="member-add"]').click();
  await expect(page.locator('[data-test="members"]').getByRole('alert')).toContainText('密码');
  await field(page, 'member-password').fill('Colleague#2026x');
  await page.locator('[data-test="member-add"]').click();
  await expect(page.locator('[data-test="member-list"]')).toContainText(`colleague${seed}`);
  // The QR code service stations scan to record a service for this enterprise.
  await expect(page.locator('[data-test="qr-image"]')).toHaveAttribute('src', /^data:image\/png;base64,/);

  // Matching: the title and the mark abroad, priced by the rules.
  await page.locator('[data-test="nav-matching"]').click();
  await expect(page.locator('[data-test="match-total"]')).toHaveText('¥160,000.00');
  await expect(page.locator('[data-test="group-likely"] [data-test="match-M1.2"]')).toContainText(
    '¥150,000.00',
  );
  await expect(page.locator('[data-test="group-needs-facts"] [data-test="match-M5.1"]')).toContainText(
    '¥1,000,000.00',
  );
  await expect(page.locator('[data-test="group-service"] [data-test="match-M2.1"]')).toBeVisible();

  // Start a claim from the match: a draft with the title's date; matching then counts it as claimed.
  await page.locator('[data-test="start-M1.2"]').click();
  await expect(page.locator('[data-test="status"]')).toHaveText('草稿');
  await page.goto('/portal/matching');
  await expect(page.locator('[data-test="group-claimed"] [data-test="match-M1.2"]')).toBeVisible();
  await expect(page.locator('[data-test="match-total"]')).toHaveText('¥10,000.00');
});

test('keyboard: a skip link leads to the content; every field of the calculator has a label', async ({
  page,
}) => {
  await page.goto('/portal/calculator/M7.4');
  await page.keyboard.press('Tab');
  const skip = page.locator('.hq-skip');
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  for (const label of [
    '贷款本金（元）',
    '知识产权出质占比率（0–1）',
    '放款日期',
    '还清日期',
    '实付利息（元）',
  ]) {
    await expect(page.getByLabel(label)).toBeVisible();
  }
});

test('signed-in pages fit the screen without sideways scrolling', async ({ page }) => {
  await signInAsDemoEnterprise(page);
  for (const path of [
    '/portal/matching',
    '/portal/profile',
    '/portal/claims',
    '/portal/requests',
    '/portal/calculator/M5.1',
    '/portal/',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
  }
  await page.goto('/portal/matching');
  await expect(page.locator('[data-test="match-total"]')).toHaveText('¥270,000.00');
});
