import { builtInPolicies, simulate } from '@huiqi/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies, serviceRecords, users } from '../../db/schema.js';
import { readSheet } from '../../lib/spreadsheet.js';
import { readJson } from '../../test-support/read-json.js';
import { startHarness, type Harness } from '../../test-support/harness.js';

let h: Harness;
const ids: Record<string, string> = {};
beforeAll(async () => {
  h = await startHarness();
  // Yinchuan: two M5.1 transfers by one enterprise (the second meets the cap) and a draft; Guyuan: one M7.5.
  const a = await h.enterprise();
  for (const [name, amount] of [['first', '16000000.00'], ['second', '8000000.00']] as const) {
    const d = await a.client.applications.create({ roundId: h.round.id, claim: { provision: 'M5.1', transactionAmount: amount, mode: 'license', contractDate: `${h.year}-01-05` } });
    ids[name] = (await a.client.applications.submit(d.id, 1)).id;
  }
  await a.client.applications.create({ roundId: h.round.id, claim: { provision: 'M7.5', evaluationFeePaid: '100.00' } });
  const g = await h.enterprise({ areaCode: '640400' });
  const d = await g.client.applications.create({ roundId: h.round.id, claim: { provision: 'M7.5', evaluationFeePaid: '12345.67' } });
  ids.guyuan = (await g.client.applications.submit(d.id, 1)).id;
});
afterAll(() => h.close());

const get = async (user: string, path: string) => {
  const c = await h.as(user);
  return h.app.request(`http://huiqi.test/api${path}`, { headers: { Cookie: c.cookie()! } });
};

describe('reports', () => {
  it('the overview sums exactly, by state, provision and area, within the caller\'s scope', async () => {
    const region = await readJson(await get('region', `/reports/overview?fundingYear=${h.year}`));
    expect(region.byStatus).toEqual([
      { status: 'draft', count: 1, assessed: '0.00', approved: '0.00' },
      // Frozen at submission: the second transfer was assessed before the first was decided (400,000).
      { status: 'submitted', count: 3, assessed: '1211111.10', approved: '0.00' },
    ]);
    expect(region.byArea.map((r: { areaCode: string }) => r.areaCode)).toEqual(['640100', '640400']);
    const guyuan = await readJson(await get('guyuan', `/reports/overview?fundingYear=${h.year}`));
    expect(guyuan.byProvision).toEqual([{ provision: 'M7.5', count: 1, assessed: '11111.10', approved: '0.00' }]);
    expect((await get('agency', `/reports/overview?fundingYear=${h.year}`)).status).toBe(403);
    expect((await get('region', '/reports/overview?fundingYear=abc')).status).toBe(400);
  });

  it('the simulation pool holds the claims in review, in submission order; simulate() on it projects the amounts with the annual cap applied across the pool, as approval will', async () => {
    const pool = await readJson(await get('region', `/reports/simulation-pool?fundingYear=${h.year}`));
    expect(pool.truncated).toBe(false);
    expect(pool.items.map((x: { id: string }) => x.id)).toEqual([ids.first, ids.second, ids.guyuan]);
    const r = simulate(
      pool.items.map((x: { id: string; enterpriseId: string; areaCode: string; provision: string; claim: unknown; fundingYear: number; asOf: string }) => ({ ...x, area: x.areaCode })),
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
    const byAmount = await region.applications.list({ statuses: 'submitted,city-approved', sort: 'assessedAmount', order: 'desc', fundingYear: h.year } as never);
    expect(byAmount.items.map((x) => x.assessedAmount)).toEqual(['800000.00', '400000.00', '11111.10']);
    expect(byAmount.total).toBe(3);
    const small = await region.applications.list({ statuses: 'submitted', maxAmount: '50000.00' } as never);
    expect(small.items.map((x) => x.id)).toEqual([ids.guyuan]);
    const named = await region.applications.list({ q: '100%_', statuses: 'submitted' } as never);
    expect(named.total).toBe(0);
    await expect(region.applications.list({ statuses: 'submitted,lost' } as never)).rejects.toMatchObject({ status: 400 });
  });

  it('the M13 scorecard: claims and money per area, services, and the count targets met or not; the same as .xlsx', async () => {
    const served = await h.enterprise();
    const [agency] = await h.db.select().from(agencies);
    const [worker] = await h.db.select().from(users).where(eq(users.username, 'agency'));
    await h.db.insert(serviceRecords).values({ agencyId: agency!.id, enterpriseId: served.enterprise.id, provision: 'M8.1', serviceType: 'trademark-registration', servedOn: `${h.year}-03-01`, durationMinutes: 60, participants: 2, createdBy: worker!.id });
    const card = await readJson(await get('region', `/reports/scorecard?fundingYear=${h.year}`));
    const yinchuan = card.areas.find((a: { areaCode: string }) => a.areaCode === '640100');
    expect(yinchuan).toMatchObject({ claims: 2, granted: '0.00', paid: '0.00', services: 1, enterprisesServed: 1 });
    expect(card.areas).toHaveLength(6);
    const m81 = card.measures.find((m: { provision: string }) => m.provision === 'M8.1');
    expect(m81).toMatchObject({ kind: 'count-target', target: 50, achieved: 1, met: false });
    expect(m81.areas.find((a: { areaCode: string }) => a.areaCode === '640100')).toEqual({ areaCode: '640100', achieved: 1, share: '1.0000' });
    // A city sees its own row only.
    const guyuan = await readJson(await get('guyuan', `/reports/scorecard?fundingYear=${h.year}`));
    expect(guyuan.areas.map((a: { areaCode: string }) => a.areaCode)).toEqual(['640400']);

    const res = await get('auditor', `/reports/scorecard.xlsx?fundingYear=${h.year}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const rows = await readSheet(new Uint8Array(await res.arrayBuffer()));
    expect(rows[0]).toEqual(['地区', '申报件数', '核准金额（元）', '已拨付金额（元）', '服务次数', '服务企业数']);
    expect(rows).toContainEqual(['银川市', '2', '0.00', '0.00', '1', '1']);
  });
});
