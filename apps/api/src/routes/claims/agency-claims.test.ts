import { beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { agencies, claims, auditLog, budgets, disbursements, notices, users } from '../../db/schema.js';
import { readJson } from '../../test-support/read-json.js';
import { PASSWORD, failure, useHarness } from '../../test-support/harness.js';
import { hashPassword } from '../../lib/passwords.js';

/** M11.1: the trusteeship agency award, claimed by an agency's administrator and reviewed like a claim. */
const h = useHarness();
let roundId: string;
let agencyId: string;
beforeAll(async () => {
  roundId = (await h.openRound('托管机构', ['M11.1'], '1000000.00')).id;
  const [own, other] = await h.db
    .insert(agencies)
    .values([
      {
        name: '宁夏知识产权托管中心',
        kind: 'service-agency',
        areaCode: '640100',
        creditCode: '52640100MJX123456A',
      },
      { name: '固原园区托管服务站', kind: 'service-agency', areaCode: '640400' },
    ])
    .returning();
  agencyId = own!.id;
  const passwordHash = await hashPassword(PASSWORD);
  await h.db.insert(users).values([
    {
      username: 'trustee',
      displayName: '托管中心管理员',
      passwordHash,
      role: 'agency',
      agencyId: own!.id,
      agencyAdmin: true,
    },
    {
      username: 'trustee.worker',
      displayName: '托管中心员工',
      passwordHash,
      role: 'agency',
      agencyId: own!.id,
    },
    {
      username: 'other.trustee',
      displayName: '固原管理员',
      passwordHash,
      role: 'agency',
      agencyId: other!.id,
      agencyAdmin: true,
    },
  ]);
});

const award = (over: Record<string, unknown> = {}) => ({
  provision: 'M11.1',
  recognizedOn: `${h.year}-01-01`,
  evaluationResult: 'good',
  parks: ['银川经济技术开发区', '银川高新技术产业开发区'],
  freeServices: ['专利申请代理 12件', '专利信息分析 3次'],
  ...over,
});
const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n');
const rows = async (t: typeof claims | typeof auditLog) => (await h.db.select({ n: count() }).from(t))[0]!.n;

const post = (cookie: string, path: string, body: unknown) => h.request(cookie, 'POST', path, body);

describe('an agency claims the trusteeship award (M11.1)', () => {
  it('applies with parks, free services and evidence; reviewed, published, paid and clawed back like a claim', async () => {
    const trustee = await h.as('trustee');
    const draft = await trustee.claims.create({ roundId, claim: award() });
    expect(draft).toMatchObject({
      applicant: 'agency',
      agencyId,
      enterpriseId: null,
      enterpriseName: '宁夏知识产权托管中心',
      areaCode: '640100',
      status: 'draft',
    });
    const form = new FormData();
    form.append('file', new File([PDF], '考核认定通知.pdf'));
    const up = await h.app.request(`http://huiqi.test/api/claims/${draft.id}/attachments`, {
      method: 'POST',
      headers: { Cookie: trustee.cookie()! },
      body: form,
    });
    expect(up.status).toBe(201);
    const submitted = await trustee.claims.submit(draft.id, { version: draft.version });
    expect(submitted.assessedAmount).toBe('200000.00');
    expect(submitted.assessment!.trace.map((s) => s.step)).toContain('recognitionWindow');

    // The reviewer sees the parks and the free services, and the evidence.
    const city = await h.as('yinchuan');
    const seen = await city.claims.get(draft.id);
    expect(seen.claim).toMatchObject({ parks: award().parks, freeServices: award().freeServices });
    expect(seen.attachments.map((f) => f.filename)).toEqual(['考核认定通知.pdf']);
    expect((await city.claims.list({ agencyId })).items.map((a) => a.id)).toEqual([draft.id]);
    expect((await city.claims.list({ q: '托管中心' })).items.map((a) => a.enterpriseName)).toEqual([
      '宁夏知识产权托管中心',
    ]);

    await h.approve(submitted);
    const [b] = await h.db.select().from(budgets).where(eq(budgets.provision, 'M11.1'));
    expect(b).toMatchObject({ posted: '200000.00', reserved: '0.00' });

    // Once per agency per year: a second claim that year is not eligible, and nothing changes.
    const again = await trustee.claims.create({
      roundId,
      claim: award({ parks: ['宁东能源化工基地'] }),
    });
    const before = await rows(auditLog);
    const refused = await failure(trustee.claims.submit(again.id, { version: again.version }));
    expect(refused).toMatchObject({ status: 422, code: 'NOT_ELIGIBLE' });
    expect(refused.zh).toMatch(/已/);
    expect((refused.details as { reasons: { code: string }[] }).reasons.map((r) => r.code)).toContain(
      'ALREADY_PAID',
    );
    const [row] = await h.db.select().from(claims).where(eq(claims.id, again.id));
    expect(row).toMatchObject({ status: 'draft', assessedAmount: null });
    expect(await rows(auditLog)).toBe(before);
    await trustee.claims.withdraw(again.id, { version: again.version });

    const cookie = (await h.as('region')).cookie()!;
    const notice = await readJson(
      await post(cookie, '/notices', {
        title: '托管机构奖励公示',
        claimIds: [draft.id],
        objectionChannel: '电话 0951-0000000',
      }),
    );
    expect(notice.items).toEqual([
      {
        claimId: draft.id,
        enterpriseName: '宁夏知识产权托管中心',
        creditCode: '52640100MJX123456A',
        provision: 'M11.1',
        amount: '200000.00',
      },
    ]);
    await h.db.update(notices).set({ closesAt: new Date(Date.now() - 1000).toISOString() });
    const paid = await post(cookie, `/claims/${draft.id}/disbursements`, {
      paidOn: `${h.year}-11-01`,
      amount: '200000.00',
      voucherNo: 'T-1',
    });
    expect((await readJson(paid)).status).toBe('paid');
    const back = await post(cookie, `/claims/${draft.id}/clawbacks`, {
      paidOn: `${h.year}-11-20`,
      amount: '50000.00',
      voucherNo: 'T-R1',
      reason: '无偿服务记录与实际不符',
    });
    expect((await readJson(back)).status).toBe('clawed-back');
    const entries = await h.db.select().from(disbursements).where(eq(disbursements.claimId, draft.id));
    expect(entries.map((e) => e.amount)).toEqual(['200000.00', '-50000.00']);

    const trail = await h.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.targetType, 'claim'), eq(auditLog.targetId, draft.id)));
    expect(trail.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'claim.created',
        'attachment.added',
        'claim.submitted',
        'review.city.approve',
        'review.region.approve',
      ]),
    );
    // The agency follows its claim: the reviews and the outcome.
    const mine = await trustee.claims.get(draft.id);
    expect(mine.reviews.map((r) => r.stage)).toEqual(['city', 'region']);
  });

  it('refuses bad input with zh/en messages and changes nothing', async () => {
    const trustee = await h.as('trustee');
    const before = await rows(claims);
    const emptyParks = await failure(trustee.claims.create({ roundId, claim: award({ parks: [] }) }));
    expect(emptyParks).toMatchObject({ status: 422, code: 'LIST_LENGTH' });
    expect(emptyParks.zh).toContain('托管园区');
    const blank = await failure(trustee.claims.create({ roundId, claim: award({ freeServices: ['  '] }) }));
    expect(blank).toMatchObject({ status: 422, code: 'ENTRY_LENGTH' });
    expect(blank.zh).toContain('提供的无偿服务');
    // An agency claims only what is paid to agencies; an enterprise never claims M11.1.
    const wrong = await failure(
      trustee.claims.create({
        roundId: h.round.id,
        claim: { provision: 'M7.5', evaluationFeePaid: '100.00' },
      }),
    );
    expect(wrong).toMatchObject({ status: 422, code: 'APPLICANT_MISMATCH' });
    expect(wrong.zh).toContain('企业申报');
    const { client: enterprise } = await h.enterprise();
    const notForEnterprises = await failure(enterprise.claims.create({ roundId, claim: award() }));
    expect(notForEnterprises).toMatchObject({ status: 422, code: 'APPLICANT_MISMATCH' });
    expect(notForEnterprises.zh).toContain('服务机构申报');
    // Only the agency's administrator applies.
    const worker = await h.as('trustee.worker');
    expect(await failure(worker.claims.create({ roundId, claim: award() }))).toMatchObject({
      status: 403,
    });
    expect(await rows(claims)).toBe(before);
  });

  it("keeps an agency's claims to it, its city and the region: anyone else gets a 404", async () => {
    const trustee = await h.as('trustee');
    const [mine] = (await trustee.claims.list({ agencyId })).items;
    expect(mine).toBeDefined();
    const other = await h.as('other.trustee');
    expect(await failure(other.claims.get(mine!.id))).toMatchObject({ status: 404 });
    expect(await failure(other.claims.withdraw(mine!.id, { version: mine!.version }))).toMatchObject({
      status: 404,
    });
    expect((await other.claims.list({})).items).toEqual([]);
    expect(await failure((await h.as('guyuan')).claims.get(mine!.id))).toMatchObject({ status: 404 });
    const { client: enterprise } = await h.enterprise();
    expect(await failure(enterprise.claims.get(mine!.id))).toMatchObject({ status: 404 });
    // The agency's worker reads its claims but the harness's other agency sees none.
    expect((await (await h.as('trustee.worker')).claims.list({})).items.length).toBeGreaterThan(0);
    expect((await (await h.as('agency')).claims.list({})).items).toEqual([]);
  });
});
