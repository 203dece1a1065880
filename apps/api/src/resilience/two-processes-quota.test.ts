import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgres, type Database } from '../db/client.js';
import { verifyChain } from '../lib/audit.js';
import { killProcess, signIn, startApiProcess } from '../test-support/api-server.js';
import { createTestDatabase } from '../test-support/test-database.js';
import { freePort } from './tcp-proxy.js';

/**
 * The quota race split across two API processes on one PostgreSQL (as the bench runs them): 200
 * city approvals at once, every other one through each process, against a budget with room for
 * exactly 50. Exactly 50 succeed, the refused are refused for the budget, the budget's counter
 * equals its ledger, and the audit chain — written by both, sealed by one — verifies with nothing
 * left unsealed. Always on PostgreSQL (two processes cannot share the embedded database).
 */
const N = 200;
const ROOM = 50;
const AMOUNT = 900; // M7.5 on a fee of 1000.00

const children: ChildProcess[] = [];
let drop: (() => Promise<void>) | undefined;
let database: Database | undefined;
afterAll(async () => {
  for (const c of children) await killProcess(c);
  await database?.close();
  await drop?.();
});

describe('quota race across two API processes on PostgreSQL', () => {
  it(`${N} approvals through two processes, room for ${ROOM}: exactly ${ROOM} succeed, one chain`, async () => {
    const db = await createTestDatabase('huiqi_two_quota');
    drop = db.drop;
    const env = { DATABASE_URL: db.url, HUIQI_DATA_DIR: mkdtempSync(join(tmpdir(), 'huiqi-two-q-')) };
    const [portA, portB] = [await freePort(), await freePort()];
    children.push(await startApiProcess(portA, env, ['--demo']));
    children.push(await startApiProcess(portB, env));
    const bases = [`http://127.0.0.1:${portA}`, `http://127.0.0.1:${portB}`];
    database = await openPostgres(db.url, 2);
    const pool = database.pool!;

    // N submitted claims of N verified enterprises of their own in Yinchuan, in the open round.
    const roundId = (
      (await (await fetch(`${bases[0]}/api/rounds`)).json()) as { items: { id: string; open: boolean }[] }
    ).items.find((r) => r.open)!.id;
    const year = (await pool.query('select year from funding_rounds where id = $1', [roundId])).rows[0]
      .year as number;
    await pool.query(`
      insert into enterprises (credit_code, name, area_code, industry, srdi_level, srdi_verified, status, contact_name, contact_phone)
      select 'RACE' || lpad(g::text, 14, '0'), '竞争企业' || g, '640100', 'new-materials', 'provincial', true, 'verified', '张三', '13900000000'
      from generate_series(1, ${N}) g`);
    const ids = (
      await pool.query(
        `insert into claims (enterprise_id, round_id, provision, status, claim, area_code, funding_year, assessed_amount, assessment, submitted_at)
         select e.id, $1, 'M7.5', 'submitted', '{"provision":"M7.5","evaluationFeePaid":"1000.00"}'::jsonb, '640100', $2, ${AMOUNT}.00,
                jsonb_build_object('amount', '${AMOUNT}.00', 'eligible', true, 'asOf', $3::text), now()
         from enterprises e where e.credit_code like 'RACE%'
         returning id`,
        [roundId, year, `${year}-06-01`],
      )
    ).rows.map((r) => r.id as string);
    // Room for exactly ROOM more, whatever the demo data reserved already.
    const budget = (
      await pool.query(
        `update budgets set total = reserved + posted + ${AMOUNT * ROOM}.00 where provision = 'M7.5' and year = $1
         returning id, reserved`,
        [year],
      )
    ).rows[0] as { id: string; reserved: string };
    const cookies = await Promise.all(bases.map((base) => signIn(base, 'yinchuan.admin')));
    // (After the sign-ins: they are audited too.)
    const auditBefore = (await pool.query('select count(*)::int as n from audit_log')).rows[0].n as number;
    const answers = await Promise.all(
      ids.map(async (id, i) => {
        const res = await fetch(`${bases[i % 2]}/api/claims/${id}/reviews`, {
          method: 'POST',
          headers: { cookie: cookies[i % 2]!, 'content-type': 'application/json' },
          body: JSON.stringify({ decision: 'approve', comment: '同意', version: 1 }),
        });
        return { status: res.status, code: ((await res.json()) as { error?: { code: string } }).error?.code };
      }),
    );
    const ok = answers.filter((a) => a.status >= 200 && a.status < 300);
    expect(ok).toHaveLength(ROOM);
    expect(answers.filter((a) => !(a.status >= 200 && a.status < 300))).toEqual(
      Array.from({ length: N - ROOM }, () => ({ status: 409, code: 'BUDGET_EXHAUSTED' })),
    );

    // The room is used up exactly, by these claims' reservations alone, and the ledger says so.
    const after = (
      await pool.query(
        `select b.reserved + b.posted = b.total as full, (b.reserved - $3::numeric)::text as added,
                (select count(*)::int from budget_ledger l where l.budget_id = b.id and l.claim_id = any($2)) as n,
                (select coalesce(sum(amount), 0)::numeric(18,2)::text from budget_ledger l where l.budget_id = b.id and l.claim_id = any($2)) as sum
         from budgets b where b.id = $1`,
        [budget.id, ids, budget.reserved],
      )
    ).rows[0] as { full: boolean; added: string; n: number; sum: string };
    expect(after).toEqual({ full: true, added: `${AMOUNT * ROOM}.00`, n: ROOM, sum: `${AMOUNT * ROOM}.00` });
    const states = (
      await pool.query(
        `select status, count(*)::int as n from claims where id = any($1) group by status order by status`,
        [ids],
      )
    ).rows;
    expect(states).toEqual([
      { status: 'city-approved', n: ROOM },
      { status: 'submitted', n: N - ROOM },
    ]);
    // One audit row per success; written by both processes, sealed into one chain.
    const auditAfter = (await pool.query('select count(*)::int as n from audit_log')).rows[0].n as number;
    expect(auditAfter - auditBefore).toBe(ROOM);
    // (Its sign-in is one more audit row, sealed like the others before the chain is read.)
    const auditor = await signIn(bases[1]!, 'auditor');
    for (let i = 0; ; i++) {
      const chain = await verifyChain(database.db);
      expect(chain.ok).toBe(true);
      if (chain.unsealed === 0) {
        expect(chain.rows).toBe(auditAfter + 1);
        break;
      }
      if (i > 200) throw new Error(`${chain.unsealed} audit rows still unsealed`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const verified = (await (
      await fetch(`${bases[1]}/api/audit/verify`, { headers: { cookie: auditor } })
    ).json()) as { ok: boolean; unsealed: number };
    expect(verified).toMatchObject({ ok: true, unsealed: 0 });
  }, 240_000);
});
