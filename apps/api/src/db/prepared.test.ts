import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useHarness } from '../test-support/harness.js';
import { withTx } from './client.js';
import { ph, prepared, rowOf, type Raw } from './prepared.js';
import { agencies } from './schema.js';

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
});
