import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { benchDatabase, freePort, startDemoApi } from './server.js';

/** The same client count as pgbench is given (and autocannon's default for the reads). */
export const CONNECTIONS = 10;
/** Claims decided per stage: 300 in each of 10 budgets. */
const PER_BUDGET = 300;
const BUDGETS = 10;

export interface WriteFigure {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  other: number;
}

async function signIn(base: string, username: string) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Huiqi#2026demo' }),
  });
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

/**
 * `CONNECTIONS` clients, each sending its next request as soon as the last one is answered (as
 * pgbench's clients do), until `total` requests are sent or `seconds` have passed. Each request is
 * made by `next(i)` with a distinct i, so every approval decides a claim of its own.
 */
async function drive(
  name: string,
  next: (i: number) => { url: string; init: RequestInit },
  limit: { total?: number; seconds?: number },
): Promise<WriteFigure> {
  let sent = 0;
  let ok = 0;
  const latencies: number[] = [];
  const failures = new Map<number, number>();
  let firstFailure: string | undefined;
  const started = performance.now();
  const ends = started + (limit.seconds ?? Infinity) * 1000;
  const client = async () => {
    for (;;) {
      const i = sent++;
      if (i >= (limit.total ?? Infinity) || performance.now() >= ends) return;
      const { url, init } = next(i);
      const t0 = performance.now();
      const res = await fetch(url, init);
      const text = await res.text();
      latencies.push(performance.now() - t0);
      if (res.ok) ok++;
      else failures.set(res.status, (failures.get(res.status) ?? 0) + 1);
      if (!res.ok) firstFailure ??= `${res.status} ${text.slice(0, 300)}`;
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, client));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
  const figure = {
    name,
    rps: Math.round(ok / seconds),
    p50: at(0.5),
    p99: at(0.99),
    ok,
    other: latencies.length - ok,
  };
  console.error(
    `  … ${name}: ${figure.rps} req/s${failures.size ? `; failed: ${JSON.stringify(Object.fromEntries(failures))}, first ${firstFailure}` : ''}`,
  ); // progress: the table comes at the end
  return figure;
}

/**
 * The write path at 10 connections, on one API process over PostgreSQL: city approvals spread over
 * 10 budgets (each with room for all), the region approvals of the same claims, claim creation, and
 * service records from the station. Every request must succeed; the budgets must equal their ledgers.
 */
