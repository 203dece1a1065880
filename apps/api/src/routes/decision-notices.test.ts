import { patentApplicationCheckChar } from '@huiqi/domain';
import { and, eq, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { notifications, smsMessages } from '../db/schema.js';
import { failure, useHarness, type Harness } from '../test-support/harness.js';

/**
 * M2.1 and M8.2 decisions tell the people they concern, in the decision's transaction: the
 * applicant enterprise of a prioritized-examination application, the enterprise whose brand was
 * decided and the station that nominated it. Nobody else is told; a refused decision tells no one.
 */
const h = useHarness();

type Client = Awaited<ReturnType<Harness['as']>>;
const number = (n: number) => {
  const first = `2025${'1'}${String(n).padStart(7, '0')}`;
  return `${first}.${patentApplicationCheckChar(first)}`;
};
const application = (n: number) => ({
  applicationNumbers: [number(n)],
  patentTitle: '一种枸杞多糖的提取方法',
  technicalField: '食品加工',
  industry: 'goji',
  reason: '产品即将上市，需尽快获得专利保护以应对仿制风险。',
});
const messages = async (c: Client, subjectId: string) =>
  (await c.notifications.list({ limit: 100 })).items.filter((n) => n.subject.id === subjectId);
const rowsAbout = (subjectId: string) =>
  h.db.select().from(notifications).where(eq(notifications.subjectId, subjectId));
/** The text messages that mention a number (an application or registration number), oldest first. */
const textsAbout = (number: string) =>
  h.db
    .select({ phone: smsMessages.phone, topic: smsMessages.topic, text: smsMessages.text })
    .from(smsMessages)
    .where(like(smsMessages.text, `%${number}%`))
    .orderBy(smsMessages.id);

describe('M2.1 decisions are told to the applicant enterprise', () => {
  it('returned, passed, recommended and not recommended: each a message in both languages, to it only', async () => {
    const city = await h.as('yinchuan');
    const region = await h.as('region');
    const { client, enterprise } = await h.enterprise();
    const other = await h.enterprise();
    const a = await client.priorityExam.apply(application(710001));

    await city.priorityExam.check(a.id, { decision: 'return', reason: '请补充专利申请受理通知书。' });
    let mine = await messages(client, a.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      topic: 'priority-exam.returned',
      read: false,
      subject: { type: 'priority-exam', id: a.id },
      title: { zh: '优先审查推荐申请被退回', en: 'Prioritized examination: application returned' },
      claim: null,
    });
    // The officer's reason once, the sentence ended once.
    expect(mine[0]!.body!.zh).toBe(
      `${a.year} 年度优先审查推荐申请（${a.applicationNumbers[0]}）被退回：请补充专利申请受理通知书。请修改后重新提交。`,
    );
    expect(mine[0]!.body!.en).toContain('was returned: 请补充专利申请受理通知书. Correct it');
    // A return asks something of the enterprise: its contact is also texted, in Chinese.
    expect(await textsAbout(a.applicationNumbers[0]!)).toEqual([
      {
        phone: '13900000000',
        topic: 'priority-exam.returned',
        text: `【惠企】优先审查推荐申请被退回：${mine[0]!.body!.zh}`,
      },
    ]);

    await client.priorityExam.resubmit(a.id, application(710001));
    await city.priorityExam.check(a.id, { decision: 'pass' });
    mine = await messages(client, a.id);
    expect(mine.map((n) => n.topic)).toEqual(['priority-exam.passed', 'priority-exam.returned']);
    expect(mine[0]!.body!.zh).toContain('已通过市级审核');
    // The city's pass is a step on the way: the notification centre only, no text.
    expect(await textsAbout(a.applicationNumbers[0]!)).toHaveLength(1);

    // A decision refused (the city cannot recommend; a passed one cannot be passed again) tells no one.
    expect((await failure(city.priorityExam.check(a.id, { decision: 'pass' }))).status).toBe(409);
    expect(await rowsAbout(a.id)).toHaveLength(2);

    // overReason: the year's tally may already be past "about 50" in a shared database.
    await region.priorityExam.decide(a.id, { decision: 'recommend', overReason: '测试：重点产业关键专利' });
    mine = await messages(client, a.id);
    expect(mine[0]).toMatchObject({
      topic: 'priority-exam.recommended',
      title: { zh: '已推荐优先审查' },
    });
    expect(mine[0]!.body!.zh).toContain('国家知识产权局');
    expect((await textsAbout(a.applicationNumbers[0]!)).map((m) => m.topic)).toEqual([
      'priority-exam.returned',
      'priority-exam.recommended',
    ]);

    const b = await other.client.priorityExam.apply(application(710002));
    await city.priorityExam.check(b.id, { decision: 'pass' });
    await region.priorityExam.decide(b.id, {
      decision: 'not-recommend',
      reason: '申请号对应的专利已进入实质审查后期',
    });
    const theirs = await messages(other.client, b.id);
    expect(theirs[0]).toMatchObject({ topic: 'priority-exam.not-recommended' });
    expect(theirs[0]!.body!.zh).toContain('未获推荐：申请号对应的专利已进入实质审查后期。');
    expect(await textsAbout(b.applicationNumbers[0]!)).toEqual([
      expect.objectContaining({ topic: 'priority-exam.not-recommended', phone: '13900000000' }),
    ]);

    // Addressed to the enterprise (every user of it), and never to another.
    const rows = await rowsAbout(a.id);
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.recipientKind === 'enterprise' && r.recipientId === enterprise.id)).toBe(true);
    expect(await messages(other.client, a.id)).toEqual([]);
    expect(await messages(client, b.id)).toEqual([]);
    expect(await messages(city, a.id)).toEqual([]);
  });
});

