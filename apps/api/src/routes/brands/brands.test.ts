import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, brandNominations, brandSelectionPlaces } from '../../db/schema.js';
import { failure, useHarness, type Harness } from '../../test-support/harness.js';
import { readJson } from '../../test-support/read-json.js';

const h = useHarness();
let region: Awaited<ReturnType<Harness['as']>>;
beforeAll(async () => {
  region = await h.as('region');
});

const PDF = new Blob([new TextEncoder().encode('%PDF-1.4\n% brand evidence\n%%EOF\n')], {
  type: 'application/pdf',
});
let reg = 10_000_000;
const brand = (o: Record<string, unknown> = {}) => ({
  trademarkName: '塞上绿',
  registrationNo: String(reg++),
  niceClass: 30,
  owner: '宁夏测试企业有限公司',
  statement: '枸杞产品主商标，区内市场占有率前三。',
  ...o,
});
async function withEvidence(c: Awaited<ReturnType<Harness['as']>>, id: string) {
  await c.brands.addEvidence(id, { file: PDF, kind: 'distinctiveness' });
  return c.brands.addEvidence(id, { file: PDF, kind: 'reputation' });
}

describe('M8.2 brand nominations', () => {
  it('an SRDI enterprise nominates its trademark; bad fields are refused at the field in zh and en', async () => {
    const { client, enterprise } = await h.enterprise();
    const n = await client.brands.nominate(brand({ registrationNo: '第 １２３４５６７８ 号' }));
    expect(n).toMatchObject({
      status: 'nominated',
      year: h.year,
      enterpriseId: enterprise.id,
      areaCode: '640100',
      registrationNo: '12345678',
      agencyName: null,
      evidence: [],
    });
    const bad = await failure(
      client.brands.nominate(brand({ registrationNo: '12AB', niceClass: 46, owner: 'x', trademarkName: '' })),
    );
    expect(bad.status).toBe(400);
    const fields = Object.fromEntries(
      (bad.details as { path: string; zh: string; en: string }[]).map((i) => [i.path, i]),
    );
    expect(fields.registrationNo).toMatchObject({ zh: '注册号须为 6 至 10 位数字，与商标注册证一致。' });
    expect(fields.niceClass!.en).toMatch(/Nice class/);
    expect(fields.owner!.zh).toMatch(/注册人/);
    expect(fields.trademarkName!.zh).toMatch(/商标名称/);
    // The same registration and class twice in a year: 409, at the field.
    const twice = await failure(client.brands.nominate(brand({ registrationNo: '12345678' })));
    expect(twice).toMatchObject({ status: 409, code: 'BRAND_ALREADY_NOMINATED' });
    // Another enterprise's id in the body is not a way in.
    const other = await h.enterprise();
    expect((await failure(client.brands.nominate(brand({ enterpriseId: other.enterprise.id })))).status).toBe(
      404,
    );
    expect((await failure(other.client.brands.get(n.id))).status).toBe(404);
  });

  it('refuses an enterprise not verified as SRDI', async () => {
    const { client } = await h.enterprise({ verify: false });
    expect(await failure(client.brands.nominate(brand()))).toMatchObject({
      status: 422,
      code: 'NOT_SRDI_ENTERPRISE',
    });
  });

  it('a station nominates for an enterprise and sees its own nominations only', async () => {
    const { enterprise, client } = await h.enterprise();
    const station = await h.as('agency');
    expect(await failure(station.brands.nominate(brand()))).toMatchObject({
      status: 422,
      code: 'ENTERPRISE_REQUIRED',
    });
    const n = await station.brands.nominate(brand({ enterpriseId: enterprise.id }));
    expect(n.agencyName).toBe('测试商标品牌指导站');
    await withEvidence(station, n.id);
    expect((await station.brands.list()).items.map((x) => x.id)).toContain(n.id);
    // The enterprise sees what was nominated for it.
    expect((await client.brands.get(n.id)).evidence).toHaveLength(2);
  });

  it('cities see their area read-only; the region selects, refuses with a reason, deselects to free a place', async () => {
    const { client } = await h.enterprise();
    const n = await client.brands.nominate(brand());
    const guyuan = await h.as('guyuan');
    const yinchuan = await h.as('yinchuan');
    expect((await failure(guyuan.brands.get(n.id))).status).toBe(404);
    expect((await yinchuan.brands.get(n.id)).id).toBe(n.id);
    expect((await failure(yinchuan.brands.decide(n.id, { decision: 'select', version: 1 }))).status).toBe(
      403,
    );
    // Evidence of both kinds first.
    expect(await failure(region.brands.decide(n.id, { decision: 'select', version: 1 }))).toMatchObject({
      status: 422,
      code: 'BRAND_EVIDENCE_MISSING',
    });
    const withFiles = await withEvidence(client, n.id);
    const file = await region.brands.evidence(withFiles.evidence[0]!.id);
    expect(file).toBeInstanceOf(Blob);
    const before = (await region.brands.list()).places;
    const sel = await region.brands.decide(n.id, { decision: 'select', version: n.version });
    expect(sel.nomination.status).toBe('selected');
    expect(sel.places).toMatchObject({ cap: 50, used: before.used + 1, remaining: before.remaining - 1 });
    // Decided: no more evidence, no second decision on an old version.
    expect((await failure(client.brands.addEvidence(n.id, { file: PDF, kind: 'reputation' }))).code).toBe(
      'BRAND_DECIDED',
    );
    expect((await failure(region.brands.decide(n.id, { decision: 'select', version: n.version }))).code).toBe(
      'STALE_VERSION',
    );
    // Published, without sign-in.
    const pub = await h.app.request(`http://huiqi.test/api/brands/selected?year=${h.year}`);
    expect(pub.status).toBe(200);
    const items = ((await readJson(pub)) as { items: Record<string, unknown>[] }).items;
    expect(items).toContainEqual(
      expect.objectContaining({ trademarkName: '塞上绿', areaCode: '640100', year: h.year }),
    );
    expect(Object.keys(items[0]!).sort()).toEqual(
      ['areaCode', 'enterpriseName', 'niceClass', 'owner', 'trademarkName', 'year'].sort(),
    );
    // Deselecting needs a reason and frees the place.
    const noReason = await failure(
      region.brands.decide(n.id, { decision: 'deselect', reason: '', version: sel.nomination.version }),
    );
    expect(noReason.status).toBe(400);
    const un = await region.brands.decide(n.id, {
      decision: 'deselect',
      reason: '商标权属存在争议，撤销入选',
      version: sel.nomination.version,
    });
    expect(un.nomination).toMatchObject({ status: 'nominated', reason: '商标权属存在争议，撤销入选' });
    expect(un.places.used).toBe(before.used);
    const ref = await region.brands.decide(n.id, {
      decision: 'refuse',
      reason: '市场信誉证明不足',
      version: un.nomination.version,
    });
    expect(ref.nomination).toMatchObject({ status: 'refused', reason: '市场信誉证明不足' });
    // Every write audited.
    const actions = (
      await h.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, n.id))
    ).map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'brand.nominated',
        'brand.evidence-added',
        'brand.selected',
        'brand.deselected',
        'brand.refused',
      ]),
    );
  });

  it('the cap is the registry’s number, counted in brands: one enterprise can fill places with several, and the next is refused', async () => {
    const { client } = await h.enterprise();
    // Leave room for two.
    await h.db
      .insert(brandSelectionPlaces)
      .values({ year: h.year, used: 48 })
      .onConflictDoUpdate({ target: brandSelectionPlaces.year, set: { used: 48 } });
    const ids: { id: string; version: number }[] = [];
    for (let i = 0; i < 3; i++) {
      const n = await client.brands.nominate(brand({ trademarkName: `品牌${i}` }));
      ids.push(await withEvidence(client, n.id));
    }
    await region.brands.decide(ids[0]!.id, { decision: 'select', version: ids[0]!.version });
    const second = await region.brands.decide(ids[1]!.id, { decision: 'select', version: ids[1]!.version });
    expect(second.places).toMatchObject({ used: 50, remaining: 0 });
    const full = await failure(
      region.brands.decide(ids[2]!.id, { decision: 'select', version: ids[2]!.version }),
    );
    expect(full).toMatchObject({ status: 409, code: 'BRAND_PLACES_FULL' });
    const [row] = await h.db.select().from(brandNominations).where(eq(brandNominations.id, ids[2]!.id));
    expect(row).toMatchObject({ status: 'nominated', version: ids[2]!.version });
    // The scorecard's figure counts the selected brands (two of one enterprise count twice)…
    type Card = { measures: { provision: string; figure: string; [k: string]: unknown }[] };
    const m82 = async () =>
      ((await region.reports.scorecard({ fundingYear: h.year })) as unknown as Card).measures.find(
        (m) => m.figure === 'brands',
      );
    expect(await m82()).toMatchObject({
      unit: 'brands',
      rule: 'filled',
      goal: '50',
      goalSource: 'policy-text',
      value: '2',
      met: false,
      remaining: '48',
    });
    // …and is met only when all 50 are selected.
    const [first] = await h.db.select().from(brandNominations).where(eq(brandNominations.id, ids[0]!.id));
    await h.db.insert(brandNominations).values(
      Array.from({ length: 48 }, (_, i) => ({
        ...first!,
        id: undefined,
        registrationNo: String(90_000_000 + i),
        trademarkName: `已入选${i}`,
      })),
    );
    expect(await m82()).toMatchObject({ value: '50', met: true, remaining: '0' });
  });
});
