import { Money } from '@huiqi/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq, sql } from 'drizzle-orm';
import { claims, auditLog, budgetLedger, budgets } from '../db/schema.js';
import { startHarness, type Harness } from '../test-support/harness.js';

/**
 * On real PostgreSQL (PGlite runs one transaction at a time, so it cannot prove this): 200
 * concurrent city approvals against a budget with room for exactly 50. Exactly 50 succeed, the
 * ledger sums to the counter, the refused ones changed nothing, and the audit chain verifies.
 */
let h: Harness;
const N = 200;
const ROOM = 50;
const AMOUNT = '900.00'; // M7.5 on a fee of 1000.00

beforeAll(async () => {
  h = await startHarness({ postgres: true });
}, 120_000);
afterAll(() => h?.close());

describe('quota race on PostgreSQL', () => {
  it(`${N} concurrent approvals, room for ${ROOM}: exactly ${ROOM} succeed`, async () => {
    await h.db
      .update(budgets)
      .set({ total: Money.of(AMOUNT).times(ROOM).toString() })
      .where(eq(budgets.provision, 'M7.5'));
    // N submitted claims of distinct verified enterprises, in Yinchuan.
    const ids: { id: string; version: number }[] = [];
    // One after the other: each registration signs the region's administrator in to verify it, and
    // twenty sign-ins to one account at once from one source are (rightly) taken for guessing.
    const batch: Awaited<ReturnType<Harness['enterprise']>>[] = [];
    for (let i = 0; i < 20; i++) batch.push(await h.enterprise());
    for (let i = 0; i < N; i++) {
      const { client } = batch[i % batch.length]!;
      const a = await client.claims.create({
        roundId: h.round.id,
        claim: { provision: 'M7.5', evaluationFeePaid: '1000.00' },
      });
      const s = await client.claims.submit(a.id, { version: a.version });
      ids.push({ id: s.id, version: s.version });
    }
    const city = await h.as('yinchuan');
    const auditBefore = (await h.db.select({ n: count() }).from(auditLog))[0]!.n;
    const results = await Promise.allSettled(
      ids.map((a) => city.reviews.decide(a.id, { decision: 'approve', comment: '同意', version: a.version })),
    );
    const ok = results.filter((r) => r.status === 'fulfilled').length;
    const refused = results
      .filter((r) => r.status === 'rejected')
      .map((r) => (r as PromiseRejectedResult).reason as { code: string; status: number });
    expect(ok).toBe(ROOM);
    expect(refused.every((e) => e.status === 409 && e.code === 'BUDGET_EXHAUSTED')).toBe(true);

    const [b] = await h.db.select().from(budgets).where(eq(budgets.provision, 'M7.5'));
    expect(b).toMatchObject({ reserved: Money.of(AMOUNT).times(ROOM).toString(), posted: '0.00' });
    const [sum] = await h.db
      .select({
        n: count(),
        total: sql<string>`coalesce(sum(${budgetLedger.amount}), 0)::numeric(18,2)::text`,
      })
      .from(budgetLedger)
      .where(eq(budgetLedger.budgetId, b!.id));
    expect(sum).toEqual({ n: ROOM, total: b!.reserved });
    const approved = (
      await h.db.select({ n: count() }).from(claims).where(eq(claims.status, 'city-approved'))
    )[0]!.n;
    expect(approved).toBe(ROOM);
    expect((await h.db.select({ n: count() }).from(claims).where(eq(claims.status, 'submitted')))[0]!.n).toBe(
      N - ROOM,
    );
    // One audit row per success, none for the refused.
    expect((await h.db.select({ n: count() }).from(auditLog))[0]!.n - auditBefore).toBe(ROOM);
    // The rows were written concurrently, without a lock; the sealer links them all into one chain.
    const auditor = await h.as('auditor');
    await h.sealed();
    expect(await auditor.audit.verify()).toMatchObject({ ok: true, unsealed: 0 });
  }, 180_000);

  it("one enterprise's capped claims approved at once: its annual cap holds (M5.1)", async () => {
    // Five claims of one enterprise, each assessed at 800,000 while nothing is decided: the cap of
    // the year leaves room for one of them at that amount. The city approval locks the enterprise
    // and reads what its other claims were decided at in the same statement, with a snapshot taken
    // after the lock (decided_of_provision): a read with the statement's own snapshot, taken before
    // the wait, would miss the approval it waited for and let a second one through.
    const { client } = await h.enterprise();
    const submitted: { id: string; version: number }[] = [];
    for (let i = 0; i < 5; i++) {
      const a = await client.claims.create({
        roundId: h.round.id,
        claim: {
          provision: 'M5.1',
          transactionAmount: '16000000.00',
          mode: 'license',
          contractDate: `${h.year}-01-0${i + 2}`,
        },
      });
      const s = await client.claims.submit(a.id, { version: a.version });
      expect(s.assessedAmount).toBe('800000.00');
      submitted.push({ id: s.id, version: s.version });
    }
    const city = await h.as('yinchuan');
    const results = await Promise.allSettled(
      submitted.map((a) =>
        city.reviews.decide(a.id, { decision: 'approve', comment: '同意', version: a.version }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results
      .filter((r) => r.status === 'rejected')
      .map((r) => (r as PromiseRejectedResult).reason as { code: string; status: number });
    expect(refused.map((e) => `${e.status} ${e.code}`)).toEqual(Array(4).fill('422 CAP_REACHED'));
  }, 60_000);
});
