import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { field, PASSWORD, signIn } from './support.js';

/** Finds a demo enterprise by name while online; it becomes a "recent" one usable offline. */
async function pickEnterprise(page: Page, q = '宁夏') {
  await field(page, 'find').fill(q);
  await field(page, 'find').press('Enter');
  await page.locator('[data-test="results"] .van-cell').first().tap();
  await expect(page.locator('[data-test="chosen"]')).toBeVisible();
}

async function serverRecords(page: Page, marker: string) {
  const res = await page.request.get('/api/service-records?pageSize=200');
  const items = (await res.json()).items as { notes: string; photos: unknown[] }[];
  return items.filter((r) => r.notes.includes(marker));
}

test('record a service in under a minute: find, pick the type, save; it arrives', async ({ page }) => {
  await signIn(page);
  await pickEnterprise(page);
  await field(page, 'svc-type').selectOption('trademark-use');
  await field(page, 'svc-duration').fill('45');
  const marker = `在线记录 ${Date.now()}`;
  await field(page, 'svc-notes').fill(marker);
  await page.locator('[data-test="svc-save"]').tap();
  await expect(page.locator('[data-test="outbox-sent"]').first()).toContainText('商标运用指导');
  const recs = await serverRecords(page, marker);
  expect(recs).toHaveLength(1);

  // The portal's QR code, read by a scanner that types what it reads: the enterprise is picked at once.
  const e = (await (await page.request.get('/api/agency/enterprises?q=宁夏')).json()).items[1];
  await page.locator('[data-test="change-enterprise"]').tap();
  await field(page, 'find').fill(
    JSON.stringify({ t: 'huiqi-enterprise', id: e.id, code: e.creditCode, name: e.name }),
  );
  await field(page, 'find').press('Enter');
  await expect(page.locator('[data-test="chosen"]')).toContainText(e.name);
});

test('offline: two services with a photo wait on the phone, then each arrives exactly once', async ({
  page,
  context,
}) => {
  const photo = await readFile(join(import.meta.dirname, '..', 'public', 'icon-512.png'));
  await signIn(page);
  await pickEnterprise(page);
  await page.locator('[data-test="change-enterprise"]').tap();
  await context.setOffline(true);
  await expect(page.locator('[data-test="offline-banner"]')).toBeVisible();
  const marker = `离线记录 ${Date.now()}`;
  for (const n of [1, 2]) {
    if (await page.locator('[data-test="recent"]').isVisible())
      await page.locator('[data-test="recent"] .van-cell').first().tap();
    await field(page, 'svc-notes').fill(`${marker} #${n}`);
    await page
      .locator('[data-test="svc-photo"]')
      .setInputFiles({ name: `现场${n}.png`, mimeType: 'image/png', buffer: photo });
    await expect(page.locator('img[src^="blob:"]')).toHaveCount(1);
    await page.locator('[data-test="svc-save"]').tap();
    await expect(page.locator('[data-test="saved"]')).toBeVisible();
  }
  await expect(page.locator('[data-test="outbox-pending"]')).toHaveCount(2);
  // The app itself still opens with no connection (the service worker keeps it).
  await page.reload();
  await expect(page.locator('[data-test="outbox-pending"]')).toHaveCount(2);
  await context.setOffline(false);
  await expect(page.locator('[data-test="outbox-pending"]')).toHaveCount(0, { timeout: 20_000 });
  await expect(page.locator('[data-test="outbox-sent"]')).toHaveCount(2);
  const recs = await serverRecords(page, marker);
  expect(recs).toHaveLength(2);
  expect(recs.map((r) => r.photos.length)).toEqual([1, 1]);
});

test("an enterprise's request reaches the inbox and is closed with its outcome", async ({
  page,
  playwright,
  baseURL,
}) => {
  const ent = await playwright.request.newContext({ baseURL });
  await ent.post('/api/auth/login', { data: { username: 'enterprise.demo', password: PASSWORD } });
  const title = `商标布局咨询 ${Date.now()}`;
  const req = await (
    await ent.post('/api/service-requests', {
      data: { kind: 'trademark', title, description: '产品出口前希望指导站协助商标海外布局。' },
    })
  ).json();
  const region = await playwright.request.newContext({ baseURL });
  await region.post('/api/auth/login', { data: { username: 'region.admin', password: PASSWORD } });
  const agencies = (await (await region.get('/api/agencies')).json()).items as { id: string; kind: string }[];
  const station = agencies.find((a) => a.kind === 'trademark-station')!;
  expect(
    (
      await region.post(`/api/service-requests/${req.id}/assignment`, { data: { agencyId: station.id } })
    ).ok(),
  ).toBeTruthy();

  await signIn(page);
  await page.locator('[data-test="tab-inbox"]').tap();
  await page.locator(`[data-test="request-${req.id}"]`).tap();
  await expect(page.locator('[data-test="request-status"]')).toHaveText('待受理');
  await field(page, 'request-note').fill('已受理，约定下周上门');
  await page.locator('[data-test="request-accept"]').tap();
  await expect(page.locator('[data-test="request-status"]')).toHaveText('办理中');
  await field(page, 'request-note').fill('已完成马德里国际注册申请材料');
  await page.locator('[data-test="request-close"]').tap();
  await expect(page.locator('[data-test="request-status"]')).toHaveText('已办结');
  const events = (await (await ent.get(`/api/service-requests/${req.id}/events`)).json()).items as {
    kind: string;
  }[];
  expect(events.map((e) => e.kind)).toEqual(['accepted', 'closed']);
});