const PDF = new Blob([new TextEncoder().encode('%PDF-1.4\n% brand evidence\n%%EOF\n')], {
  type: 'application/pdf',
});
let reg = 71_000_000;
const brand = (o: Record<string, unknown> = {}) => ({
  trademarkName: '贺兰晨光',
  registrationNo: String(reg++),
  niceClass: 33,
  owner: '宁夏测试酒庄有限公司',
  statement: '葡萄酒主商标。',
  ...o,
});

describe('M8.2 decisions are told to the enterprise and the nominating station', () => {
  it('selected, refused and withdrawn: the enterprise always, the station when it nominated', async () => {
    const region = await h.as('region');
    const station = await h.as('agency');
    const agencyId = (await station.auth.me()).user.agencyId!;
    const { client, enterprise } = await h.enterprise();

    // The enterprise's own nomination: selected, then withdrawn.
    const own = await client.brands.nominate(brand());
    await client.brands.addEvidence(own.id, { file: PDF, kind: 'distinctiveness' });
    await client.brands.addEvidence(own.id, { file: PDF, kind: 'reputation' });
    const sel = await region.brands.decide(own.id, { decision: 'select', version: own.version });
    let mine = await messages(client, own.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      topic: 'brand.select',
      subject: { type: 'brand-nomination', id: own.id },
      title: { zh: '品牌入选“百城百品”', en: 'Brand selected for 百城百品' },
    });
    expect(mine[0]!.body!.zh).toBe(
      `“贺兰晨光”（注册号 ${own.registrationNo}，第 33 类）入选 ${own.year} 年度“百城百品”，将在门户公布。`,
    );
    // Nominated by the enterprise itself: no station is told.
    expect(await messages(station, own.id)).toEqual([]);
    // A refused decision (selecting it twice) tells no one.
    expect(
      (await failure(region.brands.decide(own.id, { decision: 'select', version: sel.nomination.version })))
        .status,
    ).toBe(409);
    expect(await rowsAbout(own.id)).toHaveLength(1);
    await region.brands.decide(own.id, {
      decision: 'deselect',
      reason: '商标权属发生争议，暂缓入选。',
      version: sel.nomination.version,
    });
    mine = await messages(client, own.id);
    expect(mine.map((n) => n.topic)).toEqual(['brand.deselect', 'brand.select']);
    expect(mine[0]!.body!.zh).toContain('入选已撤销：商标权属发生争议，暂缓入选。');
    // Each decision ends the matter: the enterprise's contact is texted each time, the refused one not.
    expect(await textsAbout(own.registrationNo)).toEqual([
      {
        phone: '13900000000',
        topic: 'brand.select',
        text: `【惠企】品牌入选“百城百品”：${mine[1]!.body!.zh}`,
      },
      expect.objectContaining({ phone: '13900000000', topic: 'brand.deselect' }),
    ]);

    // A station's nomination, refused: the enterprise and the station are told, with the reason.
    const byStation = await station.brands.nominate(brand({ enterpriseId: enterprise.id }));
    await region.brands.decide(byStation.id, {
      decision: 'refuse',
      reason: '市场信誉证明不足',
      version: byStation.version,
    });
    for (const who of [client, station]) {
      const [n] = await messages(who, byStation.id);
      expect(n).toMatchObject({ topic: 'brand.refuse', title: { zh: '品牌未入选“百城百品”' } });
      expect(n!.body!.zh).toContain(`未入选 ${byStation.year} 年度“百城百品”：市场信誉证明不足。`);
    }
    // One text, to the enterprise: the station reads its 我的 tab.
    expect((await textsAbout(byStation.registrationNo)).map((m) => m.topic)).toEqual(['brand.refuse']);
    const rows = await rowsAbout(byStation.id);
    expect(rows.map((r) => [r.recipientKind, r.recipientId]).sort()).toEqual(
      [
        ['agency', agencyId],
        ['enterprise', enterprise.id],
      ].sort(),
    );
    // Nobody else: another enterprise, a city office.
    const other = await h.enterprise();
    expect(await messages(other.client, byStation.id)).toEqual([]);
    expect(
      await h.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.subjectId, byStation.id), eq(notifications.recipientKind, 'area'))),
    ).toEqual([]);
  });
});
