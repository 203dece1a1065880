import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../db/schema.js';
import { readJson } from '../../test-support/read-json.js';
import { PASSWORD, useHarness, type Harness } from '../../test-support/harness.js';

const h = useHarness();
let agency: string;
beforeAll(async () => {
  agency = (await h.as('agency')).cookie()!;
});

const call = (...a: Parameters<Harness['request']>) => h.request(...a);

describe('the agency', () => {
  it('finds enterprises by name or code, and counts distinct enterprises served by month against the target', async () => {
    const a = await h.enterprise();
    const b = await h.enterprise();
    const found = await readJson(
      await call(agency, 'GET', `/agency/enterprises?q=${encodeURIComponent(a.enterprise.creditCode)}`),
    );
    expect(found.items).toEqual([
      {
        id: a.enterprise.id,
        name: a.enterprise.name,
        creditCode: a.enterprise.creditCode,
        areaCode: '640100',
      },
    ]);
    expect((await call(agency, 'GET', '/agency/enterprises?q=x')).status).toBe(400);
    const rec = (enterpriseId: string, servedOn: string) =>
      call(agency, 'POST', '/service-records', {
        clientId: randomUUID(),
        enterpriseId,
        serviceType: 'trademark-registration',
        servedOn,
        durationMinutes: 30,
        participants: 1,
      });
    await rec(a.enterprise.id, `${h.year}-01-05`);
    await rec(a.enterprise.id, `${h.year}-02-05`);
    await rec(b.enterprise.id, `${h.year}-02-09`);
    const t = await readJson(await call(agency, 'GET', `/agency/targets?year=${h.year}`));
    expect(t.items).toEqual([
      { provision: 'M8.1', target: 50, served: 2, records: 3, byMonth: [1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
    ]);
  });

  it('records an event with its attendees once, and requests flow: accept → progress → close, seen by the enterprise', async () => {
    const a = await h.enterprise();
    const ev = {
      clientId: randomUUID(),
      kind: 'matchmaking',
      title: '高校专利供需对接会',
      heldOn: `${h.year}-01-03`,
      place: '银川',
      enterpriseIds: [a.enterprise.id],
    };
    const first = await call(agency, 'POST', '/agency/events', ev);
    expect(first.status).toBe(201);
    expect(await readJson(first)).toMatchObject({ provision: 'M5.2', attendees: [{ id: a.enterprise.id }] });
    expect((await call(agency, 'POST', '/agency/events', ev)).status).toBe(200);

    const req = await a.client.serviceRequests.create({
      kind: 'trademark',
      title: '商标注册咨询',
      description: '希望指导站协助办理商标注册与布局。',
    });
    const [agencyRow] = await h.db.select().from(users).where(eq(users.username, 'agency'));
    await (await h.as('region')).serviceRequests.assign(req.id, { agencyId: agencyRow!.agencyId! });
    expect(
      (await call(agency, 'POST', `/service-requests/${req.id}/progress`, { note: '电话沟通' })).status,
    ).toBe(409);
    expect(
      (await readJson(await call(agency, 'POST', `/service-requests/${req.id}/accept`, { note: '已受理' })))
        .status,
    ).toBe('in-progress');
    expect(
      (await call(agency, 'POST', `/service-requests/${req.id}/progress`, { note: '上门指导，完成商标检索' }))
        .status,
    ).toBe(200);
    const closed = await readJson(
      await call(agency, 'POST', `/service-requests/${req.id}/close`, { note: '已提交 3 件商标注册申请' }),
    );
    expect(closed).toMatchObject({ status: 'closed', outcome: '已提交 3 件商标注册申请' });
    expect(
      (await call(agency, 'POST', `/service-requests/${req.id}/close`, { note: '再次关闭' })).status,
    ).toBe(409);
    const events = await readJson(
      await call(a.client.cookie()!, 'GET', `/service-requests/${req.id}/events`),
    );
    expect(events.items.map((e: { kind: string }) => e.kind)).toEqual(['accepted', 'progress', 'closed']);
    const other = await h.enterprise();
    expect((await call(other.client.cookie()!, 'GET', `/service-requests/${req.id}/events`)).status).toBe(
      404,
    );
  });

  it('an agency admin manages workers; a worker may not', async () => {
    expect((await call(agency, 'GET', '/agency/workers')).status).toBe(403);
    await h.db.update(users).set({ agencyAdmin: true }).where(eq(users.username, 'agency'));
    const admin = (await h.as('agency')).cookie()!;
    const added = await call(admin, 'POST', '/agency/workers', {
      username: `worker${Date.now()}`,
      displayName: '指导站人员',
      password: PASSWORD,
    });
    expect(added.status).toBe(201);
    const w = await readJson(added);
    expect(
      (await readJson(await call(admin, 'GET', '/agency/workers'))).items.map((x: { id: string }) => x.id),
    ).toContain(w.id);
    expect((await readJson(await call(admin, 'POST', `/agency/workers/${w.id}/disable`))).disabled).toBe(
      true,
    );
    const [self] = await h.db.select().from(users).where(eq(users.username, 'agency'));
    expect((await call(admin, 'POST', `/agency/workers/${self!.id}/disable`)).status).toBe(409);
  });
});
