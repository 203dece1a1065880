import { expectAccessible } from '@huiqi/playwright-config/a11y';
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, field, signInAsDemoEnterprise } from './support.js';

// M5.2 专利开放许可: the listing needs no sign-in (1440 px and 390 px); the demo enterprise expresses
// interest in an offer the region lists for this run, marks the licence concluded (a bad fee refused
// at its field first) and starts its M5.1 claim pre-filled from it.

/** A patent number with its check character (the mod-11 check of CNIPA numbers), new each run. */
function patentNumber(): string {
  const W = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const first12 = `20241${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
  const r = [...first12].reduce((s, d, i) => s + Number(d) * W[i]!, 0) % 11;
  return `ZL${first12}.${r === 10 ? 'X' : r}`;
}
const chinaToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', dateStyle: 'short' }).format(new Date());

test('the open-licence offers are published without signing in, and fit the screen', async ({
  page,
}, info) => {
  const api = (await (await page.request.get('/api/open-licences')).json()) as { items: unknown[] };
  expect(api.items.length).toBeGreaterThan(0);
  await page.goto('/portal/open-licences');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('专利开放许可');
  const offers = page.locator('[data-test="offer"]');
  await expect(offers).toHaveCount(api.items.length);
  await expect(page.locator('[data-test="offers"]')).toContainText('宁夏大学 · 高校');
  await expect(page.locator('[data-test="offers"]')).toContainText('科研院所');
  await expect(page.locator('[data-test="offers"]')).toContainText('按销售额 3% 提成');
  await expect(page.locator('[data-test="offers"]')).toContainText('¥80,000.00 / 年');
  await expect(page.locator('[data-test="lic-login-hint"]')).toBeVisible();
  await expect(page.locator('[data-test="offer-ask"]')).toHaveCount(0);
  // Filtering by licensor kind: institutes only.
  await page.locator('[data-test="lic-kind"]').click();
  await page.getByRole('option', { name: '科研院所', exact: true }).click();
  await expect(offers.first()).toContainText('科研院所');
  await expect(page.locator('[data-test="offers"]')).not.toContainText('· 高校');
  // Nothing wider than the screen (390 px and 1440 px).
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
  await page.screenshot({ path: info.outputPath(`listing-${info.project.name}.png`), fullPage: true });
});

test('interest → licence concluded → the M5.1 claim pre-filled from it', async ({
  page,
  playwright,
  baseURL,
}, info) => {
  const number = patentNumber();
  const region = await playwright.request.newContext({ baseURL });
  expect(
    (
      await region.post('/api/auth/login', { data: { username: 'region.admin', password: DEMO_PASSWORD } })
    ).ok(),
  ).toBe(true);
  const year = Number(chinaToday().slice(0, 4));
  const created = await region.post('/api/open-licences', {
    data: {
      patentNumber: number,
      patentTitle: `一种光伏硅片的激光切割方法（${info.project.name}）`,
      technicalField: '清洁能源',
      licensorName: '宁夏大学',
      licensorKind: 'university',
      feeKind: 'lump-sum',
      feeAmount: '60000.00',
      periodFrom: `${year}-01-01`,
      periodTo: `${year + 1}-12-31`,
      areaCode: '640100',
    },
  });
  expect(created.ok(), await created.text()).toBe(true);

  await signInAsDemoEnterprise(page);
  await page.locator('[data-test="nav-licensing"]').click();
  await field(page, 'lic-search').fill(number);
  await page.locator('[data-test="lic-search-go"]').click();
  const offer = page.locator('[data-test="offer"]', { hasText: number });
  await expect(page.locator('[data-test="offer"]')).toHaveCount(1);
  await offer.locator('[data-test="offer-ask"]').click();
  await offer.locator('textarea[data-test="offer-message"]').fill('拟用于本企业切片产线');
  await offer.locator('[data-test="offer-send"]').click();
  await expect(
    page.getByRole('status').filter({ hasText: `已向许可人和自治区发送对 ${number} 的许可意向` }),
  ).toBeVisible();
  await expect(offer.locator('[data-test="offer-interested"]')).toBeVisible();

  // The region sees the interest.
  const seen = (await (await region.get('/api/licence-interests')).json()) as {
    items: { offer: { patentNumber: string }; enterpriseName: string }[];
  };
  expect(seen.items.some((i) => i.offer.patentNumber === number)).toBe(true);

  const mine = page.locator('[data-test="my-interest"]', { hasText: number });
  await expect(mine.locator('[data-test="interest-status"]')).toHaveText('洽谈中');
  await mine.locator('[data-test="conclude"]').click();
  // The fee as people type it: what is not an amount is refused at the field, in plain words;
  // full-width digits and 万 are read, the reading shown.
  await field(page, 'conclude-fee').fill('六万');
  await mine.locator('[data-test="conclude-send"]').click();
  await expect(mine.locator('[data-test="conclude-fee-reading"]')).toHaveText(
    '“六万”不是金额，请只填数字，例如 5000000 或 500万',
  );
  await expect(field(page, 'conclude-fee')).toHaveAttribute('aria-invalid', 'true');
  await expect(mine.locator('[data-test="interest-status"]')).toHaveText('洽谈中');
  await field(page, 'conclude-fee').fill('６万');
  await expect(mine.locator('[data-test="conclude-fee-reading"]')).toHaveText('¥60,000.00 · 陆万元整');
  await page.screenshot({ path: info.outputPath(`refused-${info.project.name}.png`), fullPage: true });
  await field(page, 'conclude-fee').fill('60000.00');
  await mine.locator('[data-test="conclude-send"]').click();
  await expect(mine.locator('[data-test="interest-status"]')).toHaveText('已达成许可');
  await expect(mine.locator('[data-test="interest-licence"]')).toContainText('¥60,000.00');

  await mine.locator('[data-test="start-claim"]').click();
  await expect(page).toHaveURL(/\/portal\/calculator\/M5\.1/);
  await expect(page.locator('input[data-test="transactionAmount"]')).toHaveValue('60000.00');
  await expect(page.locator('input[data-test="contractDate"]')).toHaveValue(chinaToday());
  await expect(page.getByRole('radio', { name: '许可', exact: true })).toBeChecked();
  await page.goBack();
  await expect(page.locator('[data-test="my-interest"]').first()).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: info.outputPath(`claim-${info.project.name}.png`), fullPage: true });
  await region.dispose();
});

test('the demo enterprise offers its own patent: a wrong number refused at its field, then published under its name', async ({
  page,
}) => {
  const number = patentNumber();
  const wrong = number.slice(0, -1) + (number.endsWith('1') ? '2' : '1');
  await signInAsDemoEnterprise(page);
  await page.goto('/portal/open-licences');
  await page.locator('[data-test="own-open"]').click();
  await field(page, 'own-number').fill(wrong);
  await field(page, 'own-title').fill('一种耐磨陶瓷涂层的制备方法');
  await field(page, 'own-field').fill('新型材料');
  await field(page, 'own-amount').fill('4万');
  await expect(page.locator('[data-test="own-amount-reading"]')).toHaveText('¥40,000.00 · 肆万元整');
  await field(page, 'own-to').fill(`${Number(chinaToday().slice(0, 4)) + 1}-06-30`);
  await page.locator('[data-test="own-submit"]').click();
  await expect(page.locator('[data-test="own-form"] .el-form-item__error')).toContainText('校验');
  await field(page, 'own-number').fill(number);
  await page.locator('[data-test="own-submit"]').click();
  await expect(page.getByRole('status').filter({ hasText: `已发布 ${number} 的开放许可` })).toBeVisible();
  const offer = page.locator('[data-test="offer"]', { hasText: number });
  await expect(offer.locator('[data-test="offer-licensor"]')).toContainText('· 企业');
  await expect(offer.locator('[data-test="offer-ask"]')).toHaveCount(0);
});

test('the demo enterprise amends the terms of its own offer and withdraws it; its interest in a withdrawn offer says why', async ({
  page,
}, info) => {
  const number = patentNumber();
  await signInAsDemoEnterprise(page);
  await page.goto('/portal/open-licences');
  await page.locator('[data-test="own-open"]').click();
  await field(page, 'own-number').fill(number);
  await field(page, 'own-title').fill(`一种宁夏硒砂瓜的保鲜方法（${info.project.name}）`);
  await field(page, 'own-field').fill('食品加工');
  await field(page, 'own-amount').fill('3万');
  await field(page, 'own-to').fill(`${Number(chinaToday().slice(0, 4)) + 1}-06-30`);
  await page.locator('[data-test="own-submit"]').click();
  const card = page.locator('[data-test="offer"]', { hasText: number });
  await expect(card.locator('[data-test="offer-fee"]')).toHaveText('¥30,000.00 / 年');

  // Amend the fee: an amount in words is refused at its field and nothing is sent; then ２.５万 is read.
  await card.locator('[data-test="offer-amend"]').click();
  await field(page, 'am-amount').fill('两万五');
  await page.locator('[data-test="amend-submit"]').click();
  await expect(page.locator('[data-test="am-amount-reading"]')).toContainText('不是金额');
  await field(page, 'am-amount').fill('２.５万');
  await expect(page.locator('[data-test="am-amount-reading"]')).toHaveText('¥25,000.00 · 贰万伍仟元整');
  await page.screenshot({ path: info.outputPath(`amend-${info.project.name}.png`), fullPage: true });
  await page.locator('[data-test="amend-submit"]').click();
  await expect(page.getByRole('status').filter({ hasText: `已修改 ${number} 的开放许可条款` })).toBeVisible();
  await expect(card.locator('[data-test="offer-fee"]')).toHaveText('¥25,000.00 / 年');
  await expect(card.locator('[data-test="offer-amended"]')).toBeVisible();

  // Withdraw it, with a reason: it leaves the listing.
  await card.locator('[data-test="offer-withdraw"]').click();
  await page.locator('textarea[data-test="wd-reason"]').fill('本企业决定自行实施该专利');
  await page.locator('[data-test="withdraw-submit"]').click();
  await expect(page.getByRole('status').filter({ hasText: `已撤回 ${number} 的开放许可` })).toBeVisible();
  await expect(card).toHaveCount(0);
  const listed = (await (await page.request.get('/api/open-licences', { params: { q: number } })).json()) as {
    items: unknown[];
  };
  expect(listed.items).toEqual([]);

  // The demo's interest in the offer the region withdrew: tagged, with the reason; nothing to conclude.
  const withdrawn = page.locator('[data-test="my-interest"]', { hasText: '葡萄酒酿造用酵母' });
  await expect(withdrawn.locator('[data-test="interest-withdrawn"]')).toContainText(
    '许可人已将该专利独占许可给区外企业',
  );
  await expect(withdrawn.locator('[data-test="conclude"]')).toHaveCount(0);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
  await page.screenshot({ path: info.outputPath(`withdrawn-${info.project.name}.png`), fullPage: true });
});
