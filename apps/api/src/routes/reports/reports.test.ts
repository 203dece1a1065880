import {
  builtInPolicies,
  ningxia,
  ningxiaDraft,
  parsePolicyVersion,
  policyRegistry,
  simulate,
} from '@huiqi/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies, enterpriseIpAssets, serviceRecords, srdiListEntries, users } from '../../db/schema.js';
import { readSheet, readSheets } from '../../lib/spreadsheet.js';
import { buildScorecard } from './scorecard.service.js';
import { SCORECARD_SOURCES } from './sources/index.js';
import { readJson } from '../../test-support/read-json.js';
import { startHarness, type Harness } from '../../test-support/harness.js';

let h: Harness;
const ids: Record<string, string> = {};
beforeAll(async () => {
  h = await startHarness();
  // Yinchuan: two M5.1 transfers by one enterprise (the second meets the cap) and a draft; Guyuan: one M7.5.
  const a = await h.enterprise();
  for (const [name, amount] of [
    ['first', '16000000.00'],
    ['second', '8000000.00'],
  ] as const) {
    const d = await a.client.claims.create({
      roundId: h.round.id,
      claim: {
        provision: 'M5.1',
        transactionAmount: amount,
        mode: 'license',
        contractDate: `${h.year}-01-05`,
      },
    });
    ids[name] = (await a.client.claims.submit(d.id, { version: 1 })).id;
  }
  await a.client.claims.create({
    roundId: h.round.id,
    claim: { provision: 'M7.5', evaluationFeePaid: '100.00' },
  });
  const g = await h.enterprise({ areaCode: '640400' });
  const d = await g.client.claims.create({
    roundId: h.round.id,
    claim: { provision: 'M7.5', evaluationFeePaid: '12345.67' },
  });
  ids.guyuan = (await g.client.claims.submit(d.id, { version: 1 })).id;
});
afterAll(() => h.close());

const get = async (user: string, path: string) => {
  const c = await h.as(user);
  return h.app.request(`http://huiqi.test/api${path}`, { headers: { Cookie: c.cookie()! } });
};

