import { and, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, enterprises, srdiListEntries, users } from '../../db/schema.js';
import { hashPassword } from '../../lib/passwords.js';
import { workbook } from '../../lib/spreadsheet.js';
import { readJson } from '../../test-support/read-json.js';
import { PASSWORD, useHarness } from '../../test-support/harness.js';

// M9.1 information sharing: the SRDI and little-giant lists kept per year, and the industry
// department (read only, scoped to its area) seeing its area's enterprises with their IP profile,
// claims and cases.

const h = useHarness();
let region: string;
beforeAll(async () => {
  region = (await h.as('region')).cookie()!;
  const passwordHash = await hashPassword(PASSWORD);
  await h.db.insert(users).values([
    {
      username: 'yc.industry',
      displayName: '银川市工信局',
      passwordHash,
      role: 'industry-dept',
      areaCode: '640100',
    },
    { username: 'nx.industry', displayName: '自治区工信厅', passwordHash, role: 'industry-dept' },
  ]);
});

const xlsx = (rows: string[][]) =>
  workbook([
    {
      name: 'S',
      columns: ['统一社会信用代码', '企业名称', '专精特新级别'].map((header, i) => ({
        header,
        key: `c${i}`,
      })),
      rows: rows.map((r) => Object.fromEntries(r.map((v, i) => [`c${i}`, v]))),
    },
  ]);
async function upload(path: string, data: Uint8Array, cookie = region) {
  const form = new FormData();
  form.set('file', new File([Buffer.from(data)], 'list.xlsx'));
  return h.app.request(`http://huiqi.test/api${path}`, {
    method: 'POST',
    headers: { Cookie: cookie },
    body: form,
  });
}
const get = async (cookie: string, path: string) =>
  h.app.request(`http://huiqi.test/api${path}`, { headers: { Cookie: cookie } });

describe('M9.1: the SRDI and little-giant lists, per year', () => {
  it('keeps each year’s list as imported; a city and its industry department read their area’s entries', async () => {
    const a = await h.enterprise({ areaCode: '640100', verify: false });
    const b = await h.enterprise({ areaCode: '640400', verify: false });
    const y2025 = await readJson(
      await upload(
        '/imports/srdi-list?commit=all&year=2025',
        await xlsx([
          [a.enterprise.creditCode, a.enterprise.name, '自治区级'],
          [b.enterprise.creditCode, b.enterprise.name, '国家级小巨人'],
        ]),
      ),
    );
    expect(y2025).toMatchObject({ committed: true, imported: 2, bad: 0 });
    const y2026 = await readJson(
      await upload(
        '/imports/srdi-list?commit=all&year=2026',
        await xlsx([[a.enterprise.creditCode, a.enterprise.name, '小巨人']]),
      ),
    );
    expect(y2026).toMatchObject({ imported: 1 });
    // The registry takes the level the lists confirm; each year keeps its own.
    const [row] = await h.db.select().from(enterprises).where(eq(enterprises.id, a.enterprise.id));
    expect(row).toMatchObject({ srdiLevel: 'little-giant', srdiVerified: true });

    const all = await readJson(await get(region, '/srdi-lists?year=2025'));
    expect(all.years).toEqual([2026, 2025]);
    expect(all.items.map((x: { creditCode: string; level: string }) => [x.creditCode, x.level])).toEqual(
      expect.arrayContaining([
        [a.enterprise.creditCode, 'provincial'],
        [b.enterprise.creditCode, 'little-giant'],
      ]),
    );
    const industry = (await h.as('yc.industry')).cookie()!;
    const mine = await readJson(await get(industry, '/srdi-lists?year=2025'));
    expect(mine.items.map((x: { creditCode: string }) => x.creditCode)).toEqual([a.enterprise.creditCode]);
    expect(mine.items.every((x: { areaCode: string }) => x.areaCode === '640100')).toBe(true);
    // No year: the newest list.
    const newest = await readJson(await get(industry, '/srdi-lists'));
    expect(newest).toMatchObject({
      year: 2026,
      items: [{ creditCode: a.enterprise.creditCode, level: 'little-giant' }],
    });
    const giants = await readJson(await get(region, '/srdi-lists?year=2025&level=little-giant'));
    expect(giants.items.map((x: { creditCode: string }) => x.creditCode)).toEqual([b.enterprise.creditCode]);
    const guyuan = (await h.as('guyuan')).cookie()!;
    expect((await readJson(await get(guyuan, '/srdi-lists?year=2025'))).items).toHaveLength(1);

    // Imported again for 2026: the year's entry is replaced, not doubled; every change is audited with its year.
    await upload(
      '/imports/srdi-list?commit=all&year=2026',
      await xlsx([[a.enterprise.creditCode, '新名称有限公司', '自治区级']]),
    );
    const again = await h.db
      .select()
      .from(srdiListEntries)
      .where(and(eq(srdiListEntries.year, 2026), eq(srdiListEntries.enterpriseId, a.enterprise.id)));
    expect(again).toMatchObject([{ level: 'provincial', name: '新名称有限公司' }]);
    const audits = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'enterprise.srdi-imported'), eq(auditLog.targetId, a.enterprise.id)));
    expect(audits.map((x) => (x.after as { year: number }).year)).toEqual([2025, 2026, 2026]);
  });

  it('refuses a bad year or a formula-laden, half-bad file with zh/en and keeps nothing of it', async () => {
    const a = await h.enterprise({ verify: false });
    const before = (await h.db.select({ n: count() }).from(srdiListEntries))[0]!.n;
    const bad = await upload(
      '/imports/srdi-list?commit=all&year=1999',
      await xlsx([[a.enterprise.creditCode, '', '自治区级']]),
    );
    expect(bad.status).toBe(400);
    const body = await readJson(bad);
    expect(body.error.zh).toContain('year');
    expect(body.error.en).toContain('year');
    const halfBad = await upload(
      '/imports/srdi-list?commit=all&year=2026',
      await xlsx([
        [a.enterprise.creditCode, '=HYPERLINK("http://evil","点我")', '自治区级'],
        ['=1+1', '', '省级'],
      ]),
    );
    expect(halfBad.status).toBe(409);
    expect((await readJson(halfBad)).error.zh).toContain('未导入任何数据');
    expect((await h.db.select({ n: count() }).from(srdiListEntries))[0]!.n).toBe(before);
    // Only the region imports; the industry department reads.
    const industry = (await h.as('yc.industry')).cookie()!;
    expect((await upload('/imports/srdi-list?commit=all&year=2026', await xlsx([]), industry)).status).toBe(
      403,
    );
  });
});