export async function writesBench() {
  const db = await benchDatabase();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const api = await startDemoApi(db, port);
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    // Ten budgets: M7.5 in ten bench years, room for every claim; each claim of an enterprise of its
    // own (3,000 verified enterprises in Yinchuan), so the annual cap never refuses one.
    const year = (await client.query('select year from funding_rounds limit 1')).rows[0].year as number;
    // Years of their own (funding years go up to 2100), apart from the contention bench's +50…+59.
    const years = Array.from({ length: BUDGETS }, (_, i) => year + 20 + i);
    for (const y of years) {
      await client.query(
        `insert into funding_rounds (year, name, opens_on, closes_on, provisions) values ($1, 'bench-writes', $2, $3, '{M7.5}')`,
        [y, `${year}-01-01`, `${year}-12-31`],
      );
      await client.query(`insert into budgets (provision, year, total) values ('M7.5', $1, 100000000.00)`, [
        y,
      ]);
    }
    await client.query(`
      insert into enterprises (credit_code, name, area_code, industry, srdi_level, srdi_verified, status, contact_name, contact_phone)
      select 'BENCH' || lpad(g::text, 13, '0'), '压测企业' || g, '640100', 'new-materials', 'provincial', true, 'verified', '张三', '13900000000'
      from generate_series(1, ${PER_BUDGET * BUDGETS}) g`);
    // Claims in budget order 0,1,…,9,0,1,… so consecutive requests go to different budgets.
    const ids = (
      await client.query(
        `with e as (select id, row_number() over (order by credit_code) - 1 as i from enterprises where credit_code like 'BENCH%'),
              r as (select id, year, row_number() over (order by year) - 1 as k from funding_rounds where name = 'bench-writes'),
              c as (insert into claims (enterprise_id, round_id, provision, status, claim, area_code, funding_year, assessed_amount, assessment, submitted_at)
                    select e.id, r.id, 'M7.5', 'submitted', '{"provision":"M7.5","evaluationFeePaid":"1000.00"}'::jsonb, '640100', r.year, 900.00,
                           jsonb_build_object('amount', '900.00', 'eligible', true, 'asOf', $1::text), now()
                    from r join e on e.i % ${BUDGETS} = r.k
                    returning id, funding_year, enterprise_id)
         select c.id from c join e on e.id = c.enterprise_id order by e.i`,
        [`${year}-06-01`],
      )
    ).rows.map((r) => r.id as string);
    await client.query('vacuum analyze');

    const city = await signIn(base, 'yinchuan.admin');
    const region = await signIn(base, 'region.admin');
    const enterprise = await signIn(base, 'enterprise.demo');
    const agency = await signIn(base, 'station.worker');
    const roundId = (
      (await (await fetch(`${base}/api/rounds`)).json()) as { items: { id: string; open: boolean }[] }
    ).items.find((r) => r.open)!.id;
    const someEnterprise = (
      await client.query(
        `select id from enterprises where credit_code not like 'BENCH%' and status = 'verified' limit 1`,
      )
    ).rows[0].id as string;
    const post = (path: string, cookie: string, body: unknown) => ({
      url: `${base}${path}`,
      init: {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify(body),
      },
    });
    const decide = (cookie: string, version: number) => (i: number) =>
      post(`/api/claims/${ids[i]}/reviews`, cookie, { decision: 'approve', comment: 'bench', version });

    // The sealing lag while the writes run (what auditSealingLag() reads), sampled every 50 ms.
    const lag = { rows: 0, ageMs: 0, samples: 0 };
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const r = (
          await client.query(`select count(*)::int as rows, coalesce(extract(epoch from now() - min(at)) * 1000, 0)::float8 as age from audit_log
            where content_hash is not null and id > coalesce((select last_id from audit_checkpoints order by seq desc limit 1), 0)`)
        ).rows[0] as { rows: number; age: number };
        lag.rows = Math.max(lag.rows, r.rows);
        lag.ageMs = Math.max(lag.ageMs, Math.round(r.age));
        lag.samples++;
        await new Promise((res) => setTimeout(res, 50));
      }
    })();
    const figures = [
      await drive(
        `city approvals (${ids.length.toLocaleString('en')} claims over ${BUDGETS} budgets)`,
        decide(city, 1),
        { total: ids.length },
      ),
      await drive('region approvals (the same claims)', decide(region, 2), { total: ids.length }),
      await drive(
        'claim creation (POST /api/claims)',
        () =>
          post('/api/claims', enterprise, {
            roundId,
            claim: { provision: 'M7.5', evaluationFeePaid: '1234.56' },
          }),
        { seconds: 5 },
      ),
      await drive(
        'service records from the station',
        () =>
          post('/api/service-records', agency, {
            clientId: randomUUID(),
            enterpriseId: someEnterprise,
            serviceType: 'trademark-registration',
            servedOn: `${year}-03-01`,
            durationMinutes: 60,
            participants: 3,
          }),
        { seconds: 5 },
      ),
    ];
    sampling = false;
    await sampler;
    const approved = (
      await client.query(
        `select count(*)::int as n from claims where status = 'approved' and funding_year = any($1)`,
        [years],
      )
    ).rows[0].n as number;
    const drift = (
      await client.query(
        `select count(*)::int as n from budgets b cross join lateral (
           select coalesce(sum(case op when 'reserve' then amount when 'post' then -amount when 'void' then -amount else 0 end), 0) as reserved,
                  coalesce(sum(case op when 'post' then amount when 'reverse' then -amount else 0 end), 0) as posted
           from budget_ledger l where l.budget_id = b.id) s
         where b.year = any($1) and (b.reserved <> s.reserved or b.posted <> s.posted)`,
        [years],
      )
    ).rows[0].n as number;
    return { figures, claims: ids.length, approved, drift, lag };
  } finally {
    await client.end();
    api.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await db.drop();
  }
}
