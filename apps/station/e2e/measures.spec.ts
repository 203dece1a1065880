import { expectAccessible } from '@huiqi/playwright-config/a11y';
import { recordKindsFor, todayInChina } from '@huiqi/domain';
import { expect, test, type Page } from '@playwright/test';
import { field, PASSWORD, signIn } from './support.js';

// The station's measure records: every record kind the policy has agencies keep has its form here
// (derived from the registry), saved through the outbox, listed, and a case closed with its fields.

const KINDS = recordKindsFor('agency').filter((k) => !k.flow);

async function openMeasures(page: Page) {
  await signIn(page);
  await page.locator('[data-test="tab-me"]').click();
  await page.locator('[data-test="me-measures"]').click();
  await expect(page.locator('.van-nav-bar__title')).toHaveText('措施记录');
}

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('every agency kind has its form; an overseas dispute is recorded for an enterprise, refused input first, then closed', async ({
    page,
    playwright,
    baseURL,
  }, info) => {
    await openMeasures(page);
    // The kinds are the registry's, by name (people see names, not provision codes).
    await expect(page.locator('[data-test="m-kind"] option')).toHaveText(KINDS.map((k) => k.label.zh));
    expect(KINDS.length).toBeGreaterThanOrEqual(4);
    // Each kind's form renders every field it fills at recording.
    for (const k of KINDS) {
      await page.locator('[data-test="m-kind"]').selectOption(k.id);
      for (const f of k.fields.filter((x) => !x.atClose))
        await expect(page.locator(`[data-test="mf-${f.key}"]`).first()).toBeVisible();
    }
    await expectAccessible(page);

    const dispute = KINDS.find(
      (k) => k.closes && k.subject === 'enterprise' && k.fields.some((f) => f.input === 'jurisdiction'),
    )!;
    await page.locator('[data-test="m-kind"]').selectOption(dispute.id);
    await page.locator('[data-test="m-save"]').click();
    await expect(page.locator('[data-test="m-enterprise-error"]')).toHaveText('请选择所涉企业。');
    await expect(page.locator('[data-test="m-notice"]')).toHaveCount(0);

    const region = await playwright.request.newContext({ baseURL });
    await region.post('/api/auth/login', { data: { username: 'region.admin', password: PASSWORD } });
    const ent = (
      (await (await region.get('/api/enterprises?status=verified&areaCode=640100&pageSize=5')).json())
        .items as {
        name: string;
        creditCode: string;
      }[]
    )[0]!;
    await page.locator('[data-test="m-enterprise"]').click();
    await field(page, 'find').fill(ent.creditCode);
    await field(page, 'find').press('Enter');
    await page.locator('[data-test="results"] .van-cell', { hasText: ent.creditCode }).first().click();
    await expect(page.locator('[data-test="m-enterprise"]')).toContainText(ent.name);
    // The domain's check at the field: nothing filled in.
    await page.locator('[data-test="m-save"]').click();
    await expect(page.locator('[data-test="mf-counterpart"] .van-field__error-message')).toBeVisible();
    await expect(page.locator('[data-test="m-notice"]')).toHaveCount(0);
    await page.screenshot({ path: info.outputPath('measures-refused-390.png'), fullPage: true });

    await page.locator('[data-test="mf-country"]').selectOption('US');
    await field(page, 'mf-counterpart').fill('Acme Robotics Inc.');
    await page.locator('[data-test="mf-disputeKind"]').selectOption('patent');
    await field(page, 'mf-openedOn').fill(todayInChina());
    await field(page, 'mf-advanced').fill('80000.00');
    await page.locator('[data-test="m-save"]').click();
    await expect(page.locator('[data-test="m-notice"]')).toHaveText('已保存，联网后发送。');
    const row = page.locator('[data-test^="m-record-"]', { hasText: ent.name }).first();
    await expect(row).toContainText(dispute.label.zh);
    await expect(row).toContainText('进行中');

    // Closed with its closing fields.
    const id = (await row.getAttribute('data-test'))!.replace('m-record-', '');
    await page.locator(`[data-test="m-close-${id}"]`).click();
    // Closing with nothing filled: each closing field says what it needs, nothing is sent.
    await page.locator('[data-test="m-close-save"]').click();
    await expect(page.locator('[data-test="mf-closedOn"] .van-field__error-message')).toBeVisible();
    await expect(page.locator(`[data-test="m-record-${id}"]`)).toContainText('进行中');
    await field(page, 'mf-closedOn').fill(todayInChina());
    await page.locator('[data-test="mf-outcome"]').selectOption('settled');
    await page.locator('[data-test="m-close-save"]').click();
    await expect(page.locator(`[data-test="m-record-${id}"]`)).toContainText('已结案');
    const saved = await (await region.get(`/api/records/${id}`)).json();
    expect(saved).toMatchObject({ kind: dispute.id, data: { country: 'US', outcome: 'settled' } });
    expect(saved.closedAt).not.toBeNull();
    await expectAccessible(page);
    await page.screenshot({ path: info.outputPath('measures-closed-390.png'), fullPage: true });
  });
});

test.describe('at 1440 px', () => {
  test.use({ viewport: { width: 1440, height: 900 } });
  test('an event kind with names and attending enterprises', async ({ page }, info) => {
    await openMeasures(page);
    const event = KINDS.find((k) => k.fields.some((f) => f.input === 'enterprises'))!;
    await page.locator('[data-test="m-kind"]').selectOption(event.id);
    const names = event.fields.find((f) => f.input === 'names')!;
    await field(page, `mf-${names.key}`).fill('宁夏银行、黄河农村商业银行');
    await expect(field(page, `mf-${names.key}`)).toHaveValue('宁夏银行、黄河农村商业银行');
    const list = event.fields.find((f) => f.input === 'enterprises')!;
    await page.locator(`[data-test="mf-${list.key}-add"]`).click();
    await expect(field(page, 'find')).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: info.outputPath('measures-event-1440.png'), fullPage: true });
  });
});