describe('reports', () => {
  it("the overview sums exactly, by state, provision and area, within the caller's scope", async () => {
    const region = await readJson(await get('region', `/reports/overview?fundingYear=${h.year}`));
    expect(region.byStatus).toEqual([
      { status: 'draft', count: 1, assessed: '0.00', approved: '0.00' },
      // Frozen at submission: the second transfer was assessed before the first was decided (400,000).
      { status: 'submitted', count: 3, assessed: '1211111.10', approved: '0.00' },
    ]);
    expect(region.byArea.map((r: { areaCode: string }) => r.areaCode)).toEqual(['640100', '640400']);
    const guyuan = await readJson(await get('guyuan', `/reports/overview?fundingYear=${h.year}`));
    expect(guyuan.byProvision).toEqual([
      { provision: 'M7.5', count: 1, assessed: '11111.10', approved: '0.00' },
    ]);
    expect((await get('agency', `/reports/overview?fundingYear=${h.year}`)).status).toBe(403);
    expect((await get('region', '/reports/overview?fundingYear=abc')).status).toBe(400);
  });

  it('the simulation pool holds the claims in review, in submission order; simulate() on it projects the amounts with the annual cap applied across the pool, as approval will', async () => {
    const pool = await readJson(await get('region', `/reports/simulation-pool?fundingYear=${h.year}`));
    expect(pool.truncated).toBe(false);
    expect(pool.items.map((x: { id: string }) => x.id)).toEqual([ids.first, ids.second, ids.guyuan]);
    const r = simulate(
      pool.items.map(
        (x: {
          id: string;
          enterpriseId: string;
          areaCode: string;
          provision: string;
          claim: unknown;
          fundingYear: number;
          asOf: string;
        }) => ({ ...x, area: x.areaCode }),
      ),
      { policy: builtInPolicies, overrides: { 'M5.1.annualCap': '900000.00' } },
    );
    // The cap binds once both transfers are decided: 800,000 + 200,000, not the 400,000 frozen at submission.
    expect(r.base.total).toBe('1011111.10');
    expect(r.variant.byProvision['M5.1']).toBe('900000.00');
    expect(r.changed.map((x) => x.id)).toEqual([ids.second]);
    const yinchuan = await readJson(await get('yinchuan', `/reports/simulation-pool?fundingYear=${h.year}`));
    expect(yinchuan.items).toHaveLength(2);
  });

  it('the review queue filters by several states, amount and name, and sorts on the server', async () => {
    const region = await h.as('region');
    const byAmount = await region.claims.list({
      statuses: 'submitted,city-approved',
      sort: 'assessedAmount',
      order: 'desc',
      fundingYear: h.year,
    } as never);
    expect(byAmount.items.map((x) => x.assessedAmount)).toEqual(['800000.00', '400000.00', '11111.10']);
    expect(byAmount.total).toBe(3);
    const small = await region.claims.list({ statuses: 'submitted', maxAmount: '50000.00' } as never);
    expect(small.items.map((x) => x.id)).toEqual([ids.guyuan]);
    const named = await region.claims.list({ q: '100%_', statuses: 'submitted' } as never);
    expect(named.total).toBe(0);
    await expect(region.claims.list({ statuses: 'submitted,lost' } as never)).rejects.toMatchObject({
      status: 400,
    });
  });

  it('the M13 scorecard: claims and money per area, services, and the count targets met or not; the same as .xlsx', async () => {
    const served = await h.enterprise();
    const [agency] = await h.db.select().from(agencies);
    const [worker] = await h.db.select().from(users).where(eq(users.username, 'agency'));
    await h.db.insert(serviceRecords).values({
      agencyId: agency!.id,
      enterpriseId: served.enterprise.id,
      provision: 'M8.1',
      serviceType: 'trademark-registration',
      servedOn: `${h.year}-03-01`,
      durationMinutes: 60,
      participants: 2,
      createdBy: worker!.id,
    });
    const card = await readJson(await get('region', `/reports/scorecard?fundingYear=${h.year}`));
    const yinchuan = card.areas.find((a: { areaCode: string }) => a.areaCode === '640100');
    expect(yinchuan).toMatchObject({
      claims: 2,
      granted: '0.00',
      paid: '0.00',
      services: 1,
      enterprisesServed: 1,
    });
    expect(card.areas).toHaveLength(6);
    const m81 = card.measures.find(
      (m: { provision: string; figure: string }) => m.provision === 'M8.1' && m.figure === 'enterprises',
    );
    expect(m81).toMatchObject({
      unit: 'enterprises',
      rule: 'at-least',
      goal: '50',
      goalSource: 'policy-text',
      value: '1',
      met: false,
      remaining: '49',
    });
    expect(m81.goalWords).toContain('50家以上');
    expect(m81.areas.find((a: { areaCode: string }) => a.areaCode === '640100')).toEqual({
      areaCode: '640100',
      value: '1',
      records: 1,
      share: '1.0000',
    });
    // Every measure has a row — the scorecard's own (M13) its 好差评 satisfaction rate; money is
    // counted in yuan, services as services; every record kind is a figure counted from its records
    // (M7.2's guaranteed loans in yuan), none waiting for a source.
    const shown = [...card.measures, ...card.untracked].map((m: { measure: number }) => m.measure);
    expect(new Set(shown).size).toBe(13);
    expect(card.untracked.filter((u: { figure: unknown }) => u.figure !== null)).toEqual([]);
    expect(
      card.measures.find((m: { provision: string; figure: string }) => m.figure === 'guaranteed-loan'),
    ).toMatchObject({ provision: 'M7.2', unit: 'CNY', value: '0.00' });
    const m51 = card.measures.find(
      (m: { provision: string; figure: string }) => m.provision === 'M5.1' && m.figure === 'granted',
    );
    expect(m51).toMatchObject({ unit: 'CNY', rule: 'reported', goal: null, met: null, value: '0.00' });
    const m42 = card.measures.find((m: { provision: string }) => m.provision === 'M4.2');
    expect(m42).toMatchObject({ unit: 'CNY', goal: '1000000.00', met: false, remaining: '1000000.00' });
    // A city sees its own row only.
    const guyuan = await readJson(await get('guyuan', `/reports/scorecard?fundingYear=${h.year}`));
    expect(guyuan.areas.map((a: { areaCode: string }) => a.areaCode)).toEqual(['640400']);

    const res = await get('auditor', `/reports/scorecard.xlsx?fundingYear=${h.year}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    // Saved under the name an official files it by, with an ASCII name for older clients.
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="scorecard-${h.year}.xlsx"; filename*=UTF-8''${encodeURIComponent(`${h.year}年度知识产权惠企措施成效统计.xlsx`)}`,
    );
    const rows = await readSheet(new Uint8Array(await res.arrayBuffer()));
    expect(rows[0]).toEqual([
      '地区',
      '申报件数',
      '核准金额（元）',
      '已拨付金额（元）',
      '服务次数',
      '服务企业数',
    ]);
    expect(rows).toContainEqual(['银川市', '2', '0.00', '0.00', '1', '1']);
    const sheets = await readSheets(
      new Uint8Array(
        await (await get('auditor', `/reports/scorecard.xlsx?fundingYear=${h.year}`)).arrayBuffer(),
      ),
    );
    expect(sheets[1]![0]!.slice(0, 9)).toEqual([
      '措施',
      '条款',
      '内容',
      '指标',
      '单位',
      '目标或下限',
      '依据',
      '全区完成',
      '是否达标',
    ]);
    expect(sheets[1]).toContainEqual(expect.arrayContaining(['第8条', 'M8.1', '家', '50', '1', '未达标']));
    expect(sheets[2]).toContainEqual(
      expect.arrayContaining(['M8.1', '银川市', `${h.year}-03-01`, served.enterprise.name]),
    );
  });

  it("the records behind a figure, in the caller's scope: another city's area is a 404, a figure not declared is a 404, bad input a 400", async () => {
    const url = (q: string) => `/reports/scorecard/records?fundingYear=${h.year}&${q}`;
    const all = await readJson(await get('region', url('provision=M8.1&figure=enterprises')));
    expect(all).toMatchObject({ provision: 'M8.1', figure: 'enterprises', unit: 'enterprises', total: 1 });
    expect(all.items[0]).toMatchObject({ areaCode: '640100', what: { zh: expect.any(String) } });
    const guyuan = await readJson(await get('guyuan', url('provision=M8.1&figure=enterprises')));
    expect(guyuan).toMatchObject({ areaCode: '640400', total: 0, items: [] });
    expect((await get('guyuan', url('provision=M8.1&figure=enterprises&areaCode=640100'))).status).toBe(404);
    expect((await get('region', url('provision=M8.1&figure=nothing'))).status).toBe(404);
    expect((await get('region', url('provision=M13.1&figure=enterprises'))).status).toBe(404);
    const bad = await get('region', url('provision=M8.1&figure=Bad%20Figure'));
    expect(bad.status).toBe(400);
    const body = await readJson(bad);
    expect(body.error.zh).toBeTruthy();
    expect((await get('agency', url('provision=M8.1&figure=enterprises'))).status).toBe(403);
  });

  it('reads the registry: a provision that declares a figure appears without a change to the scorecard, and every source a version names is registered', async () => {
    const registry = policyRegistry(ningxia);
    // Every source, the record kinds' ("records") included: no figure is left waiting for its records.
    for (const s of registry.scorecardSources) expect(SCORECARD_SOURCES[s], s).toBeDefined();
    // Every provision has a figure today: take one's away (it is listed as not recorded), then give
    // it one (it appears, and is no longer listed).
    expect(registry.untracked).toEqual([]);
    const data = structuredClone(ningxiaDraft) as unknown as { provisions: Record<string, unknown>[] };
    const target = data.provisions.find(
      (p) => (p.scorecard as unknown[] | undefined)?.length && !(p.records as unknown[] | undefined)?.length,
    )!;
    const [region] = await h.db.select().from(users).where(eq(users.username, 'region'));
    const cardWith = async (scorecard: unknown[]) => {
      target.scorecard = scorecard;
      return buildScorecard(
        h.db,
        { ...region!, role: 'region-admin', agencyAdmin: false } as never,
        { versions: [parsePolicyVersion(data)], lpr: (await h.deps.policy.get()).lpr },
        h.year,
      );
    };
    const without = await cardWith([]);
    expect(without.untracked.map((u) => u.provision)).toContain(target.id);
    expect(without.measures.map((m) => m.provision)).not.toContain(target.id);
    const card = await cardWith([
      {
        id: 'services',
        label: { zh: '服务', en: 'Services' },
        unit: 'services',
        met: 'reported',
        sources: ['service-records'],
      },
    ]);
    expect(card.measures.map((m) => m.provision)).toContain(target.id);
    expect(card.untracked.map((u) => u.provision)).not.toContain(target.id);
  });

  it('M9.1: the enterprises of the year’s lists, and of them those with an IP profile or a claim to share, in the caller’s area', async () => {
    const [region] = await h.db.select().from(users).where(eq(users.username, 'region'));
    const claimed = await h.enterprise();
    const d = await claimed.client.claims.create({
      roundId: h.round.id,
      claim: { provision: 'M7.5', evaluationFeePaid: '500.00' },
    });
    await claimed.client.claims.submit(d.id, { version: 1 });
    const profiled = await h.enterprise({ areaCode: '640400' });
    const bare = await h.enterprise();
    const lastYear = await h.enterprise();
    await h.db.insert(enterpriseIpAssets).values({
      enterpriseId: profiled.enterprise.id,
      kind: 'national-advantage',
      date: `${h.year - 1}-10-20`,
      itemKey: 'national-advantage',
      createdBy: profiled.user.id,
    });
    await h.db.insert(srdiListEntries).values(
      [
        [claimed, h.year, 'provincial'],
        [profiled, h.year, 'little-giant'],
        [bare, h.year, 'provincial'],
        [lastYear, h.year - 1, 'provincial'],
      ].map(([e, year, level]) => {
        const { enterprise } = e as typeof bare;
        return {
          year: year as number,
          level: level as string,
          creditCode: enterprise.creditCode,
          name: enterprise.name,
          enterpriseId: enterprise.id,
          importedBy: region!.id,
        };
      }),
    );
    const records = async (user: string, figure: string) =>
      (await readJson(
        await get(user, `/reports/scorecard/records?fundingYear=${h.year}&provision=M9.1&figure=${figure}`),
      )) as { total: number; items: { enterpriseId: string; what: { zh: string } }[] };
    const listed = await records('region', 'listed');
    expect(listed.items.map((i) => i.enterpriseId).sort()).toEqual(
      [claimed, profiled, bare].map((e) => e.enterprise.id).sort(),
    );
    const shared = await records('region', 'shared');
    expect(shared.items.map((i) => i.enterpriseId).sort()).toEqual(
      [claimed, profiled].map((e) => e.enterprise.id).sort(),
    );
    expect(shared.items.find((i) => i.enterpriseId === profiled.enterprise.id)!.what.zh).toContain(
      '知识产权档案',
    );
    // A city sees its own area's: Guyuan's profiled enterprise only.
    expect((await records('guyuan', 'shared')).items.map((i) => i.enterpriseId)).toEqual([
      profiled.enterprise.id,
    ]);
    const card = await readJson(await get('region', `/reports/scorecard?fundingYear=${h.year}`));
    const value = (f: string) =>
      (card.measures as { provision: string; figure: string; value: string }[]).find(
        (m) => m.provision === 'M9.1' && m.figure === f,
      )!.value;
    expect([value('listed'), value('shared')]).toEqual(['3', '2']);
  });
});
