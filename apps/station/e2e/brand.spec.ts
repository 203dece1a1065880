import { expectAccessible } from '@huiqi/playwright-config/a11y';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { field, PASSWORD, PDF, signIn } from './support.js';

/** M8.2 on the phone: the station worker nominates a served enterprise's brand and follows the selection. */
test.use({ viewport: { width: 390, height: 844 } });

type Enterprise = { id: string; name: string; creditCode: string; srdiLevel: string; srdiVerified: boolean };
async function enterprises(region: APIRequestContext) {
  const res = await region.get('/api/enterprises?status=verified&pageSize=200');
  return (await res.json()).items as Enterprise[];
}
async function pickEnterprise(page: Page, e: Enterprise) {
  await field(page, 'find').fill(e.creditCode);
  await field(page, 'find').press('Enter');
  await page.locator('[data-test="results"] .van-cell', { hasText: e.creditCode }).first().tap();
  await expect(page.locator('[data-test="chosen"]')).toContainText(e.name);
}

test('a station nominates a served enterprise’s brand with evidence, errors at the field, and sees the outcome', async ({
  page,
  playwright,
  baseURL,
}) => {
  const region = await playwright.request.newContext({ baseURL });
  await region.post('/api/auth/login', { data: { username: 'region.admin', password: PASSWORD } });
  const all = await enterprises(region);
  const srdi = all.find((e) => e.srdiVerified && e.srdiLevel !== 'none')!;
  const notSrdi = all.find((e) => e.srdiLevel === 'none')!;
  const regNo = String(Date.now()).slice(-8);

  await signIn(page);
  await page.locator('[data-test="tab-me"]').tap();
  await page.locator('[data-test="me-brands"]').tap();
  await expect(page.locator('.van-nav-bar__title')).toHaveText('品牌提名');
  // The demo's nomination by this station is listed with its state.
  await expect(page.locator('[data-test="my-nomination"]').first()).toBeVisible();
  const before = await page.locator('[data-test="my-nomination"]').count();
  await expect(page.locator('[data-test="bn-places"]')).toContainText('/ 50');

  await page.locator('[data-test="brand-new"] .van-nav-bar__right').tap();
  // Nothing filled: every problem at its field, in Chinese, nothing sent.
  await page.locator('[data-test="bn-submit"]').tap();
  await expect(page.locator('[data-test="bn-enterprise-error"]')).toHaveText('请选择为哪家企业提名。');
  await expect(page.locator('[data-test="bn-name"]')).toContainText('商标名称');
  await expect(page.locator('[data-test="bn-name"] .van-field__error-message')).toBeVisible();
  await expect(page.locator('[data-test="bn-reg"] .van-field__error-message')).toContainText(
    '注册号须为 6 至 10 位数字',
  );
  await expect(page.locator('[data-test="bn-class-field"] .van-field__error-message')).toBeVisible();
  await expect(page.locator('[data-test="bn-owner"] .van-field__error-message')).toContainText('注册人');
  await expectAccessible(page);

  // An enterprise not verified as SRDI: the server's refusal, under the enterprise.
  await pickEnterprise(page, notSrdi);
  await expect(field(page, 'bn-owner')).toHaveValue(notSrdi.name);
  await field(page, 'bn-name').fill('贺兰晨光');
  await field(page, 'bn-reg').fill(`第 ${regNo} 号`);
  await field(page, 'bn-class').selectOption('33');
  await field(page, 'bn-statement').fill('葡萄酒主商标，连续三年区内销量前五。');
  await page.locator('[data-test="bn-submit"]').tap();
  await expect(page.locator('[data-test="bn-enterprise-error"]')).toContainText('尚未核验为专精特新企业');
  await expect(page.locator('[data-test="bn-reg"] .van-field__error-message')).toHaveCount(0);

  await page.locator('[data-test="change-enterprise"]').tap();
  await pickEnterprise(page, srdi);
  await field(page, 'bn-owner').fill(srdi.name);
  await page.screenshot({ path: '/tmp/ac-shots/station-brand-form.png', fullPage: true });
  await page.locator('[data-test="bn-submit"]').tap();
  await expect(page.locator('[data-test="bn-sent"]')).toBeVisible();
  await expect(page.locator('[data-test="my-nomination"]')).toHaveCount(before + 1);
  const mine = page.locator('[data-test="my-nomination"]', { hasText: regNo });
  await expect(mine).toContainText('贺兰晨光');
  await expect(mine).toContainText(srdi.name);
  await expect(mine.locator('[data-test="bn-status"]')).toHaveText('待遴选');

  // The same registration and class again: refused under the registration number.
  await page.locator('[data-test="brand-new"] .van-nav-bar__right').tap();
  await pickEnterprise(page, srdi);
  await field(page, 'bn-name').fill('贺兰晨光');
  await field(page, 'bn-reg').fill(regNo);
  await field(page, 'bn-class').selectOption('33');
  await page.locator('[data-test="bn-submit"]').tap();
  await expect(page.locator('[data-test="bn-reg"] .van-field__error-message')).toContainText('已在');
  await page.locator('[data-test="brand-new"] .van-nav-bar__left').tap();

  // Evidence: a file that is not what its name says is refused by the server, at that kind.
  await mine.locator('[data-test="bn-upload-distinctiveness"]').setInputFiles({
    name: '显著性说明.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('not a pdf at all'),
  });
  await expect(mine.locator('[data-test="bn-upload-error-distinctiveness"]')).toContainText('PDF');
  await mine.locator('[data-test="bn-upload-reputation"]').setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('hello'),
  });
  await expect(mine.locator('[data-test="bn-upload-error-reputation"]')).toHaveText(
    '只接受 PDF、JPEG、PNG、OFD 文件。',
  );
  await mine.locator('[data-test="bn-upload-distinctiveness"]').setInputFiles({
    name: '商标注册证.pdf',
    mimeType: 'application/pdf',
    buffer: PDF,
  });
  await expect(mine.locator('[data-test="bn-kind-distinctiveness"]')).toContainText('商标注册证.pdf');
  await expect(mine.locator('[data-test="bn-upload-error-distinctiveness"]')).toHaveCount(0);
  await expect(mine).toContainText('入选须有显著性和市场信誉两类材料');
  await mine.locator('[data-test="bn-upload-reputation"]').setInputFiles({
    name: '市场信誉证明.pdf',
    mimeType: 'application/pdf',
    buffer: PDF,
  });
  await expect(mine.locator('[data-test="bn-kind-reputation"]')).toContainText('市场信誉证明.pdf');
  await expect(mine).not.toContainText('入选须有显著性和市场信誉两类材料');
  await page.screenshot({ path: '/tmp/ac-shots/station-brand-list.png', fullPage: true });
  await expectAccessible(page);

  // The region selects it; the station sees the outcome and can add no more evidence.
  const list = (await (await region.get('/api/brand-nominations?status=nominated')).json()).items as {
    id: string;
    registrationNo: string;
    version: number;
  }[];
  const n = list.find((x) => x.registrationNo === regNo)!;
  const decided = await region.post(`/api/brand-nominations/${n.id}/decision`, {
    data: { decision: 'select', version: n.version },
  });
  expect(decided.status()).toBe(200);
  await page.reload();
  await expect(mine.locator('[data-test="bn-status"]')).toHaveText('已入选');
  await expect(mine.locator('[data-test="bn-upload-reputation"]')).toHaveCount(0);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await region.dispose();
});
