import { checkCreditCodeArea, envelopeHolds, isValidCreditCode, replayLedger, type AreaCode } from '@huiqi/domain';
import { asc, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, type Database } from '../client.js';
import { applications, budgetLedger, budgets, enterprises } from '../schema.js';
import { verifyChain } from '../../lib/audit.js';
import { seedDemo } from './demo.js';

let db: Database;
beforeAll(async () => {
  db = await openPglite();
  await db.migrate();
}, 60_000);
afterAll(() => db.close());

describe('demo data', () => {
  it('is loaded once, covers every claim state, and its budgets equal their ledgers', async () => {
    expect(await seedDemo(db.db, { enterprises: 120 })).toEqual({ seeded: true });
    expect(await seedDemo(db.db, { enterprises: 120 })).toEqual({ seeded: false });
    const states = (await db.db.select({ s: applications.status }).from(applications).groupBy(applications.status)).map((r) => r.s).sort();
    expect(states).toEqual(['approved', 'city-approved', 'clawed-back', 'draft', 'paid', 'published', 'rejected', 'returned', 'submitted', 'withdrawn']);
    const areas = await db.db.select({ a: enterprises.areaCode, n: count() }).from(enterprises).groupBy(enterprises.areaCode);
    expect(areas.length).toBe(6);
    // Every demo credit code is valid and its division fits the enterprise's area, as registration requires.
    const misfits = (await db.db.select().from(enterprises)).filter((e) => !isValidCreditCode(e.creditCode) || !checkCreditCodeArea(e.creditCode, e.areaCode as AreaCode).valid);
    expect(misfits.map((e) => `${e.creditCode} ${e.areaCode}`)).toEqual([]);
    for (const b of await db.db.select().from(budgets)) {
      const entries = await db.db.select().from(budgetLedger).where(eq(budgetLedger.budgetId, b.id)).orderBy(asc(budgetLedger.id));
      const replayed = replayLedger(b.total, entries.map((e) => ({ op: e.op as 'reserve', amount: e.amount })));
      expect({ reserved: replayed.reserved, posted: replayed.posted }).toEqual({ reserved: b.reserved, posted: b.posted });
      expect(envelopeHolds({ total: b.total, reserved: b.reserved, posted: b.posted })).toBe(true);
    }
    expect((await verifyChain(db.db)).ok).toBe(true);
  }, 60_000);
});
