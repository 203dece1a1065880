import { expect, test } from '@playwright/test';
import { asReviewer, enterpriseWithRequest } from './support.js';

// M9.2 / M10.1: the enterprise sees who handles its request, and by when — first the agency the
// city assigned, then the one it was moved to.

test('the enterprise sees the agency handling its request and its time, after a reassignment too', async ({
  page,
  playwright,
  baseURL,
}, info) => {
  const id = await enterpriseWithRequest(
    page,
    { name: '宁夏请求测试', username: 'req' },
    {
      title: '被诉侵权请求援助',
      description: '我司收到专利侵权警告函，请求维权援助中心协助分析并提供应对建议。',
    },
  );

  await page.goto('/portal/requests');
  const row = page.locator('[data-test="requests"] [data-test="request"]', { hasText: '被诉侵权请求援助' });
  await expect(row).toContainText('待分派服务机构');

  const city = await asReviewer(await playwright.request.newContext({ baseURL }), 'yinchuan.admin');
  const agencies = (await (await city.get('/api/agencies')).json()).items as { id: string; name: string }[];
  const centre = agencies.find((a) => a.name === '宁夏知识产权维权援助中心')!;
  const station = agencies.find((a) => a.name === '银川市商标品牌指导站')!;
  expect(
    (await city.post(`/api/service-requests/${id}/assignment`, { data: { agencyId: centre.id } })).ok(),
  ).toBeTruthy();
  await page.reload();
  await expect(row.locator('[data-test="req-handler"]')).toHaveText('宁夏知识产权维权援助中心');
  await expect(row).toContainText('已分派服务机构');
  await expect(row.locator('[data-test="due"]')).toContainText('剩15个工作日');
  await page.screenshot({ path: info.outputPath(`requests-${info.project.name}.png`), fullPage: true });

  expect(
    (
      await city.post(`/api/service-requests/${id}/reassignment`, {
        data: { agencyId: station.id, reason: '先由指导站上门了解情况', workingDays: 5 },
      })
    ).ok(),
  ).toBeTruthy();
  await page.reload();
  await expect(row.locator('[data-test="req-handler"]')).toHaveText('银川市商标品牌指导站');
  await expect(row.locator('[data-test="due"]')).toContainText('剩5个工作日');
});