describe('M9.1: the industry department sees its area, read only', () => {
  it('lists and opens its area’s enterprises with their IP profile, claims and cases; another area’s is 404', async () => {
    const mine = await h.enterprise({ areaCode: '640100' });
    const other = await h.enterprise({ areaCode: '640400' });
    await mine.client.profile.addIpAsset(mine.enterprise.id, {
      kind: 'national-advantage',
      date: `${h.year - 1}-06-10`,
    });
    const claim = await mine.client.claims.create({
      roundId: h.round.id,
      claim: { provision: 'M7.5', evaluationFeePaid: '20000.00' },
    });
    const otherClaim = await other.client.claims.create({
      roundId: h.round.id,
      claim: { provision: 'M7.5', evaluationFeePaid: '10000.00' },
    });
    const city = await h.as('yinchuan');
    const filed = await city.adjudication.create({
      requester: { enterpriseId: mine.enterprise.id },
      respondent: { name: '某某机械制造有限公司' },
      patentNumber: 'ZL202310123456.7',
      patentTitle: '一种高强度耐磨合金的制备方法',
      assertedClaims: '权利要求1—3',
      requests: '责令被请求人立即停止制造、销售侵权产品。',
      receivedOn: '2026-09-24',
    });

    const industry = await h.as('yc.industry');
    const cookie = industry.cookie()!;
    const list = await readJson(await get(cookie, '/enterprises?pageSize=200'));
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((e: { areaCode: string }) => e.areaCode === '640100')).toBe(true);
    expect((await get(cookie, `/enterprises/${mine.enterprise.id}`)).status).toBe(200);
    expect((await get(cookie, `/enterprises/${other.enterprise.id}`)).status).toBe(404);
    const assets = await readJson(await get(cookie, `/enterprises/${mine.enterprise.id}/ip-assets`));
    expect(assets.items).toMatchObject([{ kind: 'national-advantage' }]);
    expect((await get(cookie, `/enterprises/${other.enterprise.id}/ip-assets`)).status).toBe(404);
    const claims = await readJson(await get(cookie, `/claims?enterpriseId=${mine.enterprise.id}`));
    expect(claims.items.map((x: { id: string }) => x.id)).toEqual([claim.id]);
    expect((await get(cookie, `/claims/${claim.id}`)).status).toBe(200);
    expect((await get(cookie, `/claims/${otherClaim.id}`)).status).toBe(404);
    const cases = await readJson(await get(cookie, '/adjudication-cases'));
    expect(cases.items.map((x: { id: string }) => x.id)).toContain(filed.id);
    expect(cases.items.every((x: { areaCode: string }) => x.areaCode === '640100')).toBe(true);
    expect((await get(cookie, `/adjudication-cases/${filed.id}`)).status).toBe(200);
    // One enterprise's cases (the console's profile of it): as a party, requester or respondent.
    const ofMine = await readJson(
      await get(cookie, `/adjudication-cases?enterpriseId=${mine.enterprise.id}`),
    );
    expect(ofMine.items.map((x: { id: string }) => x.id)).toEqual([filed.id]);
    const ofOther = await readJson(
      await get(cookie, `/adjudication-cases?enterpriseId=${other.enterprise.id}`),
    );
    expect(ofOther.items).toEqual([]);
    const bad = await get(cookie, '/adjudication-cases?enterpriseId=not-an-id');
    expect(bad.status).toBe(400);
    expect((await readJson(bad)).error.zh).toBeTruthy();

    // Read only: no verification, no filing, no import, no review.
    const post = (path: string, body: unknown) =>
      h.app.request(`http://huiqi.test/api${path}`, {
        method: 'POST',
        headers: { Cookie: cookie, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect(
      (await post(`/enterprises/${mine.enterprise.id}/verification`, { status: 'verified', comment: '核验' }))
        .status,
    ).toBe(403);
    expect((await post('/adjudication-cases', {})).status).toBe(403);
    expect((await get(cookie, '/service-requests')).status).toBe(403);

    // The region's industry department sees every area.
    const regionWide = (await h.as('nx.industry')).cookie()!;
    expect((await get(regionWide, `/enterprises/${other.enterprise.id}`)).status).toBe(200);
  });

  it('the region creates an industry department account for an area', async () => {
    const admin = await h.as('region');
    const res = await h.app.request('http://huiqi.test/api/users', {
      method: 'POST',
      headers: { Cookie: admin.cookie()!, 'content-type': 'application/json' },
      body: JSON.stringify({
        username: 'szs.industry',
        displayName: '石嘴山市工信局',
        role: 'industry-dept',
        areaCode: '640200',
        password: 'Industry#Dept2026x',
      }),
    });
    expect(res.status, JSON.stringify(await readJson(res.clone()))).toBe(201);
    const [u] = await h.db.select().from(users).where(eq(users.username, 'szs.industry'));
    expect(u).toMatchObject({ role: 'industry-dept', areaCode: '640200' });
  });
});
