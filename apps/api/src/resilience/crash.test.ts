import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client.js';
import { verifyChain } from '../lib/audit.js';
import { killProcess, signIn, startApiProcess } from '../test-support/api-server.js';
import { createTestDatabase } from '../test-support/test-database.js';
import { freePort } from './tcp-proxy.js';

/**
 * SIGKILL the API at random points during a burst of submissions and approvals, restart it, and
 * check: every acknowledged write is there; nothing unacknowledged is half there (a claim's state,
 * its frozen assessment, its ledger rows and its audit rows agree); budgets equal their ledgers;
 * the audit chain verifies, every committed row sealed after the restart. On the embedded database in the PGlite pass, on PostgreSQL in the other.
 */
const postgres = process.env.HUIQI_TEST_DB === 'postgres';
const dataDir = mkdtempSync(join(tmpdir(), 'huiqi-crash-'));
let databaseUrl: string | undefined;
let dropDatabase: (() => Promise<void>) | undefined;
let child: ChildProcess | null = null;

afterAll(async () => {
  child?.kill('SIGKILL');
  await dropDatabase?.();
});

async function start(port: number, demo: boolean) {
  child = await startApiProcess(
    port,
    { HUIQI_DATA_DIR: dataDir, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
    demo ? ['--demo'] : [],
  );
}
const kill = () => killProcess(child!);

const ORDER = ['draft', 'submitted', 'city-approved', 'approved'];

describe(`crash recovery (${postgres ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('kill -9 during a burst of writes loses no acknowledged write and leaves nothing half-written', async () => {
    if (postgres) {
      const db = await createTestDatabase('huiqi_crash');
      databaseUrl = db.url;
      dropDatabase = db.drop;
    }
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    await start(port, true);
    /** The furthest state the server acknowledged for each claim. */
    const acked = new Map<string, string>();
    let rng = 42;
    const random = () => (rng = (rng * 1664525 + 1013904223) >>> 0) / 2 ** 32;

    for (let round = 0; round < 3; round++) {
      const ent = await signIn(base, 'enterprise.demo');
      const region = await signIn(base, 'region.admin');
      const roundId = (
        (await (await fetch(`${base}/api/rounds`)).json()) as { items: { id: string; open: boolean }[] }
      ).items.find((r) => r.open)!.id;
      let stop = false;
      const worker = async () => {
        while (!stop) {
          try {
            const post = (path: string, cookie: string, body: unknown) =>
              fetch(`${base}/api${path}`, {
                method: 'POST',
                headers: {
                  Cookie: cookie,
                  'content-type': 'application/json',
                  'Idempotency-Key': randomUUID(),
                },
                body: JSON.stringify(body),
              });
            const created = await post('/claims', ent, {
              roundId,
              claim: {
                provision: 'M7.5',
                evaluationFeePaid: `${100 + Math.floor(random() * 900)}.${String(Math.floor(random() * 100)).padStart(2, '0')}`,
              },
            });
            if (created.status !== 201) continue;
            const a = (await created.json()) as { id: string; version: number };
            acked.set(a.id, 'draft');
            const sub = await post(`/claims/${a.id}/submit`, ent, { version: a.version });
            if (!sub.ok) continue;
            acked.set(a.id, 'submitted');
            let v = ((await sub.json()) as { version: number }).version;
            for (const next of ['city-approved', 'approved']) {
              const r = await post(`/claims/${a.id}/reviews`, region, {
                decision: 'approve',
                comment: '同意',
                version: v,
              });
              if (!r.ok) break;
              acked.set(a.id, next);
              v = ((await r.json()) as { version: number }).version;
            }
          } catch {
            return; // the process died under us: the unanswered request is not acknowledged
          }
        }
      };
      const workers = [worker(), worker(), worker()];
      await new Promise((r) => setTimeout(r, 400 + random() * 1200));
      await kill();
      stop = true;
      await Promise.all(workers);
      await start(port, false);
    }
    // Rows committed before a kill but not sealed yet are sealed by the restarted process.
    const auditor = await signIn(base, 'auditor');
    for (let i = 0; ; i++) {
      const v = (await (
        await fetch(`${base}/api/audit/verify`, { headers: { Cookie: auditor } })
      ).json()) as { ok: boolean; unsealed: number };
      expect(v.ok).toBe(true);
      if (v.unsealed === 0) break;
      if (i > 200) throw new Error(`${v.unsealed} audit rows still unsealed`);
      await new Promise((r) => setTimeout(r, 50));
    }
    await kill();
    child = null;
    expect(acked.size).toBeGreaterThan(3);

    // Check the database directly, as it was left.
    const database = await openDatabase({ url: databaseUrl, dataDir: databaseUrl ? undefined : dataDir });
    try {
      const q = async <T>(query: ReturnType<typeof sql>) =>
        (await database.db.execute(query)) as unknown as { rows: T[] };
      const apps = (
        await q<{ id: string; status: string; assessment: unknown; approved_amount: string | null }>(
          sql`select id, status, assessment, approved_amount from claims where id in (${sql.join(
            [...acked.keys()].map((k) => sql`${k}`),
            sql`, `,
          )})`,
        )
      ).rows;
      expect(apps.length).toBe(acked.size); // every acknowledged claim is there
      for (const a of apps) {
        expect(
          ORDER.indexOf(a.status),
          `${a.id} was acknowledged as ${acked.get(a.id)}`,
        ).toBeGreaterThanOrEqual(ORDER.indexOf(acked.get(a.id)!));
        if (a.status !== 'draft') expect(a.assessment, a.id).not.toBeNull();
        if (a.status === 'city-approved' || a.status === 'approved')
          expect(a.approved_amount, a.id).not.toBeNull();
      }
      // Each decided claim has exactly the ledger rows of its state, and an audit row for each change.
      const ledger = (
        await q<{ claim_id: string; ops: string }>(
          sql`select claim_id, string_agg(op, ',' order by id) as ops from budget_ledger where claim_id is not null group by claim_id`,
        )
      ).rows;
      const ops = new Map(ledger.map((l) => [l.claim_id, l.ops]));
      const audited = new Map(
        (
          await q<{ target_id: string; n: number }>(
            sql`select target_id, count(*)::int as n from audit_log where target_type = 'claim' group by target_id`,
          )
        ).rows.map((r) => [r.target_id, r.n]),
      );
      for (const a of apps) {
        const expected = {
          draft: undefined,
          submitted: undefined,
          'city-approved': 'reserve',
          approved: 'reserve,post',
        }[a.status as 'draft'];
        expect(ops.get(a.id), `${a.id} (${a.status})`).toBe(expected);
        expect(audited.get(a.id) ?? 0, `${a.id} audit rows`).toBeGreaterThanOrEqual(
          ORDER.indexOf(a.status) + 1,
        );
      }
      // Budgets equal their ledgers.
      const drift = (
        await q<{ id: string }>(sql`
        select b.id from budgets b left join (
          select budget_id,
            coalesce(sum(amount) filter (where op = 'reserve'), 0) - coalesce(sum(amount) filter (where op in ('post','void')), 0) as reserved,
            coalesce(sum(amount) filter (where op = 'post'), 0) - coalesce(sum(amount) filter (where op = 'reverse'), 0) as posted
          from budget_ledger group by budget_id) l on l.budget_id = b.id
        where b.reserved <> coalesce(l.reserved, 0) or b.posted <> coalesce(l.posted, 0)`)
      ).rows;
      expect(drift).toEqual([]);
      const chain = await verifyChain(database.db);
      expect(chain).toMatchObject({ ok: true, unsealed: 0 });
      const total = (await q<{ n: number }>(sql`select count(*)::int as n from audit_log`)).rows[0]!.n;
      expect(chain.rows).toBe(total);
    } finally {
      await database.close();
    }
  }, 240_000);
});
