import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useHarness } from '../test-support/harness.js';
import { withTx } from './client.js';
import { ph, prepared, rowOf, type Raw } from './prepared.js';
import { agencies, auditLog, reviews } from './schema.js';
import { audit, contentHash } from '../lib/audit.js';

/**
 * A query built once runs on the connection it is given each time: inside a transaction it sees
 * that transaction's own uncommitted rows and is rolled back with it (a drizzle prepared query made
 * on the pool would run outside it). On PGlite by default, on PostgreSQL with HUIQI_TEST_DB=postgres.
 */
const h = useHarness();

const byName = prepared((db) =>
  db
    .select()
    .from(agencies)
    .where(eq(agencies.name, ph('name'))),
);
const rawByName = prepared<Raw>((_db, shape) =>
  shape === 'count'
    ? sql`select count(*)::int as n from ${agencies} where name = ${ph('name')}`
    : sql`select * from ${agencies} where name = ${ph('name')}`,
);

describe('prepared: built once, bound to the caller', () => {
  it('runs in the transaction it is given, and outside it on the database', async () => {
    const db = h.deps.db;
    const name = `机构-${Date.now()}`;
    const postgres = h.deps.database.kind === 'postgres';
    const inside = await withTx(db, async (tx) => {
      await tx.insert(agencies).values({ name, kind: 'ip-service', areaCode: '640100' });
      const seen = await byName(tx, { name });
      // On the pool, another connection: the row is not committed yet. (PGlite has one connection,
      // which the transaction holds: a query on the database would wait for it to end.)
      const outside = postgres ? await byName(db, { name }) : [];
      return { seen, outside };
    });
    expect(inside.seen.map((a) => a.name)).toEqual([name]);
    expect(inside.outside).toEqual([]);
    expect((await byName(db, { name })).map((a) => a.name)).toEqual([name]);
  });

  it('is rolled back with the transaction, and each shape is its own text', async () => {
    const db = h.deps.db;
    const name = `回滚-${Date.now()}`;
    await expect(
      withTx(db, async (tx) => {
        await tx.insert(agencies).values({ name, kind: 'ip-service', areaCode: '640100' });
        const { rows } = await rawByName(tx, { name }, 'count');
        expect(rows[0]!.n).toBe(1);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect((await rawByName(db, { name }, 'count')).rows[0]!.n).toBe(0);
    await db.insert(agencies).values({ name, kind: 'ip-service', areaCode: '640100' });
    const { rows } = await rawByName(db, { name });
    // Mapped as drizzle maps a select of the table.
    const [selected] = await db.select().from(agencies).where(eq(agencies.name, name));
    expect(rowOf(agencies, rows[0]!)).toEqual(selected);
  });

  it('writes an absent JSON value bound to a placeholder as SQL NULL, not the JSON value null', async () => {
    const { claim: a } = await h.submittedClaim({ provision: 'M7.5', evaluationFeePaid: '100.00' });
    // A decision without fix items or issues: the review's one-row insert (reviews.handlers.ts).
    await (
      await h.as('yinchuan')
    ).reviews.decide(a.id, { decision: 'approve', comment: '同意', version: a.version });
    // An audit row without `before`: the one-row insert (audit.ts).
    const targetId = `absent-${Date.now()}`;
    await withTx(h.deps.db, (tx) =>
      audit(tx, {
        actorId: null,
        actorRole: 'system',
        action: 'system.checked',
        targetType: 'system',
        targetId,
        after: { ok: true },
        requestId: 'test',
      }),
    );
    const kinds = async (query: ReturnType<typeof sql>) =>
      ((await h.deps.db.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows[0];
    expect(
      await kinds(
        sql`select fix_items is null as fix_items, issues is null as issues from ${reviews} where claim_id = ${a.id}`,
      ),
    ).toEqual({ fix_items: true, issues: true });
    expect(
      await kinds(
        sql`select before is null as before, jsonb_typeof(after) as after from ${auditLog} where target_id = ${targetId}`,
      ),
    ).toEqual({ before: true, after: 'object' });
  });

  it('migration 0023 makes the JSON null of reviews written before SQL NULL; an audit row keeps its own, read as absent, and the chain verifies', async () => {
    const db = h.deps.db;
    const { claim: a } = await h.submittedClaim({ provision: 'M7.5', evaluationFeePaid: '200.00' });
    await (
      await h.as('yinchuan')
    ).reviews.decide(a.id, { decision: 'approve', comment: '同意', version: a.version });
    // As the version before wrote them: the review's absent lists and an audit row's absent `before` as JSON null.
    await db.execute(
      sql`update ${reviews} set fix_items = 'null'::jsonb, issues = 'null'::jsonb where claim_id = ${a.id}`,
    );
    const content = {
      at: new Date().toISOString(),
      actorId: null,
      actorRole: 'system',
      action: 'system.checked',
      targetType: 'system',
      targetId: `old-${Date.now()}`,
      before: null,
      after: { ok: true },
      requestId: 'test',
    };
    await db
      .insert(auditLog)
      .values({ ...content, before: sql`'null'::jsonb`, contentHash: contentHash(content) });
    // 0023 run again, as on a database that had not had it (and those after it: the migrator runs
    // what is newer than the last one applied; 0024 may run twice).
    await db.execute(sql`delete from drizzle.__drizzle_migrations where created_at >= 1796400000000`);
    await h.deps.database.migrate();
    const first = async (query: ReturnType<typeof sql>) =>
      ((await db.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows[0];
    expect(
      await first(
        sql`select fix_items is null as f, issues is null as i from ${reviews} where claim_id = ${a.id}`,
      ),
    ).toEqual({ f: true, i: true });
    // The audit row is as it was written (append-only), and whoever reads it sees no `before`.
    expect(
      await first(
        sql`select jsonb_typeof(before) as t from ${auditLog} where target_id = ${content.targetId}`,
      ),
    ).toEqual({ t: 'null' });
    await h.sealed();
    const auditor = await h.as('auditor');
    const [row] = (await auditor.audit.list({ targetId: content.targetId })).items;
    expect(row).toMatchObject({ action: 'system.checked', before: null, after: { ok: true } });
    expect((await auditor.audit.verify()).ok).toBe(true);
  });
});
