import { todayInChina } from '@huiqi/domain';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claims, approvalNotices, auditLog, noticeNumberCounters } from '../db/schema.js';
import { startHarness, type Harness } from '../test-support/harness.js';

/**
 * On real PostgreSQL (PGlite runs one transaction at a time): approval notices issued at once, from
 * several sessions, take the year's 文号 serials 1…N with no gap and no repeat; asking twice at once for
 * one claim's notice gives one notice (the second waits on the claim's row and finds it).
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ postgres: true });
}, 120_000);
afterAll(() => h?.close());

const year = Number(todayInChina().slice(0, 4));

describe('文号 on PostgreSQL', () => {
  it('12 claims, 18 concurrent requests (6 twice): serials 1…12, one notice and one audit row per claim', async () => {
    const approved: { id: string; client: Awaited<ReturnType<Harness['enterprise']>>['client'] }[] = [];
    for (let i = 0; i < 12; i++) {
      const ent = await h.enterprise();
      const d = await ent.client.claims.create({
        roundId: h.round.id,
        claim: { provision: 'M7.5', evaluationFeePaid: '5000.00' },
      });
      await ent.client.claims.submit(d.id, { version: d.version });
      approved.push({ id: d.id, client: ent.client });
    }
    // The review itself is tested with the claims' routes; here the claims are set approved directly.
    await h.db
      .update(claims)
      .set({ status: 'approved', approvedAmount: '4500.00' })
      .where(
        inArray(
          claims.id,
          approved.map((c) => c.id),
        ),
      );
    const region = await h.as('region');
    const calls = [
      ...approved.map((c) => () => c.client.approvalNotices.issue(c.id)),
      ...approved.slice(0, 6).map((c) => () => region.approvalNotices.issue(c.id)),
    ];
    const results = await Promise.allSettled(calls.map((call) => call()));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const notices = results.map(
      (r) => (r as PromiseFulfilledResult<{ id: string; serial: number; claimId: string }>).value,
    );
    // The twice-asked claims got the same notice both times.
    for (let i = 0; i < 6; i++) expect(notices[12 + i]).toEqual(notices[i]);
    const rows = await h.db.select().from(approvalNotices).where(eq(approvalNotices.year, year));
    expect(rows).toHaveLength(12);
    expect(rows.map((r) => r.serial).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
    expect(new Set(rows.map((r) => r.claimId))).toEqual(new Set(approved.map((c) => c.id)));
    expect(rows.every((r) => r.number === `宁知惠企〔${year}〕${r.serial}号`)).toBe(true);
    const [counter] = await h.db
      .select()
      .from(noticeNumberCounters)
      .where(eq(noticeNumberCounters.year, year));
    expect(counter!.last).toBe(12);
    const audits = await h.db.select().from(auditLog).where(eq(auditLog.action, 'approval-notice.issued'));
    expect(audits).toHaveLength(12);
  }, 120_000);
});
