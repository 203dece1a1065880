import { creditCodeCheckChar } from '@huiqi/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, like } from 'drizzle-orm';
import { auditLog, enterprises, priorityExamApplications, priorityExamTallies, users } from '../db/schema.js';
import { startHarness, type Harness } from '../test-support/harness.js';

/**
 * On real PostgreSQL (PGlite runs one transaction at a time): M2.1 recommends "about 50" — up to 55
 * without a reason. With 50 recommended, 40 passed applications recommended at once by concurrent
 * officers without a reason: exactly 5 succeed, the rest are told a reason is needed and changed
 * nothing; and one application decided ten times at once is decided once.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ postgres: true });
}, 120_000);
afterAll(() => h?.close());

async function passedApplications(year: number, n: number, status = 'passed', offset = 0) {
  const [region] = await h.db.select().from(users).where(eq(users.username, 'region'));
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const first17 = `91640100${String(300000000 + offset + i).slice(0, 9)}`;
    const [e] = await h.db
      .insert(enterprises)
      .values({
        creditCode: first17 + creditCodeCheckChar(first17),
        name: `竞速企业${offset + i}有限公司`,
        areaCode: '640100',
        industry: 'new-materials',
        srdiLevel: 'provincial',
        status: 'verified',
        contactName: '李四',
        contactPhone: '13900000000',
      })
      .returning();
    const [a] = await h.db
      .insert(priorityExamApplications)
      .values({
        year,
        enterpriseId: e!.id,
        areaCode: '640100',
        applicationNumbers: ['202410123456.0'],
        patentTitle: '一种材料',
        technicalField: '材料',
        industry: 'new-materials',
        focusIndustry: true,
        reason: '竞速测试的申请理由',
        status,
        createdBy: region!.id,
      })
      .returning();
    out.push(a!.id);
  }
  return out;
}

describe('M2.1 recommendations race on PostgreSQL', () => {
  it('40 concurrent recommendations with room for 5 under "about 50": exactly 5, the rest need a reason', async () => {
    const region = await h.as('region');
    const year = (await region.priorityExam.list({})).tally.year;
    await passedApplications(year, 50, 'recommended');
    await h.db.insert(priorityExamTallies).values({ year, recommended: 50 });
    const ids = await passedApplications(year, 40, 'passed', 1000);
    const officers = [region, await h.as('region'), await h.as('region'), await h.as('region')];
    const auditBefore = (await h.db.select({ n: count() }).from(auditLog))[0]!.n;
    const results = await Promise.allSettled(
      ids.map((id, i) => officers[i % officers.length]!.priorityExam.decide(id, { decision: 'recommend' })),
    );
    const ok = results.filter((r) => r.status === 'fulfilled').length;
    const refused = results
      .filter((r) => r.status === 'rejected')
      .map((r) => (r as PromiseRejectedResult).reason as { code: string; status: number });
    expect(ok).toBe(5);
    expect(refused.every((e) => e.status === 422 && e.code === 'OVER_REASON_REQUIRED')).toBe(true);
    const [t] = await h.db.select().from(priorityExamTallies).where(eq(priorityExamTallies.year, year));
    expect(t!.recommended).toBe(55);
    const [rec] = await h.db
      .select({ n: count() })
      .from(priorityExamApplications)
      .where(
        and(eq(priorityExamApplications.year, year), eq(priorityExamApplications.status, 'recommended')),
      );
    expect(rec!.n).toBe(55);
    const auditAfter = (await h.db.select({ n: count() }).from(auditLog))[0]!.n;
    expect(auditAfter - auditBefore).toBe(5);

    // Past the bound, with a reason: every one goes through and keeps it.
    const more = ids.filter((_, i) => results[i]!.status === 'rejected').slice(0, 3);
    await Promise.all(
      more.map((id) =>
        region.priorityExam.decide(id, { decision: 'recommend', overReason: '重点产业项目，确需推荐' }),
      ),
    );
    const [t2] = await h.db.select().from(priorityExamTallies).where(eq(priorityExamTallies.year, year));
    expect(t2!.recommended).toBe(58);
  });

  it('one application decided ten times at once is decided once', async () => {
    const region = await h.as('region');
    const year = (await region.priorityExam.list({})).tally.year;
    const [id] = await passedApplications(year, 1, 'passed', 5000);
    const [before] = await h.db.select().from(priorityExamTallies).where(eq(priorityExamTallies.year, year));
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () =>
        region.priorityExam.decide(id!, { decision: 'recommend', overReason: '重点产业项目，确需推荐' }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(
      results
        .filter((r) => r.status === 'rejected')
        .every((r) => ((r as PromiseRejectedResult).reason as { code: string }).code === 'NOT_PASSED'),
    ).toBe(true);
    const [after] = await h.db.select().from(priorityExamTallies).where(eq(priorityExamTallies.year, year));
    expect(after!.recommended).toBe(before!.recommended + 1);
    expect(
      (await h.db.select({ n: count() }).from(enterprises).where(like(enterprises.name, '竞速企业%')))[0]!.n,
    ).toBe(91);
  });
});
