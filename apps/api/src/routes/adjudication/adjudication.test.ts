import { describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { adjudicationCases, auditLog } from '../../db/schema.js';
import { failure, useHarness } from '../../test-support/harness.js';

const h = useHarness();

const PDF = new Blob([new TextEncoder().encode('%PDF-1.4\n% decision\n%%EOF\n')], {
  type: 'application/pdf',
});
const cases = async () => (await h.db.select({ n: count() }).from(adjudicationCases))[0]!.n;
const filing = (requesterId: string, extra: Record<string, unknown> = {}) => ({
  requester: { enterpriseId: requesterId },
  respondent: { name: '某某机械制造有限公司' },
  patentNumber: 'ＺＬ 2023 1012 3456.7',
  patentTitle: '一种高强度耐磨合金的制备方法',
  assertedClaims: '权利要求1—3',
  requests: '责令被请求人立即停止制造、销售侵权产品。',
  receivedOn: '2026-09-24',
  ...extra,
});

describe('M9.3 adjudication case register', () => {
  it('files a case with an SRDI party as priority, numbers it per office and year, and counts the limits in working days', async () => {
    const city = await h.as('yinchuan');
    const { enterprise } = await h.enterprise();
    const filed = await city.adjudication.create(filing(enterprise.id));
    expect(filed).toMatchObject({
      status: 'received',
      areaCode: '640100',
      priority: true,
      patentNumber: 'ZL202310123456.7',
      requester: { enterpriseId: enterprise.id, name: enterprise.name, srdiLevel: 'provincial' },
      respondent: { enterpriseId: null, name: '某某机械制造有限公司', creditCode: null, srdiLevel: null },
    });
    expect(filed.caseNo).toMatch(/^银川市知裁〔2026〕\d+号$/);
    // Received Thu 24 Sep 2026, Mid-Autumn and National Day between: the 5th working day is 9 October.
    expect(filed.limits).toEqual([
      expect.objectContaining({
        key: 'accept',
        parameterId: 'M9.3.acceptWithin',
        due: '2026-10-09',
        state: 'overdue',
      }),
    ]);
    const second = await city.adjudication.create(filing(enterprise.id, { receivedOn: '2026-10-12' }));
    expect(Number(/〔2026〕(\d+)号/.exec(second.caseNo)![1])).toBe(
      Number(/〔2026〕(\d+)号/.exec(filed.caseNo)![1]) + 1,
    );

    const [row] = await h.db.select().from(auditLog).where(eq(auditLog.targetId, filed.id));
    expect(row).toMatchObject({ action: 'adjudication-case.filed', targetType: 'adjudication-case' });
  });

  it('links a counterpart by its credit code when it is in the registry; an outside one keeps the name given', async () => {
    const city = await h.as('yinchuan');
    const a = await h.enterprise();
    const b = await h.enterprise({ verify: false });
    const filed = await city.adjudication.create({
      ...filing(a.enterprise.id),
      respondent: { name: '随便写的名字', creditCode: b.enterprise.creditCode.toLowerCase() },
    });
    expect(filed.respondent).toMatchObject({
      enterpriseId: b.enterprise.id,
      name: b.enterprise.name,
      srdiLevel: null,
    });
    const same = await failure(
      city.adjudication.create({ ...filing(a.enterprise.id), respondent: { enterpriseId: a.enterprise.id } }),
    );
    expect(same).toMatchObject({ status: 422, code: 'SAME_PARTY' });
  });

  it('refuses bad input in both languages and changes nothing', async () => {
    const city = await h.as('yinchuan');
    const { enterprise } = await h.enterprise();
    const before = await cases();
    const bad = await failure(city.adjudication.create(filing(enterprise.id, { patentNumber: '12345' })));
    expect(bad).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(bad.zh).toContain('请填写中国专利号');
    expect(bad.en).toContain('patentNumber');
    const noParty = await failure(city.adjudication.create({ ...filing(enterprise.id), respondent: {} }));
    expect(noParty.zh).toContain('请选择企业库中的企业，或填写当事人名称');
    const future = await failure(
      city.adjudication.create(filing(enterprise.id, { receivedOn: '2999-01-01' })),
    );
    expect(future).toMatchObject({ status: 422, code: 'DATE_IN_FUTURE' });
    expect(future.zh).toContain('晚于今天');
    const unknown = await failure(
      city.adjudication.create({
        ...filing(enterprise.id),
        requester: { enterpriseId: '00000000-0000-4000-8000-000000000000' },
      }),
    );
    expect(unknown).toMatchObject({ status: 404 });
    const region = await h.as('region');
    expect(await failure(region.adjudication.create(filing(enterprise.id)))).toMatchObject({
      status: 422,
      code: 'AREA_REQUIRED',
    });
    expect(
      await failure(city.adjudication.create(filing(enterprise.id, { areaCode: '640400' }))),
    ).toMatchObject({
      status: 403,
    });
    expect(await cases()).toBe(before);
  });

  it('follows a case from acceptance to decision with its document; steps out of order are refused', async () => {
    const city = await h.as('yinchuan');
    const { enterprise } = await h.enterprise();
    const c = await city.adjudication.create(filing(enterprise.id, { receivedOn: '2026-07-01' }));
    expect(await failure(city.adjudication.step(c.id, { step: 'serve', on: '2026-07-03' }))).toMatchObject({
      status: 409,
      code: 'WRONG_STATE',
    });
    expect(await failure(city.adjudication.step(c.id, { step: 'accept', on: '2026-06-30' }))).toMatchObject({
      status: 422,
      code: 'DATE_ORDER',
    });
    const accepted = await city.adjudication.step(c.id, { step: 'accept', on: '2026-07-06' });
    expect(accepted.status).toBe('accepted');
    expect(accepted.limits.map((l) => [l.key, l.state])).toEqual([
      ['accept', 'met'],
      ['serve', 'overdue'],
      ['decide', 'overdue'],
    ]);
    await city.adjudication.step(c.id, { step: 'serve', on: '2026-07-10' });
    const heard = await city.adjudication.step(c.id, {
      step: 'hearing',
      on: '2026-08-20',
      notifiedOn: '2026-08-10',
    });
    expect(heard.limits.find((l) => l.key === 'hearingNotice')).toMatchObject({ state: 'met' });
    expect(heard.limits.find((l) => l.key === 'answer')).toMatchObject({
      due: '2026-07-27',
      state: 'elapsed',
    });
    const ext = await city.adjudication.step(c.id, { step: 'extend', reason: '案情复杂，需技术鉴定。' });
    // Accepted 6 July: 3 months is 6 October (a holiday), +1 month extension: 6 November.
    expect(ext.limits.find((l) => l.key === 'decide')!.due).toBe('2026-11-06');
    expect(
      await failure(city.adjudication.step(c.id, { step: 'extend', reason: '再次延长的请求。' })),
    ).toMatchObject({
      status: 409,
      code: 'ALREADY_EXTENDED',
    });
    expect(
      await failure(city.adjudication.uploadDocument(c.id, { file: new File([PDF], '裁决书.pdf') })),
    ).toMatchObject({
      status: 409,
    });
    const short = await failure(
      city.adjudication.step(c.id, {
        step: 'close',
        on: '2026-11-02',
        outcome: 'infringement',
        summary: '侵权',
      }),
    );
    expect(short.zh).toContain('请概述裁决或结案情况');
    const closed = await city.adjudication.step(c.id, {
      step: 'close',
      on: '2026-11-02',
      outcome: 'infringement',
      summary: '认定侵权成立，责令被请求人立即停止侵权行为。',
    });
    expect(closed).toMatchObject({ status: 'closed', outcome: 'infringement' });
    expect(closed.limits.find((l) => l.key === 'decide')).toMatchObject({
      state: 'met',
      metOn: '2026-11-02',
    });

    const notPdf = await failure(
      city.adjudication.uploadDocument(c.id, { file: new File([new Blob(['plain text'])], 'x.txt') }),
    );
    expect(notPdf).toMatchObject({ status: 415 });
    const withDoc = await city.adjudication.uploadDocument(c.id, { file: new File([PDF], '裁决书.pdf') });
    expect(withDoc.document).toMatchObject({ filename: '裁决书.pdf', mime: 'application/pdf' });
    const res = await h.app.request(`http://huiqi.test/api/adjudication-cases/${c.id}/document`, {
      headers: { Cookie: (await h.as('auditor')).cookie()! },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');

    const actions = (await h.db.select().from(auditLog).where(eq(auditLog.targetId, c.id))).map(
      (r) => r.action,
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        'adjudication-case.filed',
        'adjudication-case.accept',
        'adjudication-case.serve',
        'adjudication-case.hearing',
        'adjudication-case.extend',
        'adjudication-case.close',
        'adjudication-case.document',
      ]),
    );
  });

  it('a refusal keeps its reason; another city’s case is 404; auditors read but do not write', async () => {
    const city = await h.as('yinchuan');
    const { enterprise } = await h.enterprise();
    const c = await city.adjudication.create(filing(enterprise.id, { receivedOn: '2026-11-02' }));
    const refused = await city.adjudication.step(c.id, {
      step: 'refuse',
      on: '2026-11-04',
      reason: '请求人不是专利权人或利害关系人。',
    });
    expect(refused).toMatchObject({ status: 'refused', refusalReason: '请求人不是专利权人或利害关系人。' });
    expect(refused.limits[0]).toMatchObject({ key: 'accept', state: 'met' });

    const guyuan = await h.as('guyuan');
    expect(await failure(guyuan.adjudication.get(c.id))).toMatchObject({ status: 404 });
    expect(await failure(guyuan.adjudication.step(c.id, { step: 'accept', on: '2026-11-04' }))).toMatchObject(
      {
        status: 404,
      },
    );
    expect(await failure(guyuan.adjudication.uploadDocument(c.id, { file: PDF }))).toMatchObject({
      status: 404,
    });
    expect((await guyuan.adjudication.list()).items.map((x) => x.id)).not.toContain(c.id);

    const auditor = await h.as('auditor');
    expect((await auditor.adjudication.get(c.id)).id).toBe(c.id);
    expect(
      await failure(auditor.adjudication.step(c.id, { step: 'accept', on: '2026-11-04' })),
    ).toMatchObject({
      status: 403,
    });
    const region = await h.as('region');
    const mine = await region.adjudication.list({ flag: 'priority' });
    expect(mine.items.every((x) => x.priority)).toBe(true);
    expect((await region.adjudication.list({ status: 'refused' })).items.map((x) => x.id)).toContain(c.id);
  });
});
