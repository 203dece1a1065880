import { expect, type Page } from '@playwright/test';

export const PASSWORD = 'Huiqi#2026demo';
/** The smallest file the API takes as a PDF, for evidence. */
export const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n');

/** An input by its data-test, whether Vant put the attribute on the field's wrapper or on the control. */
export const field = (page: Page, name: string) =>
  page
    .locator(
      `[data-test="${name}"] input, [data-test="${name}"] textarea, input[data-test="${name}"], select[data-test="${name}"]`,
    )
    .first();

/** Signs the station worker in; the station opens at 记录服务. */
export async function signIn(page: Page) {
  await page.goto('/station/login');
  await field(page, 'username').fill('station.worker');
  await field(page, 'password').fill(PASSWORD);
  await page.locator('[data-test="login"]').click();
  await expect(page.locator('.van-nav-bar__title')).toHaveText('记录服务');
}
