import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** An input by its data-test, whether Element Plus put the attribute on the input or its wrapper. */
export const field = (page: Page, name: string) => page.locator(`input[data-test="${name}"], [data-test="${name}"] input`).first();
export const DEMO_PASSWORD = 'Huiqi#2026demo';

/** A reviewer acting through the API (the console is another app). */
export async function asReviewer(request: APIRequestContext, username: string) {
  const res = await request.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(res.ok()).toBeTruthy();
  return request;
}

/** A valid unified social credit code (GB 32100) from a seed, for a new enterprise per run. */
export function creditCode(seed: number): string {
  const A = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const first17 = `91640104${String(300000000 + seed).slice(0, 9)}`;
  const sum = [...first17].reduce((s, ch, i) => s + A.indexOf(ch) * W[i]!, 0);
  return first17 + A[(31 - (sum % 31)) % 31];
}

/** Signs the page in as the demo enterprise and waits for the sign-in to land. */
export async function signInAsDemoEnterprise(page: Page) {
  await page.goto('/portal/login');
  await field(page, 'username').fill('enterprise.demo');
  await field(page, 'password').fill(DEMO_PASSWORD);
  await page.locator('[data-test="login"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('我的申报');
}
