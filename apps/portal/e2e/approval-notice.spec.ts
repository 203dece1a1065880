import { readFileSync } from 'node:fs';
import { expectAccessible } from '@huiqi/playwright-config/a11y';
import { expect, test } from '@playwright/test';
import { enterpriseWithClaimStates } from './support.js';

/**
 * 批准通知书, at a desk and on a phone: the enterprise downloads the signed PDF of its approved claim
 * (its 文号 given then); anyone, without signing in, opens the verification page its QR code points
 * to, sees the notice's facts from the server, and checks copies — the downloaded one is genuine, one
 * with a changed byte is altered; a wrong file and an unknown number are said so at the field.
 */
test('the signed PDF, then the public verification page: facts, a genuine copy, an altered one', async ({
  page,
  playwright,
  baseURL,
  browser,
}, info) => {
  const ids = await enterpriseWithClaimStates(page, playwright, baseURL!);
  await page.goto(`/portal/claims/${ids.approved}/notice`);
  await expect(page.locator('[data-test="notice-amount"]')).toHaveText('¥18,000.00');
  const download = page.waitForEvent('download');
  await page.locator('[data-test="notice-pdf"]').click();
  const file = await download;
  const number = (await page.locator('[data-test="notice-number"]').textContent())!;
  expect(number).toMatch(/^宁知惠企〔\d{4}〕\d+号$/);
  expect(file.suggestedFilename()).toBe(`批准通知书-${number}.pdf`);
  const pdfPath = info.outputPath('notice.pdf');
  await file.saveAs(pdfPath);
  const pdf = readFileSync(pdfPath);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const id = /id=([0-9a-f-]{36}) sig=/.exec(pdf.subarray(pdf.lastIndexOf('%HUIQI')).toString())![1]!;
  await expectAccessible(page);

  // Anyone, signed out: the page the QR code opens.
  const anon = await browser.newContext({ viewport: page.viewportSize()!, baseURL });
  const p = await anon.newPage();
  // Reached from the public 公示 page too; the QR code opens it with the notice's id.
  await p.goto('/portal/notices');
  await p.locator('[data-test="open-verify"]').click();
  await expect(p).toHaveURL(/\/portal\/verify$/);
  await expect(p.getByRole('heading', { level: 1 })).toHaveText('批准通知书核验');
  await p.goto(`/portal/verify/${id}`);
  await expect(p.getByRole('heading', { level: 1 })).toHaveText('批准通知书核验');
  await expect(p.locator('[data-test="verify-number"]')).toHaveText(number);
  const key = await (
    await p.request.get((await p.locator('[data-test="verify-key"]').getAttribute('href'))!)
  ).json();
  expect(key).toMatchObject({
    algorithm: 'Ed25519',
    publicKeyPem: expect.stringMatching(/BEGIN PUBLIC KEY/),
  });
  await expect(p.locator('[data-test="verify-enterprise"]')).toHaveText(/^宁夏状态测试\d+有限公司$/);
  await expect(p.locator('[data-test="verify-item"]')).toHaveText('质押融资评估费补助');
  await expect(p.locator('[data-test="verify-amount"]')).toHaveText('¥18,000.00');
  await expect(p.locator('[data-test="verify-words"]')).toHaveText('人民币壹万捌仟元整');

  await p
    .locator('[data-test="verify-file"]')
    .setInputFiles({ name: '通知书.pdf', mimeType: 'application/pdf', buffer: pdf });
  await p.locator('[data-test="verify-check"]').click();
  await expect(p.locator('[data-test="verdict-genuine"]')).toContainText('原件，未被改动');
  await expect(p.locator('[data-test="verdict-genuine"]')).toContainText(number);
  await p.waitForLoadState('networkidle');
  await expectAccessible(p);
  const sideways = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(sideways).toBeLessThanOrEqual(0);
  await p.screenshot({ path: info.outputPath('verify-genuine.png'), fullPage: true });

  const altered = Buffer.from(pdf);
  const at = altered.indexOf('stream') + 40;
  altered[at] = altered[at]! ^ 0x01;
  await p
    .locator('[data-test="verify-file"]')
    .setInputFiles({ name: '通知书.pdf', mimeType: 'application/pdf', buffer: altered });
  await p.locator('[data-test="verify-check"]').click();
  await expect(p.locator('[data-test="verdict-altered"]')).toContainText('签名校验不通过');
  await p.screenshot({ path: info.outputPath('verify-altered.png'), fullPage: true });

  // A picture is refused at the field before sending; a file named .pdf that is not one, by the server.
  await p.locator('[data-test="verify-file"]').setInputFiles({
    name: 'scan.png',
    mimeType: 'image/png',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]),
  });
  await expect(p.locator('[data-test="verify-file-error"]')).toHaveText('只能核验 PDF 文件。');
  await p
    .locator('[data-test="verify-file"]')
    .setInputFiles({ name: 'fake.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not a pdf') });
  await p.locator('[data-test="verify-check"]').click();
  await expect(p.locator('[data-test="verify-file-error"]')).toHaveText(
    '请上传 PDF 格式的批准通知书（按文件内容识别）。',
  );

  // By number, and an unknown number.
  await p.locator('[data-test="verify-ref"] input, input[data-test="verify-ref"]').first().fill(number);
  await p.locator('[data-test="verify-lookup-go"]').click();
  await expect(p.locator('[data-test="verify-number"]')).toHaveText(number);
  await p
    .locator('[data-test="verify-ref"] input, input[data-test="verify-ref"]')
    .first()
    .fill('宁知惠企〔2026〕99999号');
  await p.locator('[data-test="verify-lookup-go"]').click();
  await expect(p.locator('[data-test="verify-not-found"]')).toContainText(
    '没有文号或编号为“宁知惠企〔2026〕99999号”的批准通知书',
  );
  await expectAccessible(p);
  await anon.close();
});
