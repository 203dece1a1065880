import { creditCode as sharedCreditCode } from '@huiqi/playwright-config/support';
import { expect, type APIRequestContext, type Page, type PlaywrightWorkerArgs } from '@playwright/test';

export const DEMO_PASSWORD = 'Huiqi#2026demo';
export const field = (page: Page, name: string) =>
  page
    .locator(
      `input[data-test="${name}"], [data-test="${name}"] input, textarea[data-test="${name}"], [data-test="${name}"] textarea`,
    )
    .first();

/** Opens a page from the menu: the side bar at a desk, the drawer behind 菜单 below 800 px. */
export async function nav(page: Page, name: string) {
  const link = page.locator(`[data-test="nav-${name}"]:visible`);
  if (!(await link.count())) await page.locator('[data-test="menu"]').click();
  await link.first().click();
}

export async function signIn(page: Page, username: string) {
  await page.goto('/console/login');
  await field(page, 'username').fill(username);
  await field(page, 'password').fill(DEMO_PASSWORD);
  await page.locator('[data-test="login"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('工作台');
}

/** A valid credit code of a new enterprise per run (the console's range, apart from the portal's). */
const creditCode = (seed: number) => sharedCreditCode(seed, 500000000);

/** A new Yinchuan enterprise, verified, with its claims submitted through the API (the portal is another app). */
export async function enterpriseWithClaims(
  playwright: PlaywrightWorkerArgs['playwright'],
  baseURL: string,
  claims: Record<string, unknown>[],
) {
  const seed = Math.floor(Math.random() * 1e8);
  const name = `宁夏控制台测试${seed}有限公司`;
  const ent: APIRequestContext = await playwright.request.newContext({ baseURL });
  const reg = await ent.post('/api/enterprises', {
    data: {
      creditCode: creditCode(seed),
      name,
      areaCode: '640100',
      industry: 'new-materials',
      srdiLevel: 'provincial',
      contactName: '孙八',
      contactPhone: '13912345670',
      username: `console${seed}`,
      password: 'Console#E2e2026',
    },
  });
  expect(reg.ok(), await reg.text()).toBeTruthy();
  const enterpriseId = (await reg.json()).enterprise.id;
  const city = await playwright.request.newContext({ baseURL });
  expect(
    (
      await city.post('/api/auth/login', { data: { username: 'yinchuan.admin', password: DEMO_PASSWORD } })
    ).ok(),
  ).toBeTruthy();
  expect(
    (
      await city.post(`/api/enterprises/${enterpriseId}/verification`, {
        data: { status: 'verified', srdiVerified: true, comment: '核验' },
      })
    ).ok(),
  ).toBeTruthy();
  const round = (await (await ent.get('/api/rounds')).json()).items.find((r: { open: boolean }) => r.open);
  const ids: string[] = [];
  for (const claim of claims) {
    const draft = await (await ent.post('/api/claims', { data: { roundId: round.id, claim } })).json();
    const sub = await ent.post(`/api/claims/${draft.id}/submit`, { data: { version: draft.version } });
    expect(sub.ok(), await sub.text()).toBeTruthy();
    ids.push(draft.id);
  }
  return { name, enterpriseId, ids, ent };
}

/** Confirms the dialog a final step asks (approve, reject, withdraw, clawback). */
export async function confirmDialog(page: Page) {
  await page.locator('.el-message-box .hq-confirm').click();
  await expect(page.locator('.el-message-box')).toBeHidden();
}
