import { patentApplicationCheckChar } from '@huiqi/domain';
import { describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { auditLog, priorityExamApplications, priorityExamTallies } from '../../db/schema.js';
import { readSheet } from '../../lib/spreadsheet.js';
import { failure, useHarness } from '../../test-support/harness.js';

const h = useHarness();

/** A valid application number of 2025 with serial `n`, as CNIPA writes it. */
const number = (n: number, kind = '1') => {
  const first = `2025${kind}${String(n).padStart(7, '0')}`;
  return `${first}.${patentApplicationCheckChar(first)}`;
};
const form = (extra: Record<string, unknown> = {}) => ({
  applicationNumbers: [number(123456)],
  patentTitle: '一种高强度耐磨合金的制备方法',
  technicalField: '金属材料',
  industry: 'new-materials',
  reason: '产品即将上市，需尽快获得专利保护以应对仿制风险。',
  ...extra,
});
const rows = async () => (await h.db.select({ n: count() }).from(priorityExamApplications))[0]!.n;

describe('M2.1 patent prioritized examination: apply', () => {
  it('takes full-width and spaced numbers, keeps them with their check character, and flags focus industries', async () => {
    const { client } = await h.enterprise();
    const first = number(1);
    const wide = first.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))).replace('.', '．');
    const a = await client.priorityExam.apply(form({ applicationNumbers: [wide, ` ${number(2, '2')} `] }));
    expect(a).toMatchObject({
      status: 'submitted',
      areaCode: '640100',
      applicationNumbers: [first, number(2, '2')],
      focusIndustry: true,
      rank: null,
    });
    const [audit] = await h.db.select().from(auditLog).where(eq(auditLog.targetId, a.id));
    expect(audit).toMatchObject({ action: 'priority-exam.applied' });
    // Once a year: a second application is refused.
    const again = await failure(client.priorityExam.apply(form()));
    expect(again).toMatchObject({ status: 409, code: 'ALREADY_APPLIED' });
  });

  it('refuses a bad number at its field in both languages and changes nothing', async () => {
    const { client } = await h.enterprise();
    const before = await rows();
    const bad = number(3).slice(0, -1) + (number(3).endsWith('1') ? '2' : '1');
    const e = await failure(client.priorityExam.apply(form({ applicationNumbers: [number(4), bad] })));
    expect(e).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(e.details).toEqual([
      expect.objectContaining({
        path: 'applicationNumbers.1',
        zh: '校验位不符：请核对是否有输错或颠倒的数字。',
        en: expect.stringContaining('check character'),
      }),
    ]);
    const shape = await failure(
      client.priorityExam.apply(form({ applicationNumbers: ['2025123'], reason: '短' })),
    );
    expect((shape.details as { path: string }[]).map((d) => d.path).sort()).toEqual([
      'applicationNumbers.0',
      'reason',
    ]);
    const twice = await failure(
      client.priorityExam.apply(form({ applicationNumbers: [number(5), number(5)] })),
    );
    expect(twice.details).toEqual([
      expect.objectContaining({ path: 'applicationNumbers.1', zh: '该申请号重复填写。' }),
    ]);
    expect(await rows()).toBe(before);
  });

  it('refuses an enterprise not yet verified', async () => {
    const { client } = await h.enterprise({ verify: false });
    expect(await failure(client.priorityExam.apply(form()))).toMatchObject({
      status: 422,
      code: 'ENTERPRISE_NOT_VERIFIED',
    });
  });
});

