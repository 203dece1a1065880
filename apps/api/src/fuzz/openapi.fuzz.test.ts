import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../test-support/harness.js';

/**
 * Every operation of the OpenAPI document, fed generated malformed and boundary inputs (bad path
 * ids, hostile strings, wrong types, huge numbers, broken JSON, random objects) as each kind of
 * user: the answer is never a 5xx; a 4xx carries the error shape in both languages; and a refused
 * request changes nothing in the database (every table's row count is the same after it). A second
 * pass puts what once answered 500 — NUL, lone surrogates, bidirectional overrides, invisible-only
 * text, JSON nested 20,000 deep — into the path, the query or the body of every route.
 */
let h: Harness;
let cookies: Record<string, string>;
let tables: string[];
type Op = { method: string; path: string; hasJsonBody: boolean; hasMultipart: boolean; query: string[] };
let ops: Op[];

beforeAll(async () => {
  h = await startHarness();
  const e = await h.enterprise();
  cookies = { anonymous: '', enterprise: e.client.cookie()! };
  for (const [role, user] of [
    ['agency', 'agency'],
    ['city', 'yinchuan'],
    ['region', 'region'],
    ['auditor', 'auditor'],
  ] as const)
    cookies[role] = (await h.as(user)).cookie()!;
  const doc = (await (await h.app.request('http://huiqi.test/api/openapi.json')).json()) as {
    paths: unknown;
  };
  ops = Object.entries(
    doc.paths as Record<
      string,
      Record<
        string,
        { requestBody?: { content: Record<string, unknown> }; parameters?: { in: string; name: string }[] }
      >
    >,
  ).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      hasJsonBody: !!op.requestBody?.content['application/json'],
      hasMultipart: !!op.requestBody?.content['multipart/form-data'],
      query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
    })),
  );
  const r = await h.db.execute(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  // The throttles' counters count refused requests too, by design: they are not data a request changes.
  tables = (r as unknown as { rows: { table_name: string }[] }).rows
    .map((x) => x.table_name)
    .filter((t) => t !== 'rate_limits');
}, 60_000);
afterAll(() => h.close());

async function snapshot(): Promise<string> {
  const parts = await Promise.all(
    tables.map(async (t) => {
      const r = await h.db.execute(sql.raw(`select count(*)::int as n from "${t}"`));
      return `${t}=${(r as unknown as { rows: { n: number }[] }).rows[0]!.n}`;
    }),
  );
  return parts.join(',');
}

/** The strings that once answered 500 or were stored mangled. */
const unhygienic = fc.constantFrom(
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udc00y',
  '\u202egnp.exe',
  'ab\u2066cd',
  '\u200b\u200b',
  '\u3164\u3164',
  '\u0007bell',
);
const hostile = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '../../etc/passwd',
    '..%2F..%2Fetc%2Fpasswd',
    '%00',
    "' or 1=1 --",
    '<script>alert(1)</script>',
    '=cmd|/C calc!A0',
    'null',
    'undefined',
    '-1',
    '0',
    '1e309',
    'NaN',
    '９９',
    '😀'.repeat(50),
    'a'.repeat(5000),
  ),
  fc.string({ maxLength: 40 }),
  fc.uuid(),
);
const value: fc.Arbitrary<unknown> = fc.oneof(
  hostile,
  fc.integer(),
  fc.constantFrom(
    Number.MAX_SAFE_INTEGER,
    -Number.MAX_SAFE_INTEGER,
    1e21,
    -0.000001,
    0.1 + 0.2,
    true,
    false,
    null,
  ),
  fc.array(hostile, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), hostile, { maxKeys: 3 }),
);
const body = fc.oneof(
  fc.constant('{"unterminated": '),
  fc.constant('[]'),
  fc.constant('null'),
  fc.constant('"just a string"'),
  fc
    .dictionary(
      fc.constantFrom(
        'claim',
        'version',
        'provision',
        'amount',
        'username',
        'password',
        'roundId',
        'enterpriseId',
        'kind',
        'title',
        'note',
        'year',
        'total',
        'decision',
        'comment',
        'value',
        'clientId',
        'servedOn',
      ),
      value,
      { maxKeys: 6 },
    )
    .map((o) => JSON.stringify(o)),
);

// A failed sign-in is recorded by design (the lockout counts it): it is the one refusal that writes.
const WRITES_WHEN_REFUSED = new Set(['POST /auth/login', 'POST /api/auth/login']);

/** A path segment; a lone surrogate has no UTF-8, so it goes as the bytes a client could still send. */
function encodeSegment(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return '%ED%A0%80';
  }
}

