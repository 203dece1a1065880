import { expect, test } from '@playwright/test';
import { addDays, todayInChina } from '@huiqi/domain';
import { signInAsDemoEnterprise } from './support.js';

test('an enterprise registers its IP manager (bad input refused at the field), and starts its M7.4 claim from a guaranteed loan', async ({
  page,
}, info) => {
  await signInAsDemoEnterprise(page);
  await page.locator('[data-test="nav-records"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('我的记录');

  await page.goto('/portal/records?kind=ip-manager');
  const rows = page.locator('[data-test="records"] tbody tr');
  await expect(rows.filter({ hasText: '孙悦' })).toHaveCount(1);
  const name = info.project.name === 'phone' ? '吴芳' : '周岚';
  const before = await rows.count();
  await page.locator('[data-test="new-record"]').click();
  const dialog = page.locator('[data-test="record-dialog"]');
  await dialog.locator('[data-test="save-record"]').click();
  await expect(dialog.locator('[data-test="field-name"]')).toContainText('请填写姓名。');
  await expect(rows).toHaveCount(before);
  await dialog.locator('#rec-ip-manager-name').fill(name);
  await dialog.locator('#rec-ip-manager-position').fill('知识产权专员');
  await dialog.locator('#rec-ip-manager-since').fill(addDays(todayInChina(), -3));
  await dialog.locator('#rec-ip-manager-since').press('Enter');
  await dialog.locator('[data-test="save-record"]').click();
  await expect(dialog).toBeHidden();
  await expect(rows).toHaveCount(before + 1);
  await expect(rows.filter({ hasText: name })).toContainText('待市级核验');
  await page.screenshot({ path: `test-results/portal-records-${info.project.name}.png`, fullPage: true });

  await page.goto('/portal/records?kind=guaranteed-loan');
  await expect(rows.first()).toContainText('¥6,000,000.00');
  await expect(page.locator('[data-test="new-record"]')).toHaveCount(0);
  await rows.first().locator('[data-test="start-claim"]').click();
  await expect(page).toHaveURL(/\/portal\/calculator\/M7\.4/);
  await expect(page.locator('input[data-test="principal"]')).toHaveValue('6000000.00');
  await expect(page.locator('input[data-test="disbursedOn"]')).not.toHaveValue('');
});