describe('M2.1: check by the city, scoped', () => {
  it("a city checks its own area's applications only: another's is 404; return needs a reason; the enterprise corrects and resends", async () => {
    const { client, enterprise } = await h.enterprise();
    const a = await client.priorityExam.apply(form());
    const guyuan = await h.as('guyuan');
    expect(await failure(guyuan.priorityExam.get(a.id))).toMatchObject({ status: 404 });
    expect(await failure(guyuan.priorityExam.check(a.id, { decision: 'pass' }))).toMatchObject({
      status: 404,
    });
    expect((await guyuan.priorityExam.list({})).items.some((x) => x.id === a.id)).toBe(false);
    const other = await h.enterprise();
    expect(await failure(other.client.priorityExam.get(a.id))).toMatchObject({ status: 404 });

    const city = await h.as('yinchuan');
    const noReason = await failure(city.priorityExam.check(a.id, { decision: 'return', reason: '' }));
    expect(noReason).toMatchObject({ status: 400 });
    expect(noReason.details).toEqual([
      expect.objectContaining({ path: 'reason', zh: '请说明退回理由（至少 5 个字）。' }),
    ]);
    const returned = await city.priorityExam.check(a.id, {
      decision: 'return',
      reason: '请补充技术领域说明',
    });
    expect(returned).toMatchObject({ status: 'returned', checkReason: '请补充技术领域说明' });
    expect(await failure(city.priorityExam.check(a.id, { decision: 'pass' }))).toMatchObject({
      status: 409,
      code: 'NOT_SUBMITTED',
    });
    const mine = await client.priorityExam.get(a.id);
    expect(mine).toMatchObject({
      status: 'returned',
      checkReason: '请补充技术领域说明',
      enterpriseId: enterprise.id,
    });
    const again = await client.priorityExam.resubmit(a.id, form({ technicalField: '金属材料／耐磨合金' }));
    expect(again).toMatchObject({ status: 'submitted', technicalField: '金属材料／耐磨合金' });
    expect(await failure(client.priorityExam.resubmit(a.id, form()))).toMatchObject({ status: 409 });
    expect(await city.priorityExam.check(a.id, { decision: 'pass' })).toMatchObject({ status: 'passed' });
    const actions = (await h.db.select().from(auditLog).where(eq(auditLog.targetId, a.id))).map(
      (r) => r.action,
    );
    expect(actions).toEqual([
      'priority-exam.applied',
      'priority-exam.returned',
      'priority-exam.resubmitted',
      'priority-exam.passed',
    ]);
  });
});

