import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { budgets, disbursements, notices } from '../../db/schema.js';
import { readJson } from '../../test-support/read-json.js';
import { useHarness } from '../../test-support/harness.js';

const h = useHarness();

async function post(cookie: string, path: string, body: unknown) {
  return h.app.request(`http://huiqi.test/api${path}`, {
    method: 'POST',
    headers: { Cookie: cookie, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('public notice, payment and clawback', () => {
  it('approved → 公示 → (only after the period) paid → clawed back by a correcting entry', async () => {
    const { enterprise, claim: a } = await h.submittedClaim({
      provision: 'M7.5',
      evaluationFeePaid: '10000.00',
    });
    await h.approve(a);
    const cookie = (await h.as('region')).cookie()!;

    const notYet = await post(cookie, '/notices', {
      title: '测试公示',
      claimIds: [a.id, '00000000-0000-4000-8000-000000000000'],
      objectionChannel: '电话 0951-0000000',
    });
    expect(notYet.status).toBe(409);

    const res = await post(cookie, '/notices', {
      title: '2026年度第一批资助公示',
      claimIds: [a.id],
      objectionChannel: '异议请致电 0951-0000000',
    });
    expect(res.status).toBe(201);
    const notice = await readJson(res);
    expect(notice.items).toEqual([
      {
        claimId: a.id,
        enterpriseName: enterprise.name,
        creditCode: enterprise.creditCode,
        provision: 'M7.5',
        amount: '9000.00',
      },
    ]);
    const pub = await readJson(await h.app.request('/api/notices'));
    expect(pub.items[0].title).toBe('2026年度第一批资助公示');

    const early = await post(cookie, `/claims/${a.id}/disbursements`, {
      paidOn: '2026-11-01',
      amount: '9000.00',
      voucherNo: 'V-1',
    });
    expect(early.status).toBe(422);
    expect((await readJson(early)).error.code).toBe('NOTICE_OPEN');
    await h.db.update(notices).set({ closesAt: new Date(Date.now() - 1000).toISOString() });
    const wrong = await post(cookie, `/claims/${a.id}/disbursements`, {
      paidOn: '2026-11-01',
      amount: '8000.00',
      voucherNo: 'V-1',
    });
    expect((await readJson(wrong)).error.code).toBe('AMOUNT_MISMATCH');
    const paid = await post(cookie, `/claims/${a.id}/disbursements`, {
      paidOn: '2026-11-01',
      amount: '9000.00',
      voucherNo: 'V-1',
    });
    expect((await readJson(paid)).status).toBe('paid');

    const back = await post(cookie, `/claims/${a.id}/clawbacks`, {
      paidOn: '2026-11-20',
      amount: '3000.00',
      voucherNo: 'R-1',
      reason: '发票重复报销',
    });
    expect((await readJson(back)).status).toBe('clawed-back');
    const entries = await h.db.select().from(disbursements).where(eq(disbursements.claimId, a.id));
    expect(entries.map((e) => [e.kind, e.amount])).toEqual([
      ['payment', '9000.00'],
      ['clawback', '-3000.00'],
    ]);
    const [b] = await h.db.select().from(budgets).where(eq(budgets.provision, 'M7.5'));
    expect(b!.posted).toBe('6000.00');
    expect((await (await h.as('auditor')).audit.verify()).ok).toBe(true);
  });
});
