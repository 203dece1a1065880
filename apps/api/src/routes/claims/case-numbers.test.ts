import { promisedDueOn, todayInChina } from '@huiqi/domain';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { claims, auditLog } from '../../db/schema.js';
import { failure, useHarness } from '../../test-support/harness.js';

const h = useHarness();

const fee = (amount: string) => ({ provision: 'M7.5', evaluationFeePaid: amount });

describe('办件编号 and 承诺时限', () => {
  it('numbers a claim at submission, keeps the number through a return, restarts the clock', async () => {
    const today = todayInChina();
    const year = today.slice(0, 4);
    const { client } = await h.enterprise();
    const draft = await client.claims.create({ roundId: h.round.id, claim: fee('1000.00') });
    expect(draft).toMatchObject({ caseNo: null, dueOn: null, due: { running: false, overdue: false } });
    const s = await client.claims.submit(draft.id, { version: draft.version });
    expect(s.caseNo).toMatch(new RegExp(`^640100-${year}-\\d{6}$`));
    // M7.5's guide promises 20 working days, counted on the official calendar.
    expect(s.promisedWorkingDays).toBe(20);
    expect(s.dueOn).toBe(promisedDueOn(today, 20));
    expect(s.due).toMatchObject({ running: true, overdue: false });

    const [row] = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, draft.id), eq(auditLog.action, 'claim.submitted')));
    expect(row!.after).toMatchObject({ caseNo: s.caseNo, promisedWorkingDays: 20 });

    const city = await h.as('yinchuan');
    const returned = await city.reviews.decide(draft.id, {
      decision: 'return',
      comment: '请补正',
      fixItems: ['补充评估报告'],
      version: s.version,
    });
    expect(returned).toMatchObject({ caseNo: s.caseNo, due: { running: false, overdue: false } });
    const again = await client.claims.submit(draft.id, { version: returned.version });
    expect(again.caseNo).toBe(s.caseNo);

    // The next claim of the year, in another area, takes the next number of the same sequence.
    const other = await h.enterprise({ areaCode: 'NINGDONG' });
    const d2 = await other.client.claims.create({ roundId: h.round.id, claim: fee('800.00') });
    const s2 = await other.client.claims.submit(d2.id, { version: d2.version });
    expect(s2.caseNo).toMatch(new RegExp(`^NINGDONG-${year}-\\d{6}$`));
    expect(Number(s2.caseNo!.slice(-6))).toBeGreaterThan(Number(s.caseNo!.slice(-6)));
  });

  it('lets officials find what is overdue and due soon, and sort by the due date', async () => {
    const { client } = await h.enterprise();
    const make = async () => {
      const d = await client.claims.create({ roundId: h.round.id, claim: fee('500.00') });
      return client.claims.submit(d.id, { version: d.version });
    };
    const late = await make();
    const soon = await make();
    const today = todayInChina();
    // A claim submitted long ago (its due date in January) and one due today.
    await h.db
      .update(claims)
      .set({ dueOn: `${today.slice(0, 4)}-01-05` })
      .where(eq(claims.id, late.id));
    await h.db.update(claims).set({ dueOn: today }).where(eq(claims.id, soon.id));
    const region = await h.as('region');
    const overdue = await region.claims.list({ due: 'overdue', pageSize: 200 });
    expect(overdue.items.map((a) => a.id)).toContain(late.id);
    expect(overdue.items.map((a) => a.id)).not.toContain(soon.id);
    expect(overdue.items.find((a) => a.id === late.id)!.due).toMatchObject({ running: true, overdue: true });
    const dueSoon = await region.claims.list({ due: 'due-soon', pageSize: 200 });
    expect(dueSoon.items.map((a) => a.id)).toContain(soon.id);
    expect(dueSoon.items.map((a) => a.id)).not.toContain(late.id);
    const sorted = await region.claims.list({ sort: 'dueOn', order: 'asc', statuses: 'submitted' });
    expect(sorted.items[0]!.id).toBe(late.id);
    // The enterprise sees the same flag on its own claim.
    expect((await client.claims.get(late.id)).due.overdue).toBe(true);

    const bad = await failure(region.claims.list({ due: 'late' as never }));
    expect(bad).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(bad.zh).toMatch(/[\u4e00-\u9fff]/);
  });
});
