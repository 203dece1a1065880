import { expect, test } from '@playwright/test';
import { field, signInAsDemoEnterprise } from './support.js';

/** M4.2: a patent navigation project applies with its plan; once approved it files its report. */
const SHOTS = '/tmp/m42-shots';

test('an enterprise applies for a patent navigation project, errors at the field in Chinese', async ({
  page,
}, info) => {
  await signInAsDemoEnterprise(page);
  await page.goto('/portal/calculator/M4.2');
  const year = new Date().getFullYear();
  await field(page, 'projectName').fill('光伏组件回收关键技术攻关专利导航');
  await page.locator('textarea[data-test="coreTechnologies"]').fill('晶硅组件无损拆解\n银浆回收提纯');
  await page.locator('textarea[data-test="navigationScope"]').fill('光伏组件回收装备\n再生硅材料');
  await field(page, 'startsOn').fill(`${year}-06-01`);
  await field(page, 'endsOn').fill(`${year}-05-01`);
  await field(page, 'budgetRequested').fill('0');
  await page.locator('textarea[data-test="team"]').fill('周工 本企业 项目负责人');
  await page.locator('[data-test="undertaker"]').getByText('委托专利导航服务基地实施').click();
  await page.locator('[data-test="calculate"]').click();
  // Each problem at its field, nothing computed.
  const errors = page.locator('.el-form-item__error');
  await expect(errors.filter({ hasText: '计划完成日期' })).toHaveCount(1);
  await expect(errors.filter({ hasText: '申请专项资金' })).toHaveCount(1);
  await expect(page.locator('[data-test="result"]')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/portal-apply-errors-${info.project.name}.png`, fullPage: true });

  await field(page, 'endsOn').fill(`${year}-11-30`);
  await field(page, 'budgetRequested').fill('260000');
  await page.locator('[data-test="calculate"]').click();
  await expect(page.locator('[data-test="amount"]')).toHaveText('¥260,000.00');
  await expect(page.locator('[data-test="trace"]')).toContainText('由审核人员在审核时核定');
  await page.screenshot({ path: `${SHOTS}/portal-apply-result-${info.project.name}.png`, fullPage: true });
  await page.locator('[data-test="save-draft"]').click();
  await expect(page.locator('[data-test="draft"]')).toContainText('光伏组件回收关键技术攻关专利导航');
  await expect(page.locator('[data-test="draft"]')).toContainText('委托专利导航服务基地实施');
});

test('the approved project files its navigation report, told at the field first', async ({ page }, info) => {
  // The demo has one approved project of the demo enterprise without a report: filed once.
  test.skip(info.project.name !== 'desktop', 'filed once; the phone layout is looked at after');
  await signInAsDemoEnterprise(page);
  const list = await (await page.request.get('/api/claims?provision=M4.2&pageSize=50')).json();
  const approved = list.items.find((a: { status: string }) => a.status === 'approved');
  expect(approved).toBeDefined();
  await page.goto(`/portal/claims/${approved.id}`);
  const card = page.locator('[data-test="navigation-report"]');
  await expect(card).toBeVisible();
  await card.locator('[data-test="file-report"]').click();
  await expect(card.locator('.el-form-item__error').filter({ hasText: '10 至 2000' })).toHaveCount(1);
  await expect(card.locator('.el-form-item__error').filter({ hasText: '请选择' })).toHaveCount(1);
  await page
    .locator('[data-test="report-summary-input"] textarea, textarea[data-test="report-summary-input"]')
    .first()
    .fill('检索分析多晶硅提纯领域专利 1260 件，识别核心专利 58 件，提出三条布局路径与两项侵权风险预警。');
  await page.locator('[data-test="report-file-input"]').setInputFiles({
    name: '专利导航报告.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n'),
  });
  await card.locator('[data-test="file-report"]').click();
  await expect(card.locator('[data-test="report-filed"]')).toBeVisible();
  await expect(card.locator('[data-test="report-summary"]')).toContainText('三条布局路径');
  await page.screenshot({ path: `${SHOTS}/portal-report-1440.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.locator('[data-test="report-filed"]')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/portal-report-390.png`, fullPage: true });
});
