import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { requestDueOn, todayInChina } from '@huiqi/domain';
import { agencies, auditLog, serviceRequestAssignments, serviceRequests, users } from '../../db/schema.js';
import { hashPassword } from '../../lib/passwords.js';
import { readJson } from '../../test-support/read-json.js';
import { failure, PASSWORD, useHarness, type Harness } from '../../test-support/harness.js';

const h = useHarness();
let stationId: string;
let centreId: string;
beforeAll(async () => {
  const [station] = await h.db.select().from(agencies).where(eq(agencies.kind, 'trademark-station'));
  stationId = station!.id;
  const [centre] = await h.db
    .insert(agencies)
    .values({ name: '宁夏知识产权维权援助中心', kind: 'assistance-centre', areaCode: '640100' })
    .returning();
  centreId = centre!.id;
  await h.db.insert(users).values({
    username: 'centre',
    displayName: 'Centre worker',
    passwordHash: await hashPassword(PASSWORD),
    role: 'agency',
    agencyId: centreId,
  });
});

const call = (...a: Parameters<Harness['request']>) => h.request(...a);

async function asked(kind: 'case-lead' | 'assistance' = 'case-lead', areaCode = '640100') {
  const e = await h.enterprise({ areaCode });
  const r = await e.client.serviceRequests.create({
    kind,
    title: kind === 'case-lead' ? '发现仿冒产品' : '被诉侵权请求援助',
    description: '在某电商平台发现仿冒我司专利产品的线索，附链接。',
  });
  return { ...e, request: r };
}
const rowOf = async (id: string) =>
  (await h.db.select().from(serviceRequests).where(eq(serviceRequests.id, id)))[0]!;
