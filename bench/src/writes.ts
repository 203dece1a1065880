import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { Connection } from './http-client.js';
import { benchDatabase, freePort, startDemoApi } from './server.js';

/** The same client count as pgbench is given (and autocannon's default for the reads). */
export const CONNECTIONS = 10;
/** Claims decided per stage: 300 in each of 10 budgets. */
const PER_BUDGET = 300;
const BUDGETS = 10;
/**
 * API processes on the one database (BENCH_API_PROCESSES, default 1), the clients spread over them
 * as a load balancer would. Two do not help on this 2-core machine (2026-12-04, bench/BASELINE.md):
 * each request then costs the API a third more CPU (two Node processes, PostgreSQL and the load
 * generator contend for two cores), which eats what the second process adds.
 */
export const API_PROCESSES = Math.max(1, Number(process.env.BENCH_API_PROCESSES ?? 1));

export interface WriteFigure {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  other: number;
  /** CPU per answered request (ms): the API processes, PostgreSQL's backends of the bench, this load generator. */
  cpu: { api: number; db: number; load: number };
}

/** A write figure as printed: its rate as a share of pgbench, its latencies, its CPU per request. */
export const describe = (f: WriteFigure, tps: number) =>
  `${f.rps.toLocaleString('en')} req/s = ${((f.rps / tps) * 100).toFixed(1)} % of pgbench, p50 ${f.p50} ms, p99 ${f.p99} ms${f.other ? `, ${f.other} not 2xx` : ''}; CPU ms per request: API ${f.cpu.api}, PostgreSQL ${f.cpu.db}, load generator ${f.cpu.load}`;

/** CPU time (ms) a process has used so far, from /proc (0 where there is none). */
function cpuMs(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return 0;
  }
}

/** What the writes cost in CPU, per process class, from a start to now. */
function cpuMeter(apis: ChildProcess[], backends: () => Promise<number[]>) {
  return async () => {
    const pids = await backends();
    const take = () => ({
      api: apis.reduce((t, p) => t + cpuMs(p.pid), 0),
      db: pids.reduce((t, p) => t + cpuMs(p), 0),
      load: process.cpuUsage().user / 1000 + process.cpuUsage().system / 1000,
    });
    const start = take();
    return async (requests: number) => {
      // Backends that started during the run count whole (they are the bench's own).
      const late = (await backends()).filter((p) => !pids.includes(p));
      const end = take();
      const per = (ms: number) => Math.round((ms / Math.max(1, requests)) * 100) / 100;
      return {
        api: per(end.api - start.api),
        db: per(end.db - start.db + late.reduce((t, p) => t + cpuMs(p), 0)),
        load: per(end.load - start.load),
      };
    };
  };
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
 * pgbench's clients do), until `total` requests are sent or `seconds` have passed; client k talks
 * to API process k mod n over a keep-alive connection of its own. Each request is made by
 * `next(i)` with a distinct i, so every approval decides a claim of its own.
 */
async function drive(
  name: string,
  bases: string[],
  meter: () => Promise<(requests: number) => Promise<WriteFigure['cpu']>>,
  next: (i: number) => { path: string; cookie: string; body: unknown },
  limit: { total?: number; seconds?: number },
): Promise<WriteFigure> {
  let sent = 0;
  let ok = 0;
  const latencies: number[] = [];
  const failures = new Map<number, number>();
  let firstFailure: string | undefined;
  const connections = Array.from({ length: CONNECTIONS }, (_, k) => new Connection(bases[k % bases.length]!));
  const stop = await meter();
  const started = performance.now();
  const ends = started + (limit.seconds ?? Infinity) * 1000;
  const client = async (conn: Connection) => {
    for (;;) {
      const i = sent++;
      if (i >= (limit.total ?? Infinity) || performance.now() >= ends) return;
      const { path, cookie, body } = next(i);
      const t0 = performance.now();
      const res = await conn.request(
        'POST',
        path,
        { 'content-type': 'application/json', cookie },
        JSON.stringify(body),
      );
      latencies.push(performance.now() - t0);
      if (res.status >= 200 && res.status < 300) ok++;
      else {
        failures.set(res.status, (failures.get(res.status) ?? 0) + 1);
        firstFailure ??= `${res.status} ${res.body.slice(0, 300)}`;
      }
    }
  };
  await Promise.all(connections.map(client));
  const seconds = (performance.now() - started) / 1000;
  const cpu = await stop(latencies.length);
  for (const c of connections) c.close();
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
    cpu,
  };
  console.error(
    `  … ${name}: ${figure.rps} req/s${failures.size ? `; failed: ${JSON.stringify(Object.fromEntries(failures))}, first ${firstFailure}` : ''}`,
  ); // progress: the table comes at the end
  return figure;
}

/**
 * The write path at 10 connections, on `API_PROCESSES` API processes over one PostgreSQL: city
 * approvals spread over 10 budgets (each with room for all), the region approvals of the same
 * claims, claim creation, and service records from the station. Every request must succeed; the
 * budgets must equal their ledgers.
 */
export async function writesBench() {
  const db = await benchDatabase();
  const apis: ChildProcess[] = [];
  const bases: string[] = [];
  const client = new pg.Client({ connectionString: db.url });
  try {
    // One after the other: the first migrates and loads the demo data, the others find them there.
    for (let k = 0; k < API_PROCESSES; k++) {
      const port = await freePort();
      bases.push(`http://127.0.0.1:${port}`);
      apis.push(await startDemoApi(db, port, k === 0));
    }
    const base = bases[0]!;
    await client.connect();
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
    const decide = (cookie: string, version: number) => (i: number) => ({
      path: `/api/claims/${ids[i]}/reviews`,
      cookie,
      body: { decision: 'approve', comment: 'bench', version },
    });
    const meter = cpuMeter(apis, async () =>
      (
        await client.query(
          'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
        )
      ).rows.map((r) => r.pid as number),
    );

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
        bases,
        meter,
        decide(city, 1),
        { total: ids.length },
      ),
      await drive('region approvals (the same claims)', bases, meter, decide(region, 2), {
        total: ids.length,
      }),
      await drive(
        'claim creation (POST /api/claims)',
        bases,
        meter,
        () => ({
          path: '/api/claims',
          cookie: enterprise,
          body: { roundId, claim: { provision: 'M7.5', evaluationFeePaid: '1234.56' } },
        }),
        { seconds: 5 },
      ),
      await drive(
        'service records from the station',
        bases,
        meter,
        () => ({
          path: '/api/service-records',
          cookie: agency,
          body: {
            clientId: randomUUID(),
            enterpriseId: someEnterprise,
            serviceType: 'trademark-registration',
            servedOn: `${year}-03-01`,
            durationMinutes: 60,
            participants: 3,
          },
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
    return { figures, claims: ids.length, approved, drift, lag, processes: apis.length };
  } finally {
    await client.end().catch(() => undefined);
    for (const api of apis) api.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await db.drop();
  }
}
