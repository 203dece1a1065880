import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { benchDatabase, freePort, startDemoApi } from './server.js';

/**
 * 1,000 submitted claims across 10 provisions' budgets, each budget with room for about a third of
 * its claims; 1,000 approvals fired at once over HTTP. Figures: approvals/s and how many were
 * refused; then the invariant — no budget past its total, every budget equal to its ledger.
 */
export async function contentionBench() {
  const db = await benchDatabase();
  const port = await freePort();
  const api = await startDemoApi(db, port);
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    // Ten budgets: M7.5 in ten bench years (a budget is per provision and year), each with room for 33
    // claims of 900.00 (a 1,000.00 evaluation fee at 90 %); 100 submitted claims per budget, all in
    // Yinchuan so one city reviewer decides them — the city stage is where money is reserved.
    const year = (await client.query('select year from funding_rounds limit 1')).rows[0].year as number;
    const years = Array.from({ length: 10 }, (_, i) => year + 50 + i);
    const asOf = `${year}-06-01`;
    for (const y of years) {
      await client.query(
        `insert into funding_rounds (year, name, opens_on, closes_on, provisions) values ($1, 'bench', $2, $3, '{M7.5}')`,
        [y, `${year}-01-01`, `${year}-12-31`],
      );
      await client.query(`insert into budgets (provision, year, total) values ('M7.5', $1, 29700.00)`, [y]);
    }
    const ids = (
      await client.query(
        `with e as (select id, area_code, row_number() over (order by id) - 1 as i from enterprises where status = 'verified' and area_code = '640100'),
              r as (select id, year from funding_rounds where name = 'bench')
         insert into claims (enterprise_id, round_id, provision, status, claim, area_code, funding_year, assessed_amount, assessment, submitted_at)
         select e.id, r.id, 'M7.5', 'submitted', '{"provision":"M7.5","evaluationFeePaid":"1000.00"}'::jsonb, e.area_code, r.year, 900.00,
                jsonb_build_object('amount', '900.00', 'eligible', true, 'asOf', $1::text), now()
         from r cross join generate_series(0, 99) g join e on e.i = (g + r.year) % (select count(*) from e)
         returning id`,
        [asOf],
      )
    ).rows.map((r) => r.id as string);
    const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'yinchuan.admin', password: 'Huiqi#2026demo' }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const t0 = performance.now();
    const statuses = await Promise.all(
      ids.map((id) =>
        fetch(`http://127.0.0.1:${port}/api/claims/${id}/reviews`, {
          method: 'POST',
          headers: { cookie, 'content-type': 'application/json', 'Idempotency-Key': randomUUID() },
          body: JSON.stringify({ decision: 'approve', comment: 'bench', version: 1 }),
        }).then((r) => r.status),
      ),
    );
    const ms = performance.now() - t0;
    const ok = statuses.filter((s) => s === 200).length;
    const refused = statuses.filter((s) => s === 409 || s === 422).length;
    const other = statuses.length - ok - refused;
    const over = (
      await client.query(
        `select count(*)::int as n from budgets where year = any($1) and reserved + posted > total`,
        [years],
      )
    ).rows[0].n as number;
    const drift = (
      await client.query(
        `select count(*)::int as n from budgets b where b.year = any($1) and b.reserved <> coalesce((select sum(case op when 'reserve' then amount when 'post' then -amount when 'void' then -amount else 0 end) from budget_ledger l where l.budget_id = b.id), 0)`,
        [years],
      )
    ).rows[0].n as number;
    const rows: [string, string][] = [
      [
        'approvals fired at once',
        `${ids.length.toLocaleString('en')} city approvals against 10 budgets with room for 33 each`,
      ],
      ['wall time', `${ms.toFixed(0)} ms — ${Math.round((ids.length / ms) * 1000)} decisions/s`],
      ['approved / refused (budget) / other', `${ok} / ${refused} / ${other}`],
      ['invariant: no budget past its total', over === 0 ? 'holds' : `BROKEN (${over})`],
      ['invariant: budgets equal their ledgers', drift === 0 ? 'holds' : `BROKEN (${drift})`],
    ];
    return { rows, approved: ok, refused, other, ms, over, drift };
  } finally {
    await client.end();
    api.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await db.drop();
  }
}