/** Sends one fuzzed request and notes what is wrong with the answer; returns its status. */
async function fuzzOnce(
  op: Op,
  who: string,
  id: string,
  query: Record<string, string>,
  payload: string,
  problems: string[],
): Promise<number> {
  const path = op.path.replace(/\{[^}]+\}/g, () => encodeSegment(id));
  const qs = new URLSearchParams(query).toString();
  const headers: Record<string, string> = cookies[who] ? { Cookie: cookies[who] } : {};
  let reqBody: FormData | string | undefined;
  if (op.hasMultipart) {
    const form = new FormData();
    form.set('file', new File([payload], id.slice(0, 60) || 'x.bin'));
    reqBody = form;
  } else if (op.hasJsonBody || op.method !== 'GET') {
    headers['content-type'] = 'application/json';
    reqBody = op.method === 'GET' ? undefined : payload;
  }
  const before = await snapshot();
  const res = await h.app.request(
    `http://huiqi.test${path.startsWith('/api/') ? '' : '/api'}${path}${qs ? `?${qs}` : ''}`,
    { method: op.method, headers, body: reqBody },
  );
  const text = await res.text();
  if (res.status >= 500)
    problems.push(`${op.method} ${path} as ${who} → ${res.status} ${text.slice(0, 200)}`);
  if (res.status >= 400) {
    const json = JSON.parse(text) as { error?: { code?: string; zh?: string; en?: string } };
    if (!json.error?.code || !json.error.zh || !json.error.en)
      problems.push(`${op.method} ${path} → ${res.status} without the error shape: ${text.slice(0, 200)}`);
    if (!WRITES_WHEN_REFUSED.has(`${op.method} ${op.path}`) && (await snapshot()) !== before)
      problems.push(`${op.method} ${path} as ${who} → ${res.status} but the database changed`);
  }
  return res.status;
}

describe('fuzzing every route of the OpenAPI document', () => {
  it('never answers 5xx, always the error shape, and a refused request changes nothing', async () => {
    const problems: string[] = [];
    const tally: Record<string, number> = {};
    for (const op of ops) {
      // Signing out or changing a password ends the fuzzer's own sessions: those two are fuzzed anonymously
      // (their signed-in behaviour is in auth.test.ts).
      const who = /\/auth\/(logout|password)$/.test(op.path) ? ['anonymous'] : Object.keys(cookies);
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...who),
          hostile,
          fc.dictionary(fc.constantFrom(...(op.query.length ? op.query : ['x'])), hostile, { maxKeys: 3 }),
          body,
          async (who, id, query, payload) => {
            const status = await fuzzOnce(op, who, id, query as Record<string, string>, payload, problems);
            tally[`${status}`] = (tally[`${status}`] ?? 0) + 1;
          },
        ),
        { numRuns: 8, seed: 20261129 },
      );
    }
    expect(problems).toEqual([]);
    expect(ops.length).toBeGreaterThan(60);
    // The inputs really were refused (not all bounced at the door): validation, scoping and roles all answered.
    for (const [status, least] of [
      ['400', 100],
      ['401', 3],
      ['403', 100],
      ['404', 10],
    ] as const)
      expect(tally[status] ?? 0, JSON.stringify(tally)).toBeGreaterThanOrEqual(least);
  }, 300_000);

  it('what once answered 500, in the path, the query or the body of every route: always a 4xx with the error shape, nothing changed', async () => {
    const problems: string[] = [];
    const tally: Record<string, number> = {};
    const deep = `${'{"claim":'.repeat(20_000)}1${'}'.repeat(20_000)}`;
    for (const op of ops) {
      const who = /\/auth\/(logout|password)$/.test(op.path) ? ['anonymous'] : Object.keys(cookies);
      const field = op.query[0] ?? 'q';
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...who),
          unhygienic,
          fc.constantFrom('path', 'query', 'body', 'deep'),
          fc.constantFrom('username', 'name', 'title', 'comment', 'note'),
          async (who, bad, where, key) => {
            const id = where === 'path' ? bad : '00000000-0000-4000-8000-000000000000';
            const query = where === 'query' ? { [field]: bad } : {};
            const payload =
              where === 'deep'
                ? deep
                : JSON.stringify(where === 'body' ? { [key]: bad, [`${key}${bad}`]: 1 } : {});
            const status = await fuzzOnce(op, who, id, query, payload, problems);
            tally[`${status}`] = (tally[`${status}`] ?? 0) + 1;
            // Where the route has a place for it (a path parameter; a JSON body on a write); a query is always read.
            const placed =
              where === 'query' ||
              (where === 'path' ? op.path.includes('{') : op.method !== 'GET' && !op.hasMultipart);
            if (placed && status < 400)
              problems.push(
                `${op.method} ${op.path} as ${who} accepted ${JSON.stringify(bad)} in the ${where} (${status})`,
              );
          },
        ),
        { numRuns: 6, seed: 20261201 },
      );
    }
    expect(problems).toEqual([]);
    expect(tally['400'] ?? 0, JSON.stringify(tally)).toBeGreaterThan(100);
  }, 300_000);
});
