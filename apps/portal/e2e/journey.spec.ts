import { expect, test } from '@playwright/test';
import { asReviewer, creditCode, DEMO_PASSWORD, field, signInAsDemoEnterprise } from './support.js';

test('register → verified → calculate → claim → submit → returned → fix → resubmit', async ({
  page,
  playwright,
  baseURL,
}, info) => {
  test.skip(
    info.project.name !== 'desktop',
    'one journey is enough; the phone layout is covered by the public pages',
  );
  const seed = Math.floor(Math.random() * 1e8);
  const code = creditCode(seed);

  await page.goto('/portal/register');
  await field(page, 'creditCode').fill(code.slice(0, 17) + (code[17] === '0' ? '1' : '0'));
  await expect(page.getByText('校验位不符')).toBeVisible();
  await field(page, 'creditCode').fill(code);
  await expect(page.getByText('校验位不符')).toHaveCount(0);
  await field(page, 'name').fill('宁夏测试新材料有限公司');
  await field(page, 'contactName').fill('王五');
  await field(page, 'contactPhone').fill('13912345678');
  await field(page, 'regUsername').fill(`e2e${seed}`);
  await field(page, 'regPassword').fill('Portal#E2e2026');
  await page.locator('[data-test="register"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('我的申报');

  // A city reviewer verifies the enterprise.
  const yinchuan = await asReviewer(await playwright.request.newContext({ baseURL }), 'yinchuan.admin');
  const list = await (await yinchuan.get(`/api/enterprises?q=${code}`)).json();
  const enterpriseId = list.items[0].id;
  expect(
    (
      await yinchuan.post(`/api/enterprises/${enterpriseId}/verification`, {
        data: { status: 'verified', srdiVerified: true, comment: '核验营业执照' },
      })
    ).ok(),
  ).toBeTruthy();

  // Calculate, save as a draft, submit.
  await page.goto('/portal/calculator/M7.5');
  await field(page, 'evaluationFeePaid').fill('20000.00');
  await page.locator('[data-test="calculate"]').click();
  await expect(page.locator('[data-test="amount"]')).toHaveText('¥18,000.00');
  await page.locator('[data-test="save-draft"]').click();
  await expect(page.locator('[data-test="status"]')).toHaveText('草稿');

  // Evidence: a text file is refused before upload; a PDF is uploaded and listed.
  const input = page.locator('[data-test="evidence"] input[type="file"]');
  await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(page.locator('[data-test="claim-error"]')).toContainText('只能上传 PDF');
  await input.setInputFiles({
    name: '评估费发票.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7\n%%EOF\n'),
  });
  await expect(page.locator('[data-test="evidence-file"] a')).toHaveText('评估费发票.pdf');
  await page.locator('[data-test="submit"]').click();
  await expect(page.locator('[data-test="status"]')).toHaveText('已提交，待市级审核');
  await expect(page.locator('[data-test="claim-amount"]')).toHaveText('¥18,000.00');
  const id = page.url().split('/').pop()!;

  // The city returns it with everything to fix at once.
  const claim = await (await yinchuan.get(`/api/claims/${id}`)).json();
  const ret = await yinchuan.post(`/api/claims/${id}/reviews`, {
    data: {
      decision: 'return',
      comment: '请补充材料',
      fixItems: ['补充评估报告原件扫描件', '补充评估费发票'],
      version: claim.version,
    },
  });
  expect(ret.ok()).toBeTruthy();
  await page.reload();
  await expect(page.locator('[data-test="status"]')).toHaveText('退回补正');
  await expect(page.locator('[data-test="fix-items"]')).toContainText('补充评估费发票');
  // Fix: the fee was 21,000.00 after all; edit, recalculate, save, resubmit.
  await page.locator('[data-test="edit"]').click();
  await expect(field(page, 'evaluationFeePaid')).toHaveValue('20000.00');
  await field(page, 'evaluationFeePaid').fill('21000.00');
  await page.locator('[data-test="calculate"]').click();
  await expect(page.locator('[data-test="amount"]')).toHaveText('¥18,900.00');
  await page.locator('[data-test="save-edit"]').click();
  await expect(page.locator('[data-test="status"]')).toHaveText('退回补正');
  await page.locator('[data-test="submit"]').click();
  await expect(page.locator('[data-test="claim-amount"]')).toHaveText('¥18,900.00');
  await expect(page.locator('[data-test="status"]')).toHaveText('已提交，待市级审核');

  // Approved by the city and the region: the printable notice has the amount in figures and words.
  let v = (await (await yinchuan.get(`/api/claims/${id}`)).json()).version;
  expect(
    (
      await yinchuan.post(`/api/claims/${id}/reviews`, {
        data: { decision: 'approve', comment: '同意', version: v },
      })
    ).ok(),
  ).toBeTruthy();
  const region = await asReviewer(await playwright.request.newContext({ baseURL }), 'region.admin');
  v = (await (await region.get(`/api/claims/${id}`)).json()).version;
  expect(
    (
      await region.post(`/api/claims/${id}/reviews`, {
        data: { decision: 'approve', comment: '同意', version: v },
      })
    ).ok(),
  ).toBeTruthy();
  await page.reload();
  await expect(page.locator('[data-test="status"]')).toHaveText('已核准');
  await page.goto('/portal/profile');
  await expect(page.locator('[data-test="verification"]')).toHaveText('已审核');
  // Every change of the claim reached the notification centre; the header counts what is unread.
  await expect(page.locator('[data-test="bell"] sup')).toHaveText(/^\d+$/);
  await page.locator('[data-test="bell"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('消息中心');
  await expect(page.locator('[data-test="messages"]')).toContainText('已核准');
  await expect(page.locator('[data-test="messages"]')).toContainText('退回补正');
  await page.locator('[data-test="read-all"]').click();
  await expect(page.locator('[data-test="bell"] sup')).toBeHidden();
  await expect(page.locator('[data-test="unread-count"]')).toHaveText('0 条未读');
  await page.screenshot({ path: 'test-results/messages-1440.png', fullPage: true });
  await page.goto(`/portal/claims/${id}`);
  await page.locator('[data-test="print"]').click();
  await expect(page.locator('[data-test="notice-amount"]')).toHaveText('¥18,900.00');
  await expect(page.locator('[data-test="notice-words"]')).toHaveText('人民币壹万捌仟玖佰元整');
});

test('an enterprise reports a case lead; a too-short description is refused with the reason', async ({
  page,
}, info) => {
  test.skip(info.project.name !== 'desktop', 'desktop only');
  await signInAsDemoEnterprise(page);
  await page.goto('/portal/requests');
  await field(page, 'req-title').fill('电商平台仿冒');
  await page.locator('textarea[data-test="req-desc"], [data-test="req-desc"] textarea').first().fill('太短');
  await page.locator('[data-test="req-submit"]').click();
  // The reason in words, never the field's code.
  await expect(page.locator('[data-test="req-error"]')).toHaveText('请用至少 10 个字说明需求。');
  await page
    .locator('textarea[data-test="req-desc"], [data-test="req-desc"] textarea')
    .first()
    .fill('在某电商平台发现仿冒我司专利产品的销售链接，请协助取证。');
  await page.locator('[data-test="req-submit"]').click();
  await expect(page.locator('[data-test="requests"]')).toContainText('电商平台仿冒');
});

test('public notices list the published claims with the objection channel', async ({ page }) => {
  await page.goto('/portal/notices');
  await expect(page.locator('[data-test="notice"]').first()).toContainText('公示');
  await expect(page.locator('[data-test="notice"]').first()).toContainText('异议');
});

test('a wrong password is refused with a message; logging in and out', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'desktop only');
  await page.goto('/portal/login');
  await field(page, 'username').fill('enterprise.demo');
  // The password left empty is said at its field, in words, before anything is sent.
  await page.locator('[data-test="login"]').click();
  await expect(page.locator('.el-form-item__error')).toHaveText(['请输入密码。']);
  await field(page, 'password').fill('wrong-password');
  await page.locator('[data-test="login"]').click();
  await expect(page.locator('[data-test="login-error"]')).toContainText('用户名或密码错误');
  await field(page, 'password').fill(DEMO_PASSWORD);
  await page.locator('[data-test="login"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('我的申报');
  await expect(page.locator('[data-test="claims"]')).toBeVisible();
  await page.locator('[data-test="logout"]').click();
  await expect(page.locator('[data-test="nav-login"]')).toBeVisible();
  await page.goto('/portal/claims');
  await expect(page).toHaveURL(/\/portal\/login/);
});
