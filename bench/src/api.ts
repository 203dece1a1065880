import autocannon from 'autocannon';
import { join } from 'node:path';
import pg from 'pg';
import { benchDatabase, freePort, startDemoApi, startProcess } from './server.js';

interface Figures {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function load(name: string, opts: autocannon.Options): Promise<Figures> {
  // autocannon's own default of 10 connections, 5 s per route (stated in the results).
  const r = await autocannon({ connections: 10, duration: 5, ...opts });
  return {
    name,
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors,
    non2xx: r.non2xx,
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

/** The API's reads on a fresh PostgreSQL with the demo data and 100,000 more claims, against a bare Hono handler (the writes are in writes.ts). */
export async function apiBench() {
  const db = await benchDatabase();
  const [barePort, apiPort] = [await freePort(), await freePort()];
  const bare = await startProcess(
    [join(import.meta.dirname, 'bare.ts'), String(barePort)],
    {},
    `http://127.0.0.1:${barePort}/hello`,
  );
  const api = await startDemoApi(db, apiPort);
  try {
    // 100,000 submitted claims spread over the demo enterprises, then fresh statistics.
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    await client.query(`
      with e as (select id, area_code, row_number() over (order by id) - 1 as i from enterprises),
           n as (select count(*)::int as c from enterprises),
           r as (select id, year from funding_rounds limit 1)
      insert into claims (enterprise_id, round_id, provision, status, claim, area_code, funding_year, assessed_amount, submitted_at, created_at)
      select e.id, r.id, 'M7.5', 'submitted', '{"provision":"M7.5","evaluationFeePaid":"1000.00"}'::jsonb, e.area_code, r.year, 900.00,
             now() - (g || ' seconds')::interval, now() - (g || ' seconds')::interval
      from generate_series(0, 99999) g cross join n cross join r join e on e.i = g % n.c`);
    // What autovacuum does to a table after a bulk load: statistics and the visibility map.
    await client.query('vacuum analyze');
    const total = (await client.query('select count(*)::int as n from claims')).rows[0].n as number;
    await client.end();

    const base = `http://127.0.0.1:${apiPort}`;
    const region = await signIn(base, 'region.admin');

    const policyDoc = await (await fetch(`${base}/api/policy`)).text();
    const etag = (await fetch(`${base}/api/policy`)).headers.get('etag')!;
    await fetch(`http://127.0.0.1:${barePort}/doc`, { method: 'POST', body: policyDoc });
    const baseline = await load('bare Hono GET /hello', { url: `http://127.0.0.1:${barePort}/hello` });
    const sameBytes = await load(
      `bare Hono serving the same ${Math.round(policyDoc.length / 1024)} kB document`,
      { url: `http://127.0.0.1:${barePort}/doc` },
    );
    const revalidated = await load('GET /api/policy with If-None-Match (a cached client: 304)', {
      url: `${base}/api/policy`,
      headers: { 'if-none-match': etag },
    });
    const runs = [
      await load('GET /api/policy (public, cached)', { url: `${base}/api/policy` }),
      await load('POST /api/assess (public)', {
        url: `${base}/api/assess`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          claim: {
            provision: 'M7.4',
            principal: '10000000.00',
            pledgeShareRatio: '0.6',
            disbursedOn: '2024-03-15',
            repaidOn: '2025-03-15',
            interestPaid: '350000.00',
          },
        }),
      }),
      await load(`GET /api/claims page 1 of ${total.toLocaleString('en')} (region)`, {
        url: `${base}/api/claims?page=1&pageSize=20`,
        headers: { cookie: region },
      }),
      await load(`GET /api/claims page 500, by amount (region)`, {
        url: `${base}/api/claims?page=500&pageSize=20&sort=assessedAmount&order=desc`,
        headers: { cookie: region },
      }),
    ];
    const rows: [string, string][] = [
      ['load', "10 connections (autocannon's default), 5 s per route, the generator on the same machine"],
      [
        baseline.name,
        `${baseline.rps.toLocaleString('en')} req/s, p50 ${baseline.p50} ms, p99 ${baseline.p99} ms`,
      ],
      [
        sameBytes.name,
        `${sameBytes.rps.toLocaleString('en')} req/s, p50 ${sameBytes.p50} ms, p99 ${sameBytes.p99} ms`,
      ],
      [
        revalidated.name,
        `${revalidated.rps.toLocaleString('en')} req/s (${((revalidated.rps / baseline.rps) * 100).toFixed(0)} % of bare), p50 ${revalidated.p50} ms, p99 ${revalidated.p99} ms`,
      ],
    ];
    for (const r of runs) {
      rows.push([
        r.name,
        `${r.rps.toLocaleString('en')} req/s (${((r.rps / baseline.rps) * 100).toFixed(0)} % of bare), p50 ${r.p50} ms, p99 ${r.p99} ms${r.errors || r.non2xx ? `, ${r.errors} errors, ${r.non2xx} non-2xx` : ''}`,
      ]);
    }
    const fair = runs[0]!.rps / sameBytes.rps;
    rows.push([
      'GET /api/policy as a share of bare Hono serving the same bytes',
      `${(fair * 100).toFixed(0)} %`,
    ]);
    rows.push([
      'target: cached public reads ≥ 60 % of bare Hono',
      `${fair >= 0.6 ? 'met' : 'not met'} like for like (same bytes); revalidation ${((revalidated.rps / baseline.rps) * 100).toFixed(0)} % of /hello`,
    ]);
    const listP99 = Math.max(runs[2]!.p99, runs[3]!.p99);
    rows.push([
      `target: list p99 < 50 ms at ${total.toLocaleString('en')} rows, 10 connections`,
      `${listP99 < 50 ? 'met' : 'not met'} (${listP99} ms)`,
    ]);
    return { rows, baseline, sameBytes, revalidated, runs, claims: total, listP99 };
  } finally {
    api.kill('SIGTERM');
    bare.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await db.drop();
  }
}
