import { beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { auditLog, budgets, disbursements, navigationReports, notices } from '../../db/schema.js';
import { readJson } from '../../test-support/read-json.js';
import { failure, useHarness, type Harness } from '../../test-support/harness.js';

/** M4.2: patent navigation projects apply with their plan; the region sets the amount; the year is tracked against the floor. */
const h = useHarness();
let roundId: string;
beforeAll(async () => {
  roundId = (await h.openRound('专利导航项目', ['M4.2'], '1500000.00')).id;
});

const plan = (over: Record<string, unknown> = {}) => ({
  provision: 'M4.2',
  projectName: '高纯电子级多晶硅关键技术攻关',
  coreTechnologies: ['电子级多晶硅提纯', '冷氢化工艺'],
  industry: 'new-materials',
  navigationScope: ['多晶硅提纯工艺', '光伏材料产业链'],
  startsOn: `${h.year}-03-01`,
  endsOn: `${h.year}-10-31`,
  budgetRequested: '400000.00',
  undertaker: 'service-base',
  team: ['张工 宁夏专利导航服务基地 项目负责人', '李工 本企业 技术分析'],
  ...over,
});
const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n');
const audits = async () => (await h.db.select({ n: count() }).from(auditLog))[0]!.n;

const post = (cookie: string, path: string, body: unknown) => h.request(cookie, 'POST', path, body);

let approvedId: string;
let inReview: { id: string; client: Awaited<ReturnType<Harness['enterprise']>>['client'] };
let owner: Awaited<ReturnType<Harness['enterprise']>>;

describe('a patent navigation project (M4.2)', () => {
  it('applies with its plan; the region sets the amount with its reason, from the M4.2 budget', async () => {
    owner = await h.enterprise();
    const ent = owner.client;
    const draft = await ent.claims.create({ roundId, claim: plan() });
    const submitted = await ent.claims.submit(draft.id, { version: draft.version });
    // Not computed: the most is what was asked, and the trace says the reviewer sets it.
    expect(submitted.assessedAmount).toBe('400000.00');
    const step = submitted.assessment!.trace.find((s) => s.step === 'officerSet')!;
    expect(step.zh).toContain('由审核人员在审核时核定');
    expect(step.en).toContain('the reviewer sets it');

    const city = await h.as('yinchuan');
    const c1 = await city.reviews.decide(draft.id, {
      decision: 'approve',
      comment: '实施方案完整',
      version: submitted.version,
    });
    const region = await h.as('region');
    const before = await audits();
    const noAmount = await failure(
      region.reviews.decide(draft.id, { decision: 'approve', comment: '同意', version: c1.version }),
    );
    expect(noAmount).toMatchObject({ status: 422, code: 'AMOUNT_REQUIRED' });
    expect(noAmount.zh).toContain('核定金额');
    expect(await audits()).toBe(before);
    const over = await failure(
      region.reviews.decide(draft.id, {
        decision: 'approve',
        comment: '同意',
        amount: '500000.00',
        amountReason: '超出申请',
        version: c1.version,
      }),
    );
    expect(over).toMatchObject({ status: 422, code: 'AMOUNT_OUT_OF_RANGE' });

    const approved = await region.reviews.decide(draft.id, {
      decision: 'approve',
      comment: '同意立项',
      amount: '300000.00',
      amountReason: '按导航范围核减外围检索经费',
      version: c1.version,
    });
    expect(approved).toMatchObject({ status: 'approved', approvedAmount: '300000.00' });
    const [b] = await h.db.select().from(budgets).where(eq(budgets.provision, 'M4.2'));
    expect(b).toMatchObject({ posted: '300000.00', reserved: '0.00' });
    const [trail] = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, draft.id), eq(auditLog.action, 'review.region.approve')));
    expect(trail!.after).toMatchObject({
      approvedAmount: '300000.00',
      amountReason: '按导航范围核减外围检索经费',
    });
    approvedId = draft.id;
    // The scorecard's M4.2 figure (from the registry) counts what the region set, against the floor.
    const card = await readJson(
      await h.app.request(`http://huiqi.test/api/reports/scorecard?fundingYear=${h.year}`, {
        headers: { Cookie: region.cookie()! },
      }),
    );
    const figure = card.measures.find((m: { provision: string }) => m.provision === 'M4.2');
    expect(figure).toMatchObject({ unit: 'CNY', goal: '1000000.00', value: '300000.00', met: false });
  });

  it('refuses a bad plan at the field, in zh and en, and changes nothing', async () => {
    const { client: ent } = await h.enterprise();
    const before = await audits();
    const order = await failure(ent.claims.create({ roundId, claim: plan({ endsOn: `${h.year}-02-01` }) }));
    expect(order).toMatchObject({ status: 422, code: 'DATE_ORDER' });
    expect(order.zh).toContain('计划完成日期');
    expect(order.en).toContain('Planned completion');
    const blank = await failure(ent.claims.create({ roundId, claim: plan({ projectName: '   ' }) }));
    expect(blank).toMatchObject({ status: 422, code: 'TEXT_LENGTH' });
    expect(blank.zh).toContain('重大项目名称');
    const zero = await failure(ent.claims.create({ roundId, claim: plan({ budgetRequested: '0.00' }) }));
    expect(zero).toMatchObject({ status: 422, code: 'MONEY_NOT_POSITIVE' });
    expect(await audits()).toBe(before);
  });

  it('tracks the year against the 100万元 floor and the budget, and warns when it will not be reached', async () => {
    const region = await h.as('region');
    const { items } = await region.navigationProjects.floors({ year: h.year });
    expect(items).toEqual([
      expect.objectContaining({
        provision: 'M4.2',
        floor: '1000000.00',
        floorSource: 'policy-text',
        floorReference: '每年安排不少于100万元专项资金',
        budgetTotal: '1500000.00',
        budgetAvailable: '1200000.00',
        granted: '300000.00',
        inReview: '0.00',
        shortfall: '700000.00',
        met: false,
        warning: 'not-in-reach',
        projects: 1,
      }),
    ]);
    // Another project in review that could close the gap lifts the warning.
    const { client: ent } = await h.enterprise();
    const d = await ent.claims.create({ roundId, claim: plan({ budgetRequested: '800000.00' }) });
    await ent.claims.submit(d.id, { version: d.version });
    inReview = { id: d.id, client: ent };
    const [now] = (await region.navigationProjects.floors({ year: h.year })).items;
    expect(now).toMatchObject({ inReview: '800000.00', inReach: '1100000.00', warning: null });
    // The figure is the region's: a city admin is refused, another year has no budget.
    expect(await failure((await h.as('yinchuan')).navigationProjects.floors({}))).toMatchObject({
      status: 403,
    });
    const [next] = (await region.navigationProjects.floors({ year: h.year + 1 })).items;
    expect(next).toMatchObject({ granted: '0.00', budgetTotal: null, warning: 'no-budget' });
  });

  it('files the navigation report after approval, once; the region sees it; others get a 404', async () => {
    const ent = owner.client;
    const form = (
      name = '专利导航报告.pdf',
      summary = '梳理多晶硅提纯领域专利 1260 件，提出三条布局路径和两项风险预警。',
    ) => ({
      file: new File([PDF], name, { type: 'application/pdf' }),
      summary,
    });
    const short = await failure(ent.navigationProjects.fileReport(approvedId, form(undefined, '太短')));
    expect(short.status).toBe(400);
    // A project not yet approved files nothing.
    expect(await failure(inReview.client.navigationProjects.fileReport(inReview.id, form()))).toMatchObject({
      status: 409,
      code: 'PROJECT_NOT_APPROVED',
    });
    const filed = await ent.navigationProjects.fileReport(approvedId, form());
    expect(filed).toMatchObject({
      claimId: approvedId,
      project: '高纯电子级多晶硅关键技术攻关',
      approvedAmount: '300000.00',
      filename: '专利导航报告.pdf',
      mime: 'application/pdf',
    });
    expect(await failure(ent.navigationProjects.fileReport(approvedId, form()))).toMatchObject({
      status: 409,
      code: 'REPORT_EXISTS',
    });
    const [trail] = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, approvedId), eq(auditLog.action, 'navigation-report.filed')));
    expect(trail).toBeDefined();

    const region = await h.as('region');
    expect((await region.navigationProjects.reports({ year: h.year })).items.map((r) => r.id)).toEqual([
      filed.id,
    ]);
    expect((await region.navigationProjects.report(approvedId)).summary).toContain('布局路径');
    const file = await region.navigationProjects.reportFile(filed.id);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(PDF);
    // Outside the claim's scope: another city, another enterprise.
    const guyuan = await h.as('guyuan');
    expect(await failure(guyuan.navigationProjects.report(approvedId))).toMatchObject({ status: 404 });
    expect(await failure(guyuan.navigationProjects.reportFile(filed.id))).toMatchObject({ status: 404 });
    expect((await guyuan.navigationProjects.reports({ year: h.year })).items).toEqual([]);
    const { client: other } = await h.enterprise();
    expect(await failure(other.navigationProjects.report(approvedId))).toMatchObject({ status: 404 });
    expect(await failure(other.navigationProjects.fileReport(approvedId, form()))).toMatchObject({
      status: 404,
    });
    expect(await h.db.select({ n: count() }).from(navigationReports)).toEqual([{ n: 1 }]);
  });

  it('is published, paid and clawed back like any claim, by credit code', async () => {
    const cookie = (await h.as('region')).cookie()!;
    const notice = await readJson(
      await post(cookie, '/notices', {
        title: '专利导航项目资金公示',
        claimIds: [approvedId],
        objectionChannel: '电话 0951-0000000',
      }),
    );
    expect(notice.items).toEqual([
      expect.objectContaining({ claimId: approvedId, provision: 'M4.2', amount: '300000.00' }),
    ]);
    await h.db.update(notices).set({ closesAt: new Date(Date.now() - 1000).toISOString() });
    const paid = await post(cookie, `/claims/${approvedId}/disbursements`, {
      paidOn: `${h.year}-11-01`,
      amount: '300000.00',
      voucherNo: 'N-1',
    });
    expect((await readJson(paid)).status).toBe('paid');
    const back = await post(cookie, `/claims/${approvedId}/clawbacks`, {
      paidOn: `${h.year}-11-20`,
      amount: '100000.00',
      voucherNo: 'N-R1',
      reason: '导航范围未按方案完成',
    });
    expect((await readJson(back)).status).toBe('clawed-back');
    const entries = await h.db.select().from(disbursements).where(eq(disbursements.claimId, approvedId));
    expect(entries.map((e) => e.amount)).toEqual(['300000.00', '-100000.00']);
  });
});
