import { todayInChina } from '@huiqi/domain';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  notifications,
  ratingFollowUps,
  serviceRatings,
  serviceRequests,
  claims,
} from '../../db/schema.js';
import { failure, startHarness, type Harness } from '../../test-support/harness.js';

let h: Harness;
const today = todayInChina();
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

type Client = Awaited<ReturnType<Harness['enterprise']>>['client'];
const fee = (amount: string) => ({ provision: 'M7.5', evaluationFeePaid: amount });

/** A submitted claim of a new enterprise (of the area), through the API. */
const submitted = (areaCode?: string) => h.submittedClaim(fee('3000.00'), { areaCode });

/** A service request of the enterprise in a state (the agency's steps are tested in their own file). */
async function request(enterpriseId: string, userId: string, status: string) {
  const [r] = await h.db
    .insert(serviceRequests)
    .values({
      enterpriseId,
      kind: 'assistance',
      provision: 'M10.1',
      title: '海外维权援助',
      description: '请求协助应对海外商标异议',
      status,
      createdBy: userId,
      ...(status === 'closed' ? { outcome: '已协助提交答辩材料' } : {}),
    })
    .returning();
  return r!;
}

const notificationsAbout = async (ratingId: string) =>
  h.db.select().from(notifications).where(eq(notifications.subjectId, ratingId));

