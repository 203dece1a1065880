import { randomUUID } from 'node:crypto';
import { Socket } from 'node:net';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq, sql } from 'drizzle-orm';
import { auditLog, budgetLedger, budgets, reviews, smsMessages } from '../db/schema.js';
import { failure, startHarness, type Harness } from '../test-support/harness.js';

/**
 * The round trips each write makes to PostgreSQL, counted on the wire: a query sent while no other
 * of its connection's queries is waiting for an answer starts one; one sent behind another that is
 * still unanswered (the pipelined `begin`, the audit rows before the commit) rides along. Round
 * trips are what a write waits for, so these counts are the write path's cost as code: a change
 * that adds one to a hot write shows here. Its throughput is the bench's to print.
 */
let h: Harness;
const sent: string[] = [];
let counting = false;
/** Writes to the pool's sockets (system calls: what corking saves), while counting. */
let socketWrites = 0;
beforeAll(async () => {
  h = await startHarness({ postgres: true });
  // Below the pool's own client class, at pg's, where each query goes out (the sealer's session
  // is a plain client of its own: not counted).
  const Pooled = (h.deps.database.pool as unknown as { options: { Client: typeof pg.Client } }).options
    .Client;
  const base = Object.getPrototypeOf(Pooled.prototype) as pg.Client;
  const query = base.query as (...a: unknown[]) => Promise<unknown>;
  const inFlight = new WeakMap<object, number>();
  const pooledSockets = new WeakSet<object>();
  const writeGeneric = (Socket.prototype as unknown as { _writeGeneric: (...a: unknown[]) => unknown })
    ._writeGeneric;
  (Socket.prototype as unknown as { _writeGeneric: unknown })._writeGeneric = function (
    this: Socket,
    ...a: unknown[]
  ) {
    if (counting && pooledSockets.has(this)) socketWrites++;
    return writeGeneric.apply(this, a);
  };
  base.query = function (this: pg.Client, ...a: unknown[]) {
    if (!(this instanceof Pooled)) return query.apply(this, a);
    pooledSockets.add((this as unknown as { connection: { stream: Socket } }).connection.stream);
    const c = a[0] as string | { text?: string };
    const waiting = inFlight.get(this) ?? 0;
    if (counting) sent.push(`${waiting ? '  + ' : ''}${typeof c === 'string' ? c : (c.text ?? '?')}`);
    inFlight.set(this, waiting + 1);
    const done = () => inFlight.set(this, (inFlight.get(this) ?? 1) - 1);
    const last = a.length - 1;
    const cb = a[last];
    if (typeof cb === 'function')
      a[last] = (...r: unknown[]) => {
        done();
        (cb as (...r: unknown[]) => void)(...r);
      };
    const p = query.apply(this, a);
    p?.then(done, done);
    return p;
  } as never;
});
afterAll(() => h.close());

async function trips<T>(
  fn: () => Promise<T>,
): Promise<{ result: T; trips: number; writes: number; sent: string[] }> {
  sent.length = 0;
  socketWrites = 0;
  counting = true;
  try {
    const result = await fn();
    return {
      result,
      trips: sent.filter((q) => !q.startsWith('  + ')).length,
      writes: socketWrites,
      sent: [...sent],
    };
  } finally {
    counting = false;
  }
}

const fee = { provision: 'M7.5', evaluationFeePaid: '3000.00' };

describe('round trips to PostgreSQL per write (each request signed in)', () => {
  it('claim creation, the city and the region approval, a station service record', async () => {
    const { client, enterprise } = await h.enterprise();
    const city = await h.as('yinchuan');
    const region = await h.as('region');
    const agency = await h.as('agency');
    // The first claim loads the policy snapshot (cached after): the second is what every other costs.
    await client.claims.create({ roundId: h.round.id, claim: fee });
    const created = await trips(() => client.claims.create({ roundId: h.round.id, claim: fee }));
    const submitted = await client.claims.submit(created.result.id, {
      version: created.result.version,
    });
    const cityApproved = await trips(() =>
      city.reviews.decide(submitted.id, {
        decision: 'approve',
        comment: '同意',
        version: submitted.version,
      }),
    );
    const regionApproved = await trips(() =>
      region.reviews.decide(submitted.id, {
        decision: 'approve',
        comment: '同意',
        version: cityApproved.result.version,
      }),
    );
    expect(regionApproved.result.status).toBe('approved');
    const recorded = await trips(() =>
      agency.serviceRecords.create({
        clientId: randomUUID(),
        enterpriseId: enterprise.id,
        serviceType: 'trademark-registration',
        servedOn: `${h.year}-01-02`,
        durationMinutes: 45,
        participants: 3,
      }),
    );
    const counts = {
      create: created.trips,
      city: cityApproved.trips,
      region: regionApproved.trips,
      record: recorded.trips,
    };
    // The session, then the write: begin rides with its first statement; a claim, a record and the
    // lock of a claim under review are one statement each (with what they check: the city
    // approval's lock reads the enterprise's decided amounts too); the budget's move (reserve at
    // the city, post at the region), the decision's change, its review, its text message and the
    // audit rows ride with the commit.
    expect(
      counts,
      JSON.stringify({ counts, created: created.sent, city: cityApproved.sent }, null, 1),
    ).toEqual({ create: 3, city: 3, region: 3, record: 3 });
    // What rides along leaves in the same write as the query it rides with (pg-client.ts corks the
    // socket until the queries issued together are queued): one socket write per round trip.
    expect({
      create: created.writes,
      city: cityApproved.writes,
      region: regionApproved.writes,
      record: recorded.writes,
    }).toEqual(counts);
  });

  it('a city approval the budget refuses: the same round trips, the same 409, nothing written', async () => {
    const { client } = await h.enterprise();
    const a = await client.claims.create({ roundId: h.round.id, claim: fee });
    const s = await client.claims.submit(a.id, { version: a.version });
    await h.db
      .update(budgets)
      .set({ total: sql`${budgets.reserved} + ${budgets.posted} + 100` })
      .where(eq(budgets.provision, 'M7.5'));
    const city = await h.as('yinchuan');
    const rows = async () =>
      Promise.all(
        [auditLog, budgetLedger, reviews, smsMessages].map(
          async (t) => (await h.db.select({ n: count() }).from(t))[0]!.n,
        ),
      );
    const before = await rows();
    const refused = await trips(() =>
      failure(city.reviews.decide(s.id, { decision: 'approve', comment: '同意', version: s.version })),
    );
    // The reservation rode with the commit; its refusal, raised in SQL, aborted the transaction.
    expect(refused.trips, refused.sent.join('\n')).toBe(3);
    expect(refused.result).toMatchObject({
      status: 409,
      code: 'BUDGET_EXHAUSTED',
      zh: `M7.5 ${h.year} 年度预算不足：需 ¥2700.00，剩余可用 ¥100.00。`,
      en: `Not enough budget left for M7.5 in ${h.year}: ¥2700.00 needed, ¥100.00 available.`,
      details: { available: '100.00' },
    });
    expect(await rows()).toEqual(before);
    expect((await client.claims.get(s.id)).status).toBe('submitted');
  });
});
