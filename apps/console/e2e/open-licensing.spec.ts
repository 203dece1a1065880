import { expectAccessible } from '@huiqi/playwright-config/a11y';
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, field, nav, signIn } from './support.js';

// M5.2 专利开放许可 in the console: the region records an offer (a wrong patent number refused at its
// field first, in the domain's words), sees it published, sees an enterprise's interest in it and
// marks the licence concluded (a fee in words refused at its field first).

function patentNumber(): string {
  const W = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const first12 = `20251${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
  const r = [...first12].reduce((s, d, i) => s + Number(d) * W[i]!, 0) % 11;
  return `ZL${first12}.${r === 10 ? 'X' : r}`;
}
const chinaToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', dateStyle: 'short' }).format(new Date());

test('the region records an offer, sees the interest in it and marks the licence concluded', async ({
  page,
  playwright,
  baseURL,
}, info) => {
  const number = patentNumber();
  const year = Number(chinaToday().slice(0, 4));
  await signIn(page, 'region.admin');
  await nav(page, 'licensing');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('专利开放许可');
  // The demo's interests are there, with their enterprises.
  await expect(page.locator('[data-test="interests"] tbody tr').first()).toBeVisible();

  const form = page.locator('[data-test="offer-form"]');
  const wrong = number.slice(0, -1) + (number.endsWith('1') ? '2' : '1');
  await field(page, 'ol-number').fill(wrong);
  await field(page, 'ol-title').fill('一种高镍正极材料的烧结工艺');
  await field(page, 'ol-field').fill('新型材料');
  await field(page, 'ol-licensor').fill('北方民族大学');
  await field(page, 'ol-amount').fill('９万');
  await field(page, 'ol-to').fill(`${year + 1}-12-31`);
  await page.locator('[data-test="ol-area"]').click();
  await page.getByRole('option', { name: '石嘴山市', exact: true }).click();
  await page.locator('[data-test="ol-submit"]').click();
  await expect(form.locator('.el-form-item__error')).toContainText('校验');
  await page.screenshot({ path: info.outputPath('refused.png'), fullPage: true });
  await field(page, 'ol-number').fill(number);
  await page.locator('[data-test="ol-submit"]').click();
  await expect(page.getByRole('status').filter({ hasText: `已发布 ${number} 的开放许可` })).toBeVisible();
  const offerRow = page.locator('[data-test="offers"] [data-test="offer"]', { hasText: number });
  await expect(offerRow).toContainText('北方民族大学 · 高校');
  await expect(offerRow).toContainText('¥90,000.00 / 年');
  await expect(offerRow).toContainText('石嘴山市');

  // The demo enterprise (on the portal, here through the API) expresses interest.
  const published = (await (
    await page.request.get('/api/open-licences', { params: { q: number } })
  ).json()) as {
    items: { id: string }[];
  };
  const ent = await playwright.request.newContext({ baseURL });
  expect(
    (
      await ent.post('/api/auth/login', { data: { username: 'enterprise.demo', password: DEMO_PASSWORD } })
    ).ok(),
  ).toBe(true);
  const asked = await ent.post(`/api/open-licences/${published.items[0]!.id}/interests`, {
    data: { message: '拟用于正极材料扩产项目' },
  });
  expect(asked.ok(), await asked.text()).toBe(true);
  await ent.dispose();

  await page.reload();
  const row = page
    .locator('[data-test="interests"] tbody tr')
    .filter({ has: page.getByText(number, { exact: false }) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('拟用于正极材料扩产项目');
  await expect(row.locator('[data-test="interest-status"]')).toHaveText('洽谈中');
  await row.locator('[data-test="conclude"]').click();
  await field(page, 'cl-fee').fill('九万元');
  await page.locator('[data-test="cl-submit"]').click();
  await expect(page.locator('[data-test="cl-fee-reading"]')).toHaveText(
    '“九万元”不是金额，请只填数字，例如 5000000 或 500万',
  );
  await expect(row.locator('[data-test="interest-status"]')).toHaveText('洽谈中');
  await field(page, 'cl-fee').fill('9万');
  await expect(page.locator('[data-test="cl-fee-reading"]')).toHaveText('¥90,000.00 · 玖万元整');
  await page.locator('[data-test="cl-submit"]').click();
  await expect(row.locator('[data-test="interest-status"]')).toHaveText('已达成许可');
  await expect(row).toContainText(`${chinaToday()} · ¥90,000.00`);
  await expectAccessible(page);
  await page.screenshot({ path: info.outputPath('concluded.png'), fullPage: true });
});

test('a registered enterprise as licensor is picked from the registry, not typed (at phone width)', async ({
  page,
}, info) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const number = patentNumber();
  const year = Number(chinaToday().slice(0, 4));
  await signIn(page, 'yinchuan.admin');
  await nav(page, 'licensing');
  await field(page, 'ol-number').fill(number);
  await field(page, 'ol-title').fill('一种枸杞多糖的低温提取方法');
  await field(page, 'ol-field').fill('生物医药');
  await page.locator('[data-test="ol-fee-kind"]').getByText('免费许可').click();
  await field(page, 'ol-to').fill(`${year + 1}-06-30`);
  await page.locator('[data-test="ol-kind"]').getByText('企业', { exact: true }).click();
  // The registry's enterprise by name, not a free text.
  await expect(page.locator('[data-test="ol-licensor-enterprise"]')).toBeVisible();
  await page.locator('[data-test="ol-submit"]').click();
  await expect(page.locator('[data-test="ol-licensor"] .el-form-item__error')).toContainText('许可人');
  await page.locator('[data-test="ol-licensor-enterprise"]').click();
  await page.keyboard.type('宁夏');
  const option = page.locator('.el-select-dropdown__item:visible').first();
  // The option reads 名称（信用代码）: the name is all before the last bracket (names may hold brackets).
  const picked = (await option.innerText()).replace(/（[^（]*）$/, '').trim();
  await option.click();
  await page.locator('[data-test="ol-submit"]').click();
  await expect(page.getByRole('status').filter({ hasText: `已发布 ${number} 的开放许可` })).toBeVisible();
  await expect(page.locator('[data-test="offers"] [data-test="offer"]', { hasText: number })).toContainText(
    `${picked} · 企业`,
  );
  const listed = (await (await page.request.get('/api/open-licences', { params: { q: number } })).json()) as {
    items: { licensor: { name: string; enterpriseId: string | null } }[];
  };
  expect(listed.items[0]!.licensor).toMatchObject({ name: picked, enterpriseId: expect.any(String) });
  await expectAccessible(page);
  await page.screenshot({ path: info.outputPath('licensor-enterprise-390.png'), fullPage: true });
});

test('the region amends an offer (a bad rate refused at its field first) and withdraws it: off the portal, the enterprise interested told why', async ({
  page,
  playwright,
  baseURL,
}, info) => {
  const number = patentNumber();
  const year = Number(chinaToday().slice(0, 4));
  const region = await playwright.request.newContext({ baseURL });
  expect(
    (
      await region.post('/api/auth/login', { data: { username: 'region.admin', password: DEMO_PASSWORD } })
    ).ok(),
  ).toBe(true);
  const created = await region.post('/api/open-licences', {
    data: {
      patentNumber: number,
      patentTitle: '一种盐碱地改良剂及其施用方法',
      technicalField: '现代农业',
      licensorName: '宁夏农林科学院',
      licensorKind: 'institute',
      feeKind: 'lump-sum',
      feeAmount: '40000.00',
      periodFrom: `${year}-01-01`,
      periodTo: `${year + 1}-12-31`,
      areaCode: '640500',
    },
  });
  expect(created.ok(), await created.text()).toBe(true);
  const offerId = ((await created.json()) as { id: string }).id;
  await region.dispose();
  const ent = await playwright.request.newContext({ baseURL });
  await ent.post('/api/auth/login', { data: { username: 'enterprise.demo', password: DEMO_PASSWORD } });
  expect(
    (await ent.post(`/api/open-licences/${offerId}/interests`, { data: { message: '拟在中卫示范' } })).ok(),
  ).toBe(true);

  await signIn(page, 'region.admin');
  await nav(page, 'licensing');
  const card = page.locator('[data-test="offers"] [data-test="offer"]', { hasText: number });
  await expect(card.locator('[data-test="offer-fee"]')).toHaveText('¥40,000.00 / 年');

  // Amend: a royalty, first with a rate that is not one.
  await card.locator('[data-test="offer-amend"]').click();
  const amend = page.locator('[data-test="offer-amend-form"]');
  await amend.getByText('按销售额提成', { exact: false }).first().click();
  await field(page, 'am-rate').fill('3%');
  await field(page, 'am-desc').fill('每亩用量 40 公斤，适用于银北灌区。');
  await page.locator('[data-test="amend-submit"]').click();
  await expect(amend.locator('.el-form-item__error')).toContainText('提成比例');
  await page.screenshot({ path: info.outputPath('amend-refused.png'), fullPage: true });
  expect(
    ((await (await page.request.get(`/api/open-licences/${offerId}`)).json()) as { feeKind: string }).feeKind,
  ).toBe('lump-sum');
  await field(page, 'am-rate').fill('0.03');
  await page.locator('[data-test="amend-submit"]').click();
  await expect(page.getByRole('status').filter({ hasText: `已修改 ${number} 的开放许可条款` })).toBeVisible();
  await expect(card.locator('[data-test="offer-fee"]')).toHaveText('按销售额 3% 提成');
  await expect(card.locator('[data-test="offer-description"]')).toHaveText(
    '每亩用量 40 公斤，适用于银北灌区。',
  );
  await expect(card.locator('[data-test="offer-amended"]')).toContainText(`条款于 ${chinaToday()} 修改`);

  // Withdraw: a reason too short is refused at its field; then the offer leaves the listing.
  await card.locator('[data-test="offer-withdraw"]').click();
  await field(page, 'wd-reason').fill('不要了');
  await page.locator('[data-test="withdraw-submit"]').click();
  await expect(page.locator('[data-test="offer-withdraw-form"] .el-form-item__error')).toContainText(
    '撤回开放许可的原因',
  );
  await field(page, 'wd-reason').fill('许可人已将该专利转让给区外企业');
  await page.locator('[data-test="withdraw-submit"]').click();
  await expect(page.getByRole('status').filter({ hasText: `已撤回 ${number} 的开放许可` })).toBeVisible();
  await expect(card).toHaveCount(0);
  const row = page.locator('[data-test="interests"] tbody tr').filter({ hasText: number });
  await expect(row.locator('[data-test="interest-withdrawn"]')).toContainText(
    '许可人已将该专利转让给区外企业',
  );
  await expect(row.locator('[data-test="conclude"]')).toHaveCount(0);
  expect((await page.request.get(`/api/open-licences/${offerId}`)).status()).toBe(404);
  await expectAccessible(page);
  await page.screenshot({ path: info.outputPath('withdrawn.png'), fullPage: true });

  // The enterprise interested was told, with the reason.
  const inbox = (await (await ent.get('/api/notifications')).json()) as {
    items: { topic: string; body: { zh: string } | null }[];
  };
  expect(
    inbox.items.some(
      (n) => n.topic === 'licence.withdrawn' && n.body?.zh.includes('许可人已将该专利转让给区外企业'),
    ),
  ).toBe(true);
  await ent.dispose();
});