describe('好差评: rating ended claims and service requests', () => {
  it('a rejected claim is rated once; a second rating is 409 in zh and en; the rating is audited', async () => {
    const { client, claim } = await submitted();
    // Not ended while in review: 409, nothing written.
    const early = await failure(
      client.ratings.rate({ subjectType: 'claim', subjectId: claim.id, level: 'satisfied' }),
    );
    expect(early).toMatchObject({ status: 409, code: 'NOT_ENDED' });
    expect(early.zh).toMatch(/尚未办结/);
    expect(await client.ratings.ofClaim(claim.id)).toEqual({ ended: false });
    const city = await h.as('yinchuan');
    await city.reviews.decide(claim.id, {
      decision: 'reject',
      comment: '评估费用不属于资助范围',
      version: claim.version,
    });
    expect((await client.ratings.ofClaim(claim.id)).ended).toBe(true);
    const r = await client.ratings.rate({
      subjectType: 'claim',
      subjectId: claim.id,
      level: 'basically-satisfied',
      comment: '  审核及时，理由说明清楚  ',
    });
    expect(r).toMatchObject({
      subjectType: 'claim',
      subjectId: claim.id,
      level: 'basically-satisfied',
      comment: '审核及时，理由说明清楚',
      poor: false,
      areaCode: '640100',
      provision: 'M7.5',
      followUps: [],
    });
    expect(r.subjectLabel).toMatch(/^640100-\d{4}-\d{6}$/);
    expect((await client.ratings.ofClaim(claim.id)).rating?.id).toBe(r.id);
    const twice = await failure(
      client.ratings.rate({ subjectType: 'claim', subjectId: claim.id, level: 'very-dissatisfied' }),
    );
    expect(twice).toMatchObject({ status: 409, code: 'ALREADY_RATED' });
    expect(twice.zh).toMatch(/已评价/);
    expect(twice.en).toMatch(/already been rated/);
    const rows = await h.db.select().from(serviceRatings).where(eq(serviceRatings.subjectId, claim.id));
    expect(rows.map((x) => x.level)).toEqual(['basically-satisfied']);
    // A satisfied rating tells nobody.
    expect(await notificationsAbout(r.id)).toEqual([]);
    const [a] = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, r.id), eq(auditLog.action, 'rating.created')));
    expect(a!.after).toMatchObject({ level: 'basically-satisfied', subjectId: claim.id });
  });

  it("another enterprise's claim is 404 and changes nothing; bad input is 400 at the field", async () => {
    const { claim } = await submitted();
    const other = await h.enterprise();
    const city = await h.as('yinchuan');
    await city.reviews.decide(claim.id, {
      decision: 'reject',
      comment: '不符合条件',
      version: claim.version,
    });
    const e = await failure(
      other.client.ratings.rate({ subjectType: 'claim', subjectId: claim.id, level: 'dissatisfied' }),
    );
    expect(e.status).toBe(404);
    expect((await failure(other.client.ratings.ofClaim(claim.id))).status).toBe(404);
    expect(
      (
        await h.db.select({ n: count() }).from(serviceRatings).where(eq(serviceRatings.subjectId, claim.id))
      )[0]!.n,
    ).toBe(0);
    const bad = await failure(
      other.client.ratings.rate({
        subjectType: 'claim',
        subjectId: claim.id,
        level: 'ok' as never,
        comment: '长'.repeat(501),
      }),
    );
    expect(bad.status).toBe(400);
    const fields = Object.fromEntries(
      (bad.details as { path: string; zh: string; en: string }[]).map((i) => [i.path, i]),
    );
    expect(fields.level!.zh).toBe('请选择评价等级（非常满意至非常不满意）。');
    expect(fields.comment!.zh).toBe('评价内容最多 500 字。');
    // Officials do not rate.
    expect(
      (await failure(city.ratings.rate({ subjectType: 'claim', subjectId: claim.id, level: 'satisfied' })))
        .status,
    ).toBe(403);
  });

  it('withdrawn counts as ended only after a reviewer handled it; paid and clawed back have ended', async () => {
    const city = await h.as('yinchuan');
    // Withdrawn before anyone reviewed it: no service to rate.
    const early = await submitted();
    await early.client.claims.withdraw(early.claim.id, { version: early.claim.version });
    expect((await early.client.ratings.ofClaim(early.claim.id)).ended).toBe(false);
    // Returned for corrections, then withdrawn: ended.
    const late = await submitted();
    const ret = await city.reviews.decide(late.claim.id, {
      decision: 'return',
      comment: '请补充评估合同',
      fixItems: ['评估委托合同'],
      version: late.claim.version,
    });
    await late.client.claims.withdraw(late.claim.id, { version: ret.version });
    expect((await late.client.ratings.ofClaim(late.claim.id)).ended).toBe(true);
    // Approved or published: still being delivered; paid: ended.
    const paid = await submitted();
    for (const [status, ended] of [
      ['approved', false],
      ['published', false],
      ['paid', true],
      ['clawed-back', true],
    ] as const) {
      await h.db.update(claims).set({ status }).where(eq(claims.id, paid.claim.id));
      expect((await paid.client.ratings.ofClaim(paid.claim.id)).ended).toBe(ended);
    }
  });

  it('a poor rating reaches the responsible city in the same transaction; the city follows up, audited, and the enterprise sees it', async () => {
    const { client, claim, enterprise } = await submitted();
    const city = await h.as('yinchuan');
    const guyuan = await h.as('guyuan');
    await city.reviews.decide(claim.id, {
      decision: 'reject',
      comment: '不符合条件',
      version: claim.version,
    });
    const r = await client.ratings.rate({
      subjectType: 'claim',
      subjectId: claim.id,
      level: 'very-dissatisfied',
      comment: '退回理由不清楚，电话无人接听',
    });
    expect(r.poor).toBe(true);
    const told = await notificationsAbout(r.id);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ recipientKind: 'area', recipientId: '640100', topic: 'rating.poor' });
    expect(told[0]!.title).toEqual({ zh: '收到差评：非常不满意', en: 'A poor rating: Very dissatisfied' });
    // The city's notification centre has it; another city's does not.
    const inbox = await city.notifications.list({ limit: 50 });
    expect(inbox.items.some((n) => n.subject.id === r.id && n.topic === 'rating.poor')).toBe(true);
    const other = await guyuan.notifications.list({ limit: 50 });
    expect(other.items.some((n) => n.subject.id === r.id)).toBe(false);
    // The city sees it among its poor ratings; another city does not, and cannot follow it up.
    const poor = await city.ratings.list({ poor: 'true' });
    expect(poor.items.map((x) => x.id)).toContain(r.id);
    expect(poor.items.every((x) => x.poor)).toBe(true);
    expect((await guyuan.ratings.list({})).items.map((x) => x.id)).not.toContain(r.id);
    const followUp = {
      kind: 'return-visit' as const,
      action: '电话回访企业，说明不予支持的依据，并更新了退回说明模板',
      actedOn: today,
    };
    expect((await failure(guyuan.ratings.followUp(r.id, followUp))).status).toBe(404);
    expect((await failure(client.ratings.followUp(r.id, followUp))).status).toBe(403);
    const bad = await failure(
      city.ratings.followUp(r.id, { kind: 'call' as never, action: '好', actedOn: '2999-01-01' }),
    );
    expect(bad.status).toBe(400);
    const paths = (bad.details as { path: string }[]).map((i) => i.path).sort();
    expect(paths).toEqual(['actedOn', 'action', 'kind']);
    const before = await failure(city.ratings.followUp(r.id, { ...followUp, actedOn: '2020-01-01' }));
    expect(before).toMatchObject({ status: 422, code: 'BEFORE_RATING' });
    const done = await city.ratings.followUp(r.id, followUp);
    expect(done.followUps).toEqual([
      expect.objectContaining({
        kind: 'return-visit',
        action: followUp.action,
        actedOn: today,
        by: 'Yinchuan admin',
      }),
    ]);
    const again = await city.ratings.followUp(r.id, {
      kind: 'rectification',
      action: '退回补正一律列明逐项问题（一次性告知）',
      actedOn: today,
    });
    expect(again.followUps.map((f) => f.kind)).toEqual(['return-visit', 'rectification']);
    // The enterprise sees the follow-ups on its rating, and is told.
    const mine = await client.ratings.ofClaim(claim.id);
    expect(mine.rating?.followUps).toHaveLength(2);
    const msgs = await client.notifications.list({ limit: 50 });
    expect(msgs.items.some((n) => n.topic === 'rating.follow-up' && n.subject.id === claim.id)).toBe(true);
    const actions = (
      await h.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, r.id))
    ).map((x) => x.action);
    expect(actions.sort()).toEqual(['rating.created', 'rating.follow-up', 'rating.follow-up']);
    expect(
      (await h.db.select({ n: count() }).from(ratingFollowUps).where(eq(ratingFollowUps.ratingId, r.id)))[0]!
        .n,
    ).toBe(2);
    expect(r.enterpriseId).toBe(enterprise.id);
  });

  it('a satisfied rating cannot be followed up; a closed service request is rated, an open one is not', async () => {
    const { client, enterprise, user } = await h.enterprise({ areaCode: '640400' });
    const open = await request(enterprise.id, user.id, 'in-progress');
    expect(
      await failure(
        client.ratings.rate({ subjectType: 'service-request', subjectId: open.id, level: 'satisfied' }),
      ),
    ).toMatchObject({ status: 409, code: 'NOT_ENDED' });
    const closed = await request(enterprise.id, user.id, 'closed');
    const r = await client.ratings.rate({
      subjectType: 'service-request',
      subjectId: closed.id,
      level: 'very-satisfied',
    });
    expect(r).toMatchObject({
      areaCode: '640400',
      subjectLabel: '海外维权援助',
      provision: 'M10.1',
      comment: '',
    });
    const guyuan = await h.as('guyuan');
    expect(
      await failure(
        guyuan.ratings.followUp(r.id, { kind: 'return-visit', action: '电话回访企业', actedOn: today }),
      ),
    ).toMatchObject({ status: 422, code: 'NOT_POOR_RATING' });
    // The region and auditors see every city's; the enterprise its own.
    const region = await h.as('region');
    expect((await region.ratings.list({ subjectType: 'service-request' })).items.map((x) => x.id)).toContain(
      r.id,
    );
    expect((await client.ratings.list({})).items.map((x) => x.id)).toEqual([r.id]);
  });

  it('the scorecard reports satisfaction per city and Ningdong — (非常满意+满意+基本满意)/all — with the ratings behind it', async () => {
    const region = await h.as('region');
    type Card = Awaited<ReturnType<Client['reports']['scorecard']>>;
    const figure = (card: Card) =>
      card.measures.find((m) => m.provision === 'M13.1' && m.figure === 'satisfaction')!;
    // Ningdong: two satisfied, one poor → 2/3.
    for (const level of ['very-satisfied', 'satisfied', 'dissatisfied'] as const) {
      const { client, enterprise, user } = await h.enterprise({ areaCode: 'NINGDONG' });
      const closed = await request(enterprise.id, user.id, 'closed');
      await client.ratings.rate({ subjectType: 'service-request', subjectId: closed.id, level });
    }
    const card = await region.reports.scorecard({ fundingYear: h.year });
    const m = figure(card);
    expect(m).toMatchObject({ unit: 'satisfaction', rule: 'reported', goal: null, met: null });
    const nd = m.areas.find((a) => a.areaCode === 'NINGDONG')!;
    expect(nd).toMatchObject({ value: '0.6667', records: 3 });
    // The region's figure is over every rating of the year.
    const all = await h.db.select({ level: serviceRatings.level }).from(serviceRatings);
    const satisfied = all.filter((x) => !['dissatisfied', 'very-dissatisfied'].includes(x.level)).length;
    expect(m.records).toBe(all.length);
    expect(Number(m.value)).toBeCloseTo(satisfied / all.length, 4);
    // The drill-down lists the ratings behind a city's figure, and a city sees only its own.
    const drill = await region.reports.scorecardRecords({
      fundingYear: h.year,
      provision: 'M13.1',
      figure: 'satisfaction',
      areaCode: 'NINGDONG',
    });
    expect(drill.total).toBe(3);
    expect(drill.items.map((i) => i.score).sort()).toEqual(['0', '1', '1']);
    expect(drill.items.some((i) => i.what.zh.startsWith('不满意 · 海外维权援助'))).toBe(true);
    const yinchuan = await h.as('yinchuan');
    expect(
      (
        await failure(
          yinchuan.reports.scorecardRecords({
            fundingYear: h.year,
            provision: 'M13.1',
            figure: 'satisfaction',
            areaCode: 'NINGDONG',
          }),
        )
      ).status,
    ).toBe(404);
    const own = figure(await yinchuan.reports.scorecard({ fundingYear: h.year }));
    expect(own.areas.map((a) => a.areaCode)).toEqual(['640100']);
  });
});
