import { creditCode as sharedCreditCode } from '@huiqi/playwright-config/support';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** An input by its data-test, whether Element Plus put the attribute on the input or its wrapper. */
export const field = (page: Page, name: string) =>
  page.locator(`input[data-test="${name}"], [data-test="${name}"] input`).first();
export const DEMO_PASSWORD = 'Huiqi#2026demo';

/** A reviewer acting through the API (the console is another app). */
export async function asReviewer(request: APIRequestContext, username: string) {
  const res = await request.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(res.ok()).toBeTruthy();
  return request;
}

/** A valid credit code of a new enterprise per run (the portal's range, apart from the console's). */
export const creditCode = (seed: number) => sharedCreditCode(seed, 300000000);

/** Signs the page in as the demo enterprise and waits for the sign-in to land. */
export async function signInAsDemoEnterprise(page: Page) {
  await page.goto('/portal/login');
  await field(page, 'username').fill('enterprise.demo');
  await field(page, 'password').fill(DEMO_PASSWORD);
  await page.locator('[data-test="login"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('我的申报');
}

/**
 * A new verified Yinchuan enterprise (signed in on `page`) with a claim in each state a page shows
 * differently: a draft, one returned for corrections, one approved by the city and the region.
 */
export async function enterpriseWithClaimStates(
  page: Page,
  playwright: { request: { newContext(o: { baseURL: string }): Promise<APIRequestContext> } },
  baseURL: string,
) {
  const seed = Math.floor(Math.random() * 1e8);
  const username = `states${seed}`;
  const password = 'Portal#E2e2026';
  const ent = page.request;
  const reg = await ent.post('/api/enterprises', {
    data: {
      creditCode: creditCode(seed),
      name: `宁夏状态测试${seed}有限公司`,
      areaCode: '640100',
      industry: 'new-materials',
      srdiLevel: 'provincial',
      contactName: '赵六',
      contactPhone: '13912345671',
      username,
      password,
    },
  });
  expect(reg.ok(), await reg.text()).toBeTruthy();
  const city = await asReviewer(await playwright.request.newContext({ baseURL }), 'yinchuan.admin');
  const region = await asReviewer(await playwright.request.newContext({ baseURL }), 'region.admin');
  const enterpriseId = (await reg.json()).enterprise.id;
  expect(
    (
      await city.post(`/api/enterprises/${enterpriseId}/verification`, {
        data: { status: 'verified', srdiVerified: true, comment: '核验' },
      })
    ).ok(),
  ).toBeTruthy();
  const round = (await (await ent.get('/api/rounds')).json()).items.find((r: { open: boolean }) => r.open);
  const draft = async (fee: string) =>
    (await (
      await ent.post('/api/claims', {
        data: { roundId: round.id, claim: { provision: 'M7.5', evaluationFeePaid: fee } },
      })
    ).json()) as { id: string; version: number };
  const decide = async (
    who: APIRequestContext,
    id: string,
    decision: string,
    extra: Record<string, unknown> = {},
  ) => {
    const { version } = await (await who.get(`/api/claims/${id}`)).json();
    const res = await who.post(`/api/claims/${id}/reviews`, {
      data: { decision, comment: '审核意见', version, ...extra },
    });
    expect(res.ok(), await res.text()).toBeTruthy();
  };
  const submit = async (c: { id: string; version: number }) =>
    expect(
      (await ent.post(`/api/claims/${c.id}/submit`, { data: { version: c.version } })).ok(),
    ).toBeTruthy();
  const drafted = await draft('12000.00');
  const returned = await draft('8000.00');
  await submit(returned);
  await decide(city, returned.id, 'return', { fixItems: ['补充评估报告'] });
  const approved = await draft('20000.00');
  await submit(approved);
  await decide(city, approved.id, 'approve');
  await decide(region, approved.id, 'approve');
  await page.goto('/portal/claims');
  return { draft: drafted.id, returned: returned.id, approved: approved.id, username, password };
}

/**
 * A new Yinchuan enterprise signed in on `page` (registered through the API, not verified: a request
 * needs no verification) that has asked for help: the request's id.
 */
export async function enterpriseWithRequest(
  page: Page,
  who: { name: string; username: string },
  request: { title: string; description: string },
) {
  const seed = Math.floor(Math.random() * 1e8);
  const reg = await page.request.post('/api/enterprises', {
    data: {
      creditCode: creditCode(seed),
      name: `${who.name}${seed}有限公司`,
      areaCode: '640100',
      industry: 'new-materials',
      srdiLevel: 'provincial',
      contactName: '钱七',
      contactPhone: '13912345672',
      username: `${who.username}${seed}`,
      password: 'Portal#E2e2026',
    },
  });
  expect(reg.ok(), await reg.text()).toBeTruthy();
  const asked = await page.request.post('/api/service-requests', {
    data: { kind: 'assistance', ...request },
  });
  expect(asked.ok(), await asked.text()).toBeTruthy();
  return (await asked.json()).id as string;
}
