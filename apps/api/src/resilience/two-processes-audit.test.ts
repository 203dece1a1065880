import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../db/client.js';
import { verifyChain } from '../lib/audit.js';
import { killProcess, signIn, startApiProcess } from '../test-support/api-server.js';
import { createTestDatabase } from '../test-support/test-database.js';
import { freePort } from './tcp-proxy.js';

/**
 * Two API processes on one PostgreSQL write audit rows at once (claims)
 * with no lock between them. One of them seals; it is killed in the middle of the writes and the
 * other takes over. At the end: one chain, verified, every row sealed, no checkpoint twice.
 * Always on PostgreSQL (two processes cannot share the embedded database).
 */
const children: ChildProcess[] = [];
let drop: (() => Promise<void>) | undefined;
afterAll(async () => {
  for (const c of children) await killProcess(c);
  await drop?.();
});

describe('the audit chain with two API processes on PostgreSQL', () => {
  it('writes through both, the sealer killed half way: one chain, verified, nothing left unsealed', async () => {
    const db = await createTestDatabase('huiqi_two');
    drop = db.drop;
    const env = { DATABASE_URL: db.url, HUIQI_DATA_DIR: mkdtempSync(join(tmpdir(), 'huiqi-two-')) };
    const [portA, portB] = [await freePort(), await freePort()];
    // A starts first (and seeds): it takes the sealer's lock; B waits on standby.
    const a = await startApiProcess(portA, env, ['--demo']);
    children.push(a);
    const b = await startApiProcess(portB, env);
    children.push(b);
    const bases = [`http://127.0.0.1:${portA}`, `http://127.0.0.1:${portB}`];
    const roundId = (
      (await (await fetch(`${bases[1]}/api/rounds`)).json()) as { items: { id: string; open: boolean }[] }
    ).items.find((r) => r.open)!.id;
    const cookies = await Promise.all(bases.map((base) => signIn(base, 'enterprise.demo')));

    let created = 0;
    /** Claims through one process, until `rounds` or its first failed request. */
    const writer = async (i: number, rounds: number) => {
      for (let n = 0; n < rounds; n++) {
        const res = await fetch(`${bases[i]}/api/claims`, {
          method: 'POST',
          headers: {
            Cookie: cookies[i]!,
            'content-type': 'application/json',
            'Idempotency-Key': randomUUID(),
          },
          body: JSON.stringify({ roundId, claim: { provision: 'M7.5', evaluationFeePaid: '1000.00' } }),
        });
        if (res.status === 201) created++;
      }
    };
    const burst = (which: number[], rounds: number) =>
      Promise.all(
        which.flatMap((i) => Array.from({ length: 4 }, () => writer(i, rounds).catch(() => undefined))),
      );
    await burst([0, 1], 15);
    // Kill the sealer (A) while both are writing; B goes on alone and takes over the sealing.
    // The writers to A stop at their first failed request; B's go on to the end.
    const during = burst([0, 1], 50);
    await new Promise((r) => setTimeout(r, 300));
    await killProcess(a);
    await during;
    await burst([1], 10);
    expect(created).toBeGreaterThan(150);

    const auditor = await signIn(bases[1]!, 'auditor');
    for (let i = 0; ; i++) {
      const v = (await (
        await fetch(`${bases[1]}/api/audit/verify`, { headers: { Cookie: auditor } })
      ).json()) as { ok: boolean; unsealed: number };
      expect(v.ok).toBe(true);
      if (v.unsealed === 0) break;
      if (i > 200) throw new Error(`${v.unsealed} audit rows still unsealed`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const database = await openPostgres(db.url, 2);
    try {
      const chain = await verifyChain(database.db);
      const total = (
        (await database.db.execute(sql`select count(*)::int as n from audit_log`)) as unknown as {
          rows: { n: number }[];
        }
      ).rows[0]!.n;
      expect(chain).toMatchObject({ ok: true, unsealed: 0, rows: total });
      // Both processes sealed a part (A before it died, B after): the checkpoints still form one run.
      const cps = (
        (await database.db.execute(
          sql`select count(*)::int as n, min(seq) as lo, max(seq) as hi from audit_checkpoints`,
        )) as unknown as { rows: { n: number; lo: number; hi: number }[] }
      ).rows[0]!;
      expect(cps).toEqual({ n: chain.checkpoints, lo: 1, hi: chain.checkpoints });
    } finally {
      await database.close();
    }
  }, 240_000);
});
