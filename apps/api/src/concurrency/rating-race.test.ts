import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, notifications, serviceRatings, serviceRequests } from '../db/schema.js';
import { failure, startHarness, type Harness } from '../test-support/harness.js';

/**
 * On real PostgreSQL (PGlite runs one transaction at a time): two ratings of one item at once, from
 * two sessions of the enterprise — exactly one is recorded, told and audited; the other is 409.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ postgres: true });
}, 120_000);
afterAll(() => h?.close());

describe('好差评 on PostgreSQL', () => {
  it('two concurrent ratings of the same item: exactly one wins', async () => {
    for (let round = 0; round < 5; round++) {
      const { client, enterprise, user } = await h.enterprise();
      const second = h.client();
      await second.auth.login({ username: user.username, password: 'Test#Pass2026' });
      const [r] = await h.db
        .insert(serviceRequests)
        .values({
          enterpriseId: enterprise.id,
          kind: 'assistance',
          provision: 'M10.1',
          title: '海外维权援助',
          description: '请求协助应对海外商标异议',
          status: 'closed',
          outcome: '已办结',
          createdBy: user.id,
        })
        .returning();
      const rate = (c: typeof client, level: 'dissatisfied' | 'very-dissatisfied') =>
        c.ratings.rate({ subjectType: 'service-request', subjectId: r!.id, level }).then(
          (x) => ({ ok: true as const, id: x.id }),
          async (e: unknown) => ({ ok: false as const, e: await failure(Promise.reject(e)) }),
        );
      const results = await Promise.all([rate(client, 'dissatisfied'), rate(second, 'very-dissatisfied')]);
      const won = results.filter((x) => x.ok);
      const lost = results.filter((x) => !x.ok);
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]!.ok === false && lost[0]!.e).toMatchObject({ status: 409, code: 'ALREADY_RATED' });
      const rows = await h.db.select().from(serviceRatings).where(eq(serviceRatings.subjectId, r!.id));
      expect(rows).toHaveLength(1);
      const id = rows[0]!.id;
      expect(won[0]!.ok && won[0]!.id).toBe(id);
      // Told once, audited once: the loser's transaction left nothing.
      expect(
        (await h.db.select({ n: count() }).from(notifications).where(eq(notifications.subjectId, id)))[0]!.n,
      ).toBe(1);
      expect((await h.db.select({ n: count() }).from(auditLog).where(eq(auditLog.targetId, id)))[0]!.n).toBe(
        1,
      );
      expect(
        (
          await h.db.select({ n: count() }).from(notifications).where(eq(notifications.topic, 'rating.poor'))
        )[0]!.n,
      ).toBe(round + 1);
    }
  });
});
