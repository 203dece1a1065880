import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, provisionRecords } from '../../db/schema.js';
import { failure, useHarness } from '../../test-support/harness.js';

const h = useHarness();

const rows = async () => (await h.db.select({ n: count() }).from(provisionRecords))[0]!.n;
const day = (md: string) => `${h.year}-${md}`;

describe('records kept under the provisions', () => {
  it('an enterprise records its graded assessment once per clientId; audited; the city verifies once closed', async () => {
    const { client: ent, enterprise } = await h.enterprise();
    const clientId = randomUUID();
    const body = { kind: 'graded-assessment' as const, clientId, data: { enrolledOn: day('01-05') } };
    const first = await ent.records.create(body);
    expect(first).toMatchObject({
      provision: 'M3.1',
      enterpriseId: enterprise.id,
      areaCode: '640100',
      recorder: 'enterprise',
      verification: 'pending',
      year: null,
      can: { amend: true, close: true, verify: false },
    });
    const again = await ent.records.create(body);
    expect(again.id).toBe(first.id);
    const audits = await h.db.select().from(auditLog).where(eq(auditLog.targetId, first.id));
    expect(audits.map((a) => a.action)).toEqual(['record.created']);

    const yinchuan = await h.as('yinchuan');
    const early = await failure(yinchuan.records.verify(first.id, { decision: 'verified' }));
    expect(early).toMatchObject({ status: 422, code: 'RECORD_NOT_CLOSED' });
    expect(early.zh).toContain('尚未办结');

    const missing = await failure(ent.records.close(first.id, { data: { assessedOn: day('01-20') } }));
    expect(missing).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(missing.zh).toContain('请填写测评等级');
    const closed = await ent.records.close(first.id, { data: { assessedOn: day('01-20'), grade: '三级' } });
    expect(closed).toMatchObject({ year: h.year, data: { grade: '三级' }, can: { close: false } });
    expect(closed.closedAt).not.toBeNull();

    const guyuan = await h.as('guyuan');
    expect((await failure(guyuan.records.get(first.id))).status).toBe(404);
    expect((await failure(guyuan.records.verify(first.id, { decision: 'verified' }))).status).toBe(404);
    const region = await h.as('region');
    expect((await failure(region.records.verify(first.id, { decision: 'verified' }))).status).toBe(403);

    expect((await yinchuan.records.get(first.id)).can.verify).toBe(true);
    const ok = await yinchuan.records.verify(first.id, { decision: 'verified', note: '平台测评报告已核' });
    expect(ok.verification).toBe('verified');
    expect((await failure(yinchuan.records.verify(first.id, { decision: 'rejected', note: 'x' }))).code).toBe(
      'RECORD_ALREADY_DECIDED',
    );
    const frozen = await failure(ent.records.amend(first.id, { data: { enrolledOn: day('01-06') } }));
    expect(frozen).toMatchObject({ status: 409, code: 'RECORD_VERIFIED' });

    const figures = await region.records.figures({ year: h.year });
    const m31 = figures.items.find((f) => f.kind === 'graded-assessment')!;
    expect(m31).toMatchObject({
      provision: 'M3.1',
      unit: 'enterprises',
      figure: '1',
      target: '50',
      met: false,
    });
    expect(m31.byArea.find((a) => a.areaCode === '640100')!.figure).toBe('1');
  });

  it('bad input is refused at its field in both languages, and nothing is written', async () => {
    const { client: ent } = await h.enterprise();
    const before = await rows();
    const bad = await failure(
      ent.records.create({
        kind: 'patent-intensive-product',
        data: { product: '', filingNumber: 'BA-1', filedOn: '2026-02-30', recognition: 'maybe', extra: 1 },
      }),
    );
    expect(bad).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect((bad.details as { path: string }[]).map((d) => d.path)).toEqual([
      'data.extra',
      'data.product',
      'data.filedOn',
      'data.recognition',
    ]);
    expect((bad.details as { zh: string }[])[3]!.zh).toContain('已认定、待认定、未通过认定');
    const future = await failure(
      ent.records.create({
        kind: 'patent-intensive-product',
        data: {
          product: '电极',
          filingNumber: 'BA-1',
          filedOn: `${h.year + 1}-01-01`,
          recognition: 'pending',
        },
      }),
    );
    expect(future).toMatchObject({ status: 422, code: 'RECORD_IN_FUTURE' });
    const notMine = await failure(
      ent.records.create({
        kind: 'guaranteed-loan',
        data: {},
      }),
    );
    expect(notMine).toMatchObject({ status: 422, code: 'NOT_THE_RECORDER' });
    expect(notMine.zh).toBe('政府性融资担保贷款由自治区登记。');
    const unknownKind = await h.app.request('http://huiqi.test/api/records', {
      method: 'POST',
      headers: { Cookie: ent.cookie()!, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'no-such-kind', data: {} }),
    });
    expect(unknownKind.status).toBe(400);
    expect(await rows()).toBe(before);
  });

  it('scoping: an enterprise sees its own, an agency its own, a city its area; another tenant’s record is 404', async () => {
    const a = await h.enterprise();
    const b = await h.enterprise({ areaCode: '640400' });
    const mine = await a.client.records.create({
      kind: 'ip-manager',
      data: { name: '李娜', position: '知识产权部经理', since: day('01-02') },
    });
    expect((await failure(b.client.records.get(mine.id))).status).toBe(404);
    expect((await failure(b.client.records.amend(mine.id, { data: { name: 'x' } }))).status).toBe(404);
    expect((await b.client.records.list({ kind: 'ip-manager' })).items).toEqual([]);
    const agency = await h.as('agency');
    expect((await failure(agency.records.get(mine.id))).status).toBe(404);
    const guyuan = await h.as('guyuan');
    expect((await guyuan.records.list({ kind: 'ip-manager' })).items.map((r) => r.id)).not.toContain(mine.id);
    const auditor = await h.as('auditor');
    expect((await auditor.records.get(mine.id)).can).toEqual({ amend: false, close: false, verify: false });
    // The region records for an enterprise; a city only for its own area's.
    const loan = {
      guarantor: '宁夏融资担保集团',
      bank: '宁夏银行',
      amount: '5,000,000.00',
      disbursedOn: day('01-03'),
      dueOn: `${h.year + 1}-01-02`,
      pledged: [{ kind: 'patent', number: 'ZL202010000001.1' }],
    };
    const badAmount = await failure(
      (await h.as('region')).records.create({
        kind: 'guaranteed-loan',
        enterpriseId: b.enterprise.id,
        data: loan,
      }),
    );
    expect(badAmount.zh).toContain('金额“5,000,000.00”无效');
    const region = await h.as('region');
    const rec = await region.records.create({
      kind: 'guaranteed-loan',
      enterpriseId: b.enterprise.id,
      data: { ...loan, amount: '5000000' },
    });
    expect(rec).toMatchObject({ areaCode: '640400', verification: null, data: { amount: '5000000.00' } });
    expect((await b.client.records.get(rec.id)).data.amount).toBe('5000000.00');
    const yinchuan = await h.as('yinchuan');
    const outside = await failure(
      yinchuan.records.create({ kind: 'bundled-pledge', enterpriseId: b.enterprise.id, data: {} }),
    );
    expect(outside.status).toBe(404);
    const m72 = (await region.records.figures({ year: h.year })).items.find(
      (f) => f.kind === 'guaranteed-loan',
    )!;
    expect(m72).toMatchObject({ unit: 'CNY', figure: '5000000.00', target: '200000000.00', met: false });
    const cityView = (await guyuan.records.figures({ year: h.year })).items.find(
      (f) => f.kind === 'guaranteed-loan',
    )!;
    expect(cityView.byArea.map((x) => x.areaCode)).toEqual(['640400']);
  });

  it('an overseas dispute case is opened by an agency, followed and closed; dates in order; listed enterprises must exist', async () => {
    const { enterprise } = await h.enterprise();
    const agency = await h.as('agency');
    const open = await agency.records.create({
      kind: 'overseas-dispute',
      enterpriseId: enterprise.id,
      data: {
        country: 'de',
        counterpart: 'Muster GmbH',
        disputeKind: 'patent',
        openedOn: day('01-04'),
        advanced: '0',
      },
    });
    expect(open).toMatchObject({
      data: { country: 'DE', advanced: '0.00' },
      year: h.year,
      verification: null,
    });
    const amended = await agency.records.amend(open.id, { data: { ...open.data, advanced: '80000.00' } });
    expect(amended.data.advanced).toBe('80000.00');
    const order = await failure(
      agency.records.close(open.id, { data: { closedOn: day('01-01'), outcome: 'settled' } }),
    );
    expect(order.zh).toContain('结案日期');
    expect((order.details as { code: string }[])[0]!.code).toBe('DATE_ORDER');
    const closed = await agency.records.close(open.id, {
      data: { closedOn: day('01-04'), outcome: 'settled' },
    });
    expect(closed.data).toMatchObject({ outcome: 'settled', advanced: '80000.00' });
    expect((await failure(agency.records.close(open.id, { data: {} }))).code).toBe('RECORD_CLOSED');
    const actions = (await h.db.select().from(auditLog).where(eq(auditLog.targetId, open.id))).map(
      (a) => a.action,
    );
    expect(actions).toEqual(['record.created', 'record.amended', 'record.closed']);

    const before = await rows();
    const ghost = await failure(
      agency.records.create({
        kind: 'finance-event',
        data: {
          format: 'matchmaking',
          title: '银企对接会',
          place: '石嘴山高新区',
          heldOn: day('01-02'),
          banks: ['石嘴山银行'],
          enterprises: [randomUUID()],
        },
      }),
    );
    expect(ghost.status).toBe(404);
    expect(await rows()).toBe(before);
    const event = await agency.records.create({
      kind: 'finance-event',
      data: {
        format: 'matchmaking',
        title: '银企对接会',
        place: '银川经开区',
        heldOn: day('01-02'),
        banks: ['宁夏银行', '宁夏银行'],
        enterprises: [enterprise.id, enterprise.id],
      },
    });
    expect(event).toMatchObject({
      areaCode: '640100',
      data: { banks: ['宁夏银行'], enterprises: [enterprise.id] },
    });
    const region = await h.as('region');
    const met = (await region.records.figures({ year: h.year })).items.find(
      (f) => f.kind === 'finance-event',
    )!;
    expect(met).toMatchObject({ unit: 'enterprises', figure: '1', target: null, met: null });
  });

  it('a rejected record needs a reason, goes back to the recorder, and is verified again once amended', async () => {
    const { client: ent } = await h.enterprise();
    const rec = await ent.records.create({
      kind: 'insurance-policy',
      data: {
        insurer: '人保财险宁夏分公司',
        coverage: 'enforcement',
        policyNumber: 'PICC-1',
        premium: '8000',
        sumInsured: '500000',
        startsOn: day('01-02'),
      },
    });
    const yinchuan = await h.as('yinchuan');
    expect((await failure(yinchuan.records.verify(rec.id, { decision: 'rejected' }))).code).toBe(
      'NOTE_REQUIRED',
    );
    const rejected = await yinchuan.records.verify(rec.id, { decision: 'rejected', note: '缺少保单扫描件' });
    expect(rejected).toMatchObject({ verification: 'rejected', verificationNote: '缺少保单扫描件' });
    expect((await failure(yinchuan.records.amend(rec.id, { data: rec.data }))).status).toBe(403);
    const back = await ent.records.amend(rec.id, { data: { ...rec.data, policyNumber: 'PICC-NX-1' } });
    expect(back.verification).toBe('pending');
    expect((await yinchuan.records.verify(rec.id, { decision: 'verified' })).verification).toBe('verified');
  });
});