describe('M2.1: the region ranks and recommends about 50', () => {
  it('ranks focus industries first until the officer reorders; recommends; past the count and its tolerance a reason is recorded; exports the list', async () => {
    const city = await h.as('yinchuan');
    const region = await h.as('region');
    const made: { id: string; focus: boolean }[] = [];
    for (const industry of ['wine', 'clean-energy', 'goji']) {
      const { client } = await h.enterprise();
      const a = await client.priorityExam.apply(form({ industry }));
      await city.priorityExam.check(a.id, { decision: 'pass' });
      made.push({ id: a.id, focus: a.focusIndustry });
    }
    const year = (await region.priorityExam.list({})).tally.year;
    const passed = (await region.priorityExam.list({ status: 'passed' })).items;
    // Focus industries first (new-materials and clean-energy), each group in submission order.
    const firstNonFocus = passed.findIndex((x) => !x.focusIndustry);
    expect(passed.slice(firstNonFocus).every((x) => !x.focusIndustry)).toBe(true);
    const ids = (await region.priorityExam.list({})).items
      .filter((x) => ['passed', 'recommended', 'not-recommended'].includes(x.status))
      .map((x) => x.id);
    // The officer puts the wine one first.
    const order = [made[0]!.id, ...ids.filter((id) => id !== made[0]!.id)];
    const ranked = await region.priorityExam.rank({ year, order });
    expect(ranked.items[0]).toMatchObject({ id: made[0]!.id, rank: 1 });
    expect(await failure(region.priorityExam.rank({ year, order: order.slice(1) }))).toMatchObject({
      status: 409,
      code: 'RANKING_STALE',
    });
    expect(await failure(city.priorityExam.rank({ year, order }))).toMatchObject({ status: 403 });

    const notRec = await failure(
      region.priorityExam.decide(made[2]!.id, { decision: 'not-recommend', reason: '' }),
    );
    expect(notRec.details).toEqual([expect.objectContaining({ path: 'reason' })]);
    const declined = await region.priorityExam.decide(made[2]!.id, {
      decision: 'not-recommend',
      reason: '申请号对应的专利已进入实质审查后期',
    });
    expect(declined.application).toMatchObject({ status: 'not-recommended' });
    const rec = await region.priorityExam.decide(made[0]!.id, { decision: 'recommend' });
    expect(rec.tally).toMatchObject({ recommended: 1, target: 50, upperBound: 55, tolerance: '0.1' });
    expect(await failure(region.priorityExam.decide(made[0]!.id, { decision: 'recommend' }))).toMatchObject({
      status: 409,
      code: 'NOT_PASSED',
    });

    // At the bound (55 = 50 × 1.1) the next needs a reason, kept with it.
    await h.db.update(priorityExamTallies).set({ recommended: 55 }).where(eq(priorityExamTallies.year, year));
    const over = await failure(region.priorityExam.decide(made[1]!.id, { decision: 'recommend' }));
    expect(over).toMatchObject({ status: 422, code: 'OVER_REASON_REQUIRED' });
    expect(over.details).toEqual([expect.objectContaining({ path: 'overReason' })]);
    expect((await region.priorityExam.get(made[1]!.id)).status).toBe('passed');
    const past = await region.priorityExam.decide(made[1]!.id, {
      decision: 'recommend',
      overReason: '清洁能源重点项目，自治区重点支持',
    });
    expect(past.application).toMatchObject({
      status: 'recommended',
      overReason: '清洁能源重点项目，自治区重点支持',
    });
    expect(past.tally.recommended).toBe(56);
    const actions = (await h.db.select().from(auditLog).where(eq(auditLog.targetId, made[1]!.id))).map(
      (r) => r.action,
    );
    expect(actions).toContain('priority-exam.recommended-over');

    // The enterprise sees the outcome.
    const mine = await h.db
      .select()
      .from(priorityExamApplications)
      .where(eq(priorityExamApplications.id, made[2]!.id));
    expect(mine[0]).toMatchObject({
      status: 'not-recommended',
      decisionReason: '申请号对应的专利已进入实质审查后期',
    });

    // The export: the recommended ones in the region's order, with what the national office asks for.
    const blob = await region.priorityExam.export({ year });
    const sheet = await readSheet(new Uint8Array(await blob.arrayBuffer()));
    expect(sheet[0]).toEqual([
      '推荐序号',
      '申请人',
      '统一社会信用代码',
      '专利申请号',
      '发明创造名称',
      '技术领域',
      '所属产业',
      '是否重点产业',
      '所在地区',
      '联系人',
      '联系电话',
      '超出推荐数量的理由',
    ]);
    expect(sheet.slice(1).map((r) => [r[0], r[6], r[7], r[8], r[11]])).toEqual([
      ['1', '葡萄酒', '否', '银川市', ''],
      ['2', '清洁能源', '是', '银川市', '清洁能源重点项目，自治区重点支持'],
    ]);
    expect(await failure((await h.as('yinchuan')).priorityExam.export({ year }))).toMatchObject({
      status: 403,
    });
  });

  it('counts the recommended enterprises on the scorecard from the registry', async () => {
    const region = await h.as('region');
    const year = (await region.priorityExam.list({})).tally.year;
    const res = await h.app.request(`http://huiqi.test/api/reports/scorecard?fundingYear=${year}`, {
      headers: { Cookie: region.cookie()! },
    });
    const card = (await res.json()) as {
      measures: { provision: string; figure: string; value: string; records: number; goal: string }[];
    };
    const figure = card.measures.find((f) => f.provision === 'M2.1' && f.figure === 'enterprises');
    expect(figure).toMatchObject({ value: '2', records: 2, goal: '50' });
  });
});
