import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { countQuotas } from '../../db/schema.js';
import { readJson } from '../../test-support/read-json.js';
import { useHarness } from '../../test-support/harness.js';

const h = useHarness();
let cookie: string;
beforeAll(async () => {
  cookie = (await h.as('region')).cookie()!;
});

const post = async (path: string, body: unknown) => {
  const res = await h.request(cookie, 'POST', path, body);
  return { status: res.status, json: await readJson(res) };
};

describe('count quotas', () => {
  it('takes kind and number from the policy; refuses non-count provisions and brand-counted ones', async () => {
    const q = await post('/quotas', { provision: 'M6.1', year: h.year });
    expect(q.status).toBe(201);
    expect(q.json).toMatchObject({ kind: 'count-target', target: 50, used: 0 });
    expect((await post('/quotas', { provision: 'M7.4', year: h.year })).json.error.code).toBe(
      'NOT_A_COUNT_QUOTA',
    );
    expect((await post('/quotas', { provision: 'M6.1', year: h.year })).status).toBe(409);
    // M8.2 selects 50 brands (个), not enterprises: its places are the brand selection's.
    const brands = await post('/quotas', { provision: 'M8.2', year: h.year });
    expect(brands.status).toBe(422);
    expect(brands.json.error.code).toBe('COUNTED_IN_BRANDS');
  });

  it('a cap refuses past its number; the same enterprise counts once', async () => {
    const q = (await post('/quotas', { provision: 'M8.1', year: h.year })).json;
    await h.db.update(countQuotas).set({ kind: 'count-cap', target: 2 }).where(eq(countQuotas.id, q.id));
    const [a, b, c] = [await h.enterprise(), await h.enterprise(), await h.enterprise()];
    expect((await post(`/quotas/${q.id}/members`, { enterpriseId: a.enterprise.id })).json.quota.used).toBe(
      1,
    );
    expect((await post(`/quotas/${q.id}/members`, { enterpriseId: a.enterprise.id })).json).toMatchObject({
      alreadyCounted: true,
      quota: { used: 1 },
    });
    expect((await post(`/quotas/${q.id}/members`, { enterpriseId: b.enterprise.id })).json.quota.used).toBe(
      2,
    );
    const full = await post(`/quotas/${q.id}/members`, { enterpriseId: c.enterprise.id });
    expect(full.status).toBe(409);
    expect(full.json.error.code).toBe('QUOTA_FULL');
    const [row] = await h.db.select().from(countQuotas).where(eq(countQuotas.id, q.id));
    expect(row!.used).toBe(2);
  });

  it('"about N" is M2.1\'s own reading: up to count × (1 + tolerance) freely, past it only with a reason', async () => {
    const region = await h.as('region');
    // M2.1's own endpoint and the generic quota read the one parameter pair: the bound the
    // recommendation list states is exactly where the quota starts asking for a reason.
    const { tally } = await region.priorityExam.list({ year: h.year });
    expect(tally).toMatchObject({ target: 50, tolerance: '0.1', upperBound: 55 });
    const q = (await post('/quotas', { provision: 'M2.1', year: h.year })).json;
    expect(q).toMatchObject({ kind: 'count-approx', target: tally.target });
    await h.db
      .update(countQuotas)
      .set({ used: tally.upperBound - 1 })
      .where(eq(countQuotas.id, q.id));
    const [a, b] = [await h.enterprise(), await h.enterprise()];
    const atBound = await post(`/quotas/${q.id}/members`, { enterpriseId: a.enterprise.id });
    expect(atBound.json).toMatchObject({ overridden: false, quota: { used: tally.upperBound } });
    const refused = await post(`/quotas/${q.id}/members`, { enterpriseId: b.enterprise.id });
    expect(refused.status).toBe(422);
    expect(refused.json.error).toMatchObject({ code: 'OVERRIDE_REASON_REQUIRED' });
    expect(refused.json.error.zh).toContain(`至多 ${tally.upperBound} 家`);
    expect(refused.json.error.details).toEqual([expect.objectContaining({ path: 'overrideReason' })]);
    const ok = await post(`/quotas/${q.id}/members`, {
      enterpriseId: b.enterprise.id,
      overrideReason: '重点产业链关键企业',
    });
    expect(ok.json).toMatchObject({ overridden: true, quota: { used: tally.upperBound + 1 } });
  });
});