const auditOf = async (id: string) =>
  (await h.db.select().from(auditLog).where(eq(auditLog.targetId, id))).map((a) => ({
    action: a.action,
    before: a.before,
    after: a.after,
  }));

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
    expect(r).toMatchObject({ provision: 'M9.2', status: 'open', agencyName: null, dueOn: null });
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
    const assigned = await readJson(
      await call(region, 'POST', `/service-requests/${r.id}/assignment`, { agencyId: stationId }),
    );
    expect(assigned.status).toBe('assigned');
    expect(
      (await call(region, 'POST', `/service-requests/${r.id}/assignment`, { agencyId: stationId })).status,
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

  it('a city assigns its own with the provision’s 15 working days by default; the enterprise sees who handles it', async () => {
    const { client, request } = await asked('case-lead');
    const city = await h.as('yinchuan');
    const today = todayInChina();
    const out = await city.serviceRequests.assign(request.id, { agencyId: centreId });
    expect(out).toMatchObject({
      status: 'assigned',
      agencyId: centreId,
      agencyName: '宁夏知识产权维权援助中心',
      assignedOn: today,
      handleWorkingDays: 15,
      dueOn: requestDueOn(today, 15),
      due: { running: true, overdue: false },
    });
    const seen = (await client.serviceRequests.list()).items.find((x) => x.id === request.id)!;
    expect(seen.agencyName).toBe('宁夏知识产权维权援助中心');
    expect(seen.dueOn).toBe(out.dueOn);
    expect(await auditOf(request.id)).toContainEqual({
      action: 'service-request.assigned',
      before: { status: 'open', agencyId: null },
      after: {
        status: 'assigned',
        agencyId: centreId,
        workingDays: 15,
        dueOn: out.dueOn,
        parameterId: 'M9.2.requestHandleWithin',
      },
    });
    // A number set by the official, and the assignment on the record.
    const second = await asked('assistance');
    const five = await city.serviceRequests.assign(second.request.id, { agencyId: centreId, workingDays: 5 });
    expect(five).toMatchObject({ handleWorkingDays: 5, dueOn: requestDueOn(today, 5) });
    const detail = await city.serviceRequests.get(second.request.id);
    expect(detail.assignments).toMatchObject([
      {
        agency: { id: centreId, name: '宁夏知识产权维权援助中心' },
        fromAgency: null,
        workingDays: 5,
        reason: null,
        by: 'Yinchuan admin',
      },
    ]);
  });

  it('another city’s request is a 404 to read, assign or reassign, and nothing changes', async () => {
    const { request } = await asked('case-lead', '640100');
    const guyuan = await h.as('guyuan');
    const before = await rowOf(request.id);
    // One at a time, each awaited as it is made: calls made together would reject before their turn
    // (an unhandled rejection) and race each other.
    for (const attempt of [
      () => guyuan.serviceRequests.get(request.id),
      () => guyuan.serviceRequests.assign(request.id, { agencyId: stationId }),
      () => guyuan.serviceRequests.reassign(request.id, { agencyId: stationId, reason: '改由本市机构办理' }),
    ]) {
      const e = await failure(attempt());
      expect(e).toMatchObject({ status: 404, code: 'NOT_FOUND' });
      expect(e.zh).toContain('服务请求');
    }
    expect(await rowOf(request.id)).toEqual(before);
    expect((await auditOf(request.id)).map((a) => a.action)).toEqual(['service-request.created']);
    // An enterprise reads its own request, not another's.
    const other = await h.enterprise();
    expect((await failure(other.client.serviceRequests.get(request.id))).status).toBe(404);
  });

  it('refuses bad input with a zh/en message at the field and changes nothing', async () => {
    const { request } = await asked();
    const city = await h.as('yinchuan');
    const cookie = city.cookie()!;
    const before = await rowOf(request.id);
    for (const days of [0, 121, 2.5, '15']) {
      const res = await call(cookie, 'POST', `/service-requests/${request.id}/assignment`, {
        agencyId: stationId,
        workingDays: days,
      });
      expect(res.status).toBe(400);
      const body = await readJson(res);
      expect(body.error.zh).toContain('办理时限须为 1 至 120 之间的整数个工作日');
      expect(body.error.en).toContain('workingDays');
    }
    const noAgency = await failure(city.serviceRequests.assign(request.id, { agencyId: randomUUID() }));
    expect(noAgency).toMatchObject({ status: 404 });
    expect(noAgency.zh).toContain('服务机构');
    const badQuery = await call(cookie, 'GET', '/service-requests?status=lost');
    expect(badQuery.status).toBe(400);
    // Reassigning what is not assigned yet is refused: assign it first.
    const notYet = await failure(
      city.serviceRequests.reassign(request.id, { agencyId: centreId, reason: '原机构人手不足' }),
    );
    expect(notYet).toMatchObject({ status: 409, code: 'WRONG_STATE' });
    expect(notYet.zh).toContain('请先分派');
    expect(await rowOf(request.id)).toEqual(before);

    await city.serviceRequests.assign(request.id, { agencyId: stationId });
    const assigned = await rowOf(request.id);
    const short = await call(cookie, 'POST', `/service-requests/${request.id}/reassignment`, {
      agencyId: centreId,
      reason: ' x ',
    });
    expect(short.status).toBe(400);
    expect((await readJson(short)).error.zh).toContain('请说明改派的原因');
    const same = await failure(
      city.serviceRequests.reassign(request.id, { agencyId: stationId, reason: '原机构人手不足' }),
    );
    expect(same).toMatchObject({ status: 422, code: 'SAME_AGENCY', details: { field: 'agencyId' } });
    expect(same.en).toContain('another agency');
    expect(await rowOf(request.id)).toEqual(assigned);
    expect(
      await h.db
        .select()
        .from(serviceRequestAssignments)
        .where(eq(serviceRequestAssignments.requestId, request.id)),
    ).toHaveLength(1);
  });

  it('reassigns with a reason: the time starts again, the new agency takes it over, progress shows its service records', async () => {
    const { enterprise, client, request } = await asked('assistance');
    const region = await h.as('region');
    await region.serviceRequests.assign(request.id, { agencyId: stationId });
    const station = await h.as('agency');
    await station.serviceRequests.act(request.id, 'accept', { note: '已受理，安排人员联系企业' });
    const today = todayInChina();
    const moved = await region.serviceRequests.reassign(request.id, {
      agencyId: centreId,
      reason: '涉及维权援助，改由援助中心办理',
      workingDays: 10,
    });
    expect(moved).toMatchObject({
      status: 'assigned',
      agencyId: centreId,
      agencyName: '宁夏知识产权维权援助中心',
      handleWorkingDays: 10,
      dueOn: requestDueOn(today, 10),
    });
    // The station no longer holds it; the centre does.
    expect((await station.serviceRequests.list()).items.map((x) => x.id)).not.toContain(request.id);
    expect(
      (await failure(station.serviceRequests.act(request.id, 'progress', { note: '继续跟进' }))).status,
    ).toBe(404);
    const centre = await h.as('centre');
    await centre.serviceRequests.act(request.id, 'accept', { note: '援助中心已受理' });
    await centre.serviceRecords.create({
      clientId: randomUUID(),
      enterpriseId: enterprise.id,
      serviceType: 'rights-assistance',
      servedOn: today,
      durationMinutes: 90,
      participants: 2,
      notes: '上门了解被诉情况，提供应诉指导',
      requestId: request.id,
    });
    const detail = await region.serviceRequests.get(request.id);
    expect(detail.status).toBe('in-progress');
    expect(detail.assignments).toMatchObject([
      { agency: { id: stationId }, fromAgency: null, reason: null, workingDays: 15 },
      {
        agency: { id: centreId, name: '宁夏知识产权维权援助中心' },
        fromAgency: { id: stationId, name: '测试商标品牌指导站' },
        reason: '涉及维权援助，改由援助中心办理',
        workingDays: 10,
        by: 'Region admin',
      },
    ]);
    expect(detail.events.map((e) => [e.kind, e.by])).toEqual([
      ['accepted', 'Agency worker'],
      ['accepted', 'Centre worker'],
    ]);
    expect(detail.records).toMatchObject([
      {
        agencyName: '宁夏知识产权维权援助中心',
        serviceType: 'rights-assistance',
        provision: 'M10.1',
        durationMinutes: 90,
      },
    ]);
    // The enterprise sees who handles it now, and the same progress.
    const mine = await client.serviceRequests.get(request.id);
    expect(mine.agencyName).toBe('宁夏知识产权维权援助中心');
    expect(mine.records).toHaveLength(1);
    const trail = await auditOf(request.id);
    expect(trail.find((a) => a.action === 'service-request.reassigned')).toMatchObject({
      before: { status: 'in-progress', agencyId: stationId, workingDays: 15 },
      after: {
        status: 'assigned',
        agencyId: centreId,
        workingDays: 10,
        reason: '涉及维权援助，改由援助中心办理',
      },
    });
    // Closed is final: no reassignment.
    await centre.serviceRequests.act(request.id, 'close', { note: '已协助企业完成应诉准备' });
    const closed = await failure(
      region.serviceRequests.reassign(request.id, { agencyId: stationId, reason: '企业要求更换机构' }),
    );
    expect(closed).toMatchObject({ status: 409, code: 'WRONG_STATE' });
    expect(closed.zh).toContain('已办结');
    expect((await region.serviceRequests.get(request.id)).due.running).toBe(false);
  });

  it('flags and filters the overdue; filters by kind and status in the caller’s scope', async () => {
    const late = await asked('case-lead');
    const onTime = await asked('assistance');
    const open = await asked('assistance');
    const elsewhere = await asked('case-lead', '640400');
    const city = await h.as('yinchuan');
    await city.serviceRequests.assign(late.request.id, { agencyId: stationId });
    await city.serviceRequests.assign(onTime.request.id, { agencyId: centreId });
    // Assigned long ago: its last day has passed (set on the row, as the calendar would have it).
    await h.db
      .update(serviceRequests)
      .set({ assignedOn: '2026-09-24', handleWorkingDays: 15, dueOn: requestDueOn('2026-09-24', 15) })
      .where(eq(serviceRequests.id, late.request.id));
    await (await h.as('guyuan')).serviceRequests.assign(elsewhere.request.id, { agencyId: stationId });
    await h.db
      .update(serviceRequests)
      .set({ dueOn: '2026-10-22' })
      .where(eq(serviceRequests.id, elsewhere.request.id));

    const overdue = (await city.serviceRequests.list({ overdue: 'true' })).items;
    expect(overdue.map((x) => x.id)).toContain(late.request.id);
    expect(overdue.map((x) => x.id)).not.toContain(onTime.request.id);
    expect(overdue.map((x) => x.id)).not.toContain(elsewhere.request.id); // Guyuan's, not Yinchuan's
    expect(overdue.every((x) => x.due.overdue && x.areaCode === '640100')).toBe(true);
    expect(overdue.find((x) => x.id === late.request.id)!.due.workingDaysLeft).toBeLessThan(0);
    const notOverdue = (await city.serviceRequests.list({ overdue: 'false' })).items.map((x) => x.id);
    expect(notOverdue).toContain(onTime.request.id);
    expect(notOverdue).toContain(open.request.id);
    expect(notOverdue).not.toContain(late.request.id);

    const leads = (await city.serviceRequests.list({ kind: 'case-lead' })).items;
    expect(leads.length).toBeGreaterThan(0);
    expect(leads.every((x) => x.kind === 'case-lead')).toBe(true);
    const opened = (await city.serviceRequests.list({ status: 'open' })).items;
    expect(opened.map((x) => x.id)).toContain(open.request.id);
    expect(opened.every((x) => x.status === 'open' && !x.due.running)).toBe(true);
    // The region sees both cities' overdue requests.
    const all = (await (await h.as('region')).serviceRequests.list({ overdue: 'true' })).items.map(
      (x) => x.id,
    );
    expect(all).toEqual(expect.arrayContaining([late.request.id, elsewhere.request.id]));
  });
});
