import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { agencies } from '../../db/schema.js';
import { readJson } from '../../test-support/read-json.js';
import { startHarness, type Harness } from '../../test-support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const call = (cookie: string, method: string, path: string, body?: unknown) =>
  h.app.request(`http://huiqi.test/api${path}`, {
    method,
    headers: { Cookie: cookie, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('service requests', () => {
  it('an enterprise asks; the region assigns an agency; each sees only its own', async () => {
    const mine = await h.enterprise();
    const other = await h.enterprise();
    const res = await call(mine.client.cookie()!, 'POST', '/service-requests', {
      kind: 'case-lead',
      title: '发现仿冒产品',
      description: '在某电商平台发现仿冒我司专利产品的线索，附链接。',
    });
    expect(res.status).toBe(201);
    const r = await readJson(res);
    expect(r).toMatchObject({ provision: 'M9.2', status: 'open' });
    expect((await readJson(await call(other.client.cookie()!, 'GET', '/service-requests'))).items).toEqual(
      [],
    );
    const bad = await call(mine.client.cookie()!, 'POST', '/service-requests', {
      kind: 'lawsuit',
      title: 'x',
      description: 'short',
    });
    expect(bad.status).toBe(400);

    const region = (await h.as('region')).cookie()!;
    const [agency] = await h.db.select().from(agencies).where(eq(agencies.kind, 'trademark-station'));
    const assigned = await readJson(
      await call(region, 'POST', `/service-requests/${r.id}/assignment`, { agencyId: agency!.id }),
    );
    expect(assigned.status).toBe('assigned');
    expect(
      (await call(region, 'POST', `/service-requests/${r.id}/assignment`, { agencyId: agency!.id })).status,
    ).toBe(409);
    const agencyView = await readJson(
      await call((await h.as('agency')).cookie()!, 'GET', '/service-requests'),
    );
    expect(agencyView.items.map((x: { id: string }) => x.id)).toEqual([r.id]);
    expect((await call((await h.as('guyuan')).cookie()!, 'GET', '/service-requests')).status).toBe(200);
    expect(
      (await readJson(await call((await h.as('guyuan')).cookie()!, 'GET', '/service-requests'))).items,
    ).toEqual([]);
  });
});
