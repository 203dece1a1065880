import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgres, withTx, type Database } from '../db/client.js';
import { createTestDatabase } from '../test-support/test-database.js';
import { nextCaseNo } from './case-number.js';

/**
 * 办件编号 across processes: two connection pools (what two API processes are to the database) take
 * numbers of a year whose sequence does not exist yet, at the same instant, in transactions. Every
 * number is given once, and a year's numbers run 1…n with no duplicate. Always on PostgreSQL.
 */
let drop: (() => Promise<void>) | undefined;
const opened: Database[] = [];
afterAll(async () => {
  for (const d of opened) await d.close();
  await drop?.();
});

describe('case numbers on PostgreSQL from two processes', () => {
  it('never gives one number twice, even while the year’s sequence is being made', async () => {
    const created = await createTestDatabase('huiqi_caseno');
    drop = created.drop;
    const a = await openPostgres(created.url, 8);
    opened.push(a);
    await a.migrate();
    const b = await openPostgres(created.url, 8);
    opened.push(b);
    const take = (d: Database, i: number) =>
      withTx(d.db, (tx) => nextCaseNo(tx, i % 2 ? '640100' : 'NINGDONG', 2099));
    const numbers = await Promise.all(
      Array.from({ length: 160 }, (_, i) => take(i % 2 ? a : b, Math.floor(i / 2))),
    );
    expect(new Set(numbers).size).toBe(160);
    for (const n of numbers) expect(n).toMatch(/^(640100|NINGDONG)-2099-\d{6}$/);
    const sequence = numbers.map((n) => Number(n.slice(-6))).sort((x, y) => x - y);
    expect(sequence).toEqual(Array.from({ length: 160 }, (_, i) => i + 1));
    // Another year has its own sequence, starting at 1.
    expect(await withTx(b.db, (tx) => nextCaseNo(tx, '640100', 2098))).toBe('640100-2098-000001');
    // Out of range: refused by the database, no sequence made.
    await expect(withTx(a.db, (tx) => nextCaseNo(tx, '640100', 1999))).rejects.toThrow();
    const seqs = (await a.db.execute(
      sql`select relname from pg_class where relkind = 'S' and relname like 'case_no_%' order by 1`,
    )) as unknown as { rows: { relname: string }[] };
    expect(seqs.rows.map((r) => r.relname)).toEqual(['case_no_2098', 'case_no_2099']);
  });
});