test('targets by month, and tap targets and font sizes fit a phone', async ({ page }) => {
  await signIn(page);
  const TITLES: Record<string, RegExp> = {
    'tab-targets': /年度目标/,
    'tab-inbox': /请求/,
    'tab-events': /活动/,
    'tab-me': /我的/,
    'tab-record': /记录服务/,
  };
  for (const tab of ['tab-targets', 'tab-inbox', 'tab-events', 'tab-me', 'tab-record']) {
    await page.locator(`[data-test="${tab}"]`).tap();
    // Measure the page once it is there, with its data.
    await expect(page.locator('.van-nav-bar__title')).toHaveText(TITLES[tab]!);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('.van-loading')).toHaveCount(0);
    const problems = await page.evaluate(() => {
      const out: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>(
        'button, a, select, input, textarea, .van-cell--clickable, .van-tabbar-item',
      )) {
        const r = el.getBoundingClientRect();
        if (
          !r.width ||
          !r.height ||
          getComputedStyle(el).visibility === 'hidden' ||
          el.closest('[data-test="outbox"]')
        )
          continue;
        // Tap targets: at least 40 px high (the field's whole row counts for inputs inside Vant fields).
        const box = el.closest('.van-cell, .van-tabbar-item, .van-button') ?? el;
        const h = box.getBoundingClientRect().height;
        if (h < 40) out.push(`${el.tagName} ${el.textContent?.trim().slice(0, 20)} ${Math.round(h)}px high`);
      }
      for (const el of document.querySelectorAll<HTMLElement>('body *')) {
        if (
          !el.childNodes.length ||
          ![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim())
        )
          continue;
        const size = Number(getComputedStyle(el).fontSize.replace('px', '')); // a CSS length, not money
        if (el.getBoundingClientRect().height && size < 12)
          out.push(`text "${el.textContent!.trim().slice(0, 20)}" at ${size}px`);
      }
      return out;
    });
    expect(problems, tab).toEqual([]);
  }
  await page.locator('[data-test="tab-targets"]').tap();
  await expect(page.locator('[data-test="target-M8.1"] [data-test="served"]')).not.toHaveText('0');
});

test('the app is installable: a manifest with icons and a service worker that controls the page', async ({
  page,
}) => {
  await signIn(page);
  const manifest = await (await page.request.get('/station/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ start_url: '/station/', display: 'standalone' });
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(['192x192', '512x512']);
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
});

test('on a slow 3G connection the app loads, signs in and records an event with its attendees', async ({
  page,
  context,
}) => {
  const cdp = await context.newCDPSession(page);
  // Chrome's "Slow 3G" preset: 400 ms round trips, 400 kbit/s each way.
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 400,
    downloadThroughput: 50 * 1024,
    uploadThroughput: 50 * 1024,
  });
  await signIn(page);
  await page.locator('[data-test="tab-events"]').tap();
  await page.locator('[data-test="event-add"] .van-nav-bar__right').tap();
  await field(page, 'ev-kind').selectOption('matchmaking');
  const title = `高校专利供需对接会 ${Date.now()}`;
  await field(page, 'ev-title').fill(title);
  await field(page, 'ev-place').fill('银川iBi育成中心');
  await page.locator('[data-test="ev-add-attendee"]').tap();
  await pickAttendee(page);
  await page.locator('[data-test="ev-save"]').tap();
  await expect(page.locator('[data-test="outbox-sent"]').first()).toContainText(title, { timeout: 30_000 });
  await page.reload();
  await expect(page.locator('[data-test="events"]')).toContainText(title, { timeout: 30_000 });
});

async function pickAttendee(page: Page) {
  await field(page, 'find').fill('宁夏');
  await field(page, 'find').press('Enter');
  await page.locator('[data-test="results"] .van-cell').first().tap();
}
