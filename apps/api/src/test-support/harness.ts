import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type HuiqiClient } from '@huiqi/api-client';
import { todayInChina } from '@huiqi/domain';
import { afterAll, beforeAll } from 'vitest';
import { createApp } from '../app.js';
import { openPglite, openPostgres, type Database } from '../db/client.js';
import { agencies, budgets, fundingRounds, users } from '../db/schema.js';
import { loadEnv } from '../env.js';
import { openEvidenceStore } from '../lib/evidence-store.js';
import { auditSealingLag } from '../lib/audit.js';
import { sealed, withAuditSealer } from '../lib/audit-sealer.js';
import { logProvider, SmsOutbox } from '../lib/sms.js';
import { createLogger } from '../lib/logger.js';
import { createMetrics } from '../lib/metrics.js';
import { hashPassword } from '../lib/passwords.js';
import { createTestDatabase } from './test-database.js';
import { PolicyStore } from '../lib/policy-store.js';

export const PASSWORD = 'Test#Pass2026';

/** What an enterprise claims (the provision and its facts), as the client sends it. */
type ClaimInput = Parameters<HuiqiClient['claims']['create']>[0]['claim'];

export const GENEROUS_RATES = {
  RATE_LOGIN_PER_MINUTE: '100000',
  RATE_REGISTER_PER_HOUR: '100000',
  RATE_ASSESS_PER_MINUTE: '100000',
  RATE_PASSWORD_PER_HOUR: '100000',
};

/**
 * A fresh API over a fresh database for one test file: PGlite in memory by default, or a new
 * database on the real PostgreSQL (TEST_DATABASE_URL) with `{ postgres: true }`. Users of every
 * role exist; `as(username)` returns a signed-in client that goes through the app's own fetch.
 */
export async function startHarness(
  opts: { postgres?: boolean; env?: Record<string, string>; budgetTotal?: string } = {},
) {
  let opened: Database;
  let dropDb: (() => Promise<void>) | undefined;
  // HUIQI_TEST_DB=postgres runs the whole suite again on the real PostgreSQL (TEST_DATABASE_URL).
  if (opts.postgres ?? process.env.HUIQI_TEST_DB === 'postgres') {
    const created = await createTestDatabase();
    opened = await openPostgres(created.url, 40);
    dropDb = created.drop;
  } else {
    opened = await openPglite();
  }
  await opened.migrate();
  const { database, sealer } = withAuditSealer(opened, createLogger('silent'));
  sealer.start();
  const dataDir = mkdtempSync(join(tmpdir(), 'huiqi-test-'));
  // Every test signs in and registers from one 'local' source many times over: the request rates are
  // generous unless a test sets them (the sign-in lockouts keep their defaults; security tests set their own).
  // The clients below call http://huiqi.test: that is the platform's public origin here.
  const env = loadEnv({
    HUIQI_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    PUBLIC_ORIGIN: 'http://huiqi.test',
    ...GENEROUS_RATES,
    ...opts.env,
  });
  const deps = {
    database,
    db: database.db,
    env,
    policy: new PolicyStore(database.db),
    files: openEvidenceStore(env),
    log: createLogger('silent'),
    sealer,
    // Not started: a test sends the outbox's messages itself, to a provider it watches.
    sms: new SmsOutbox(database.db, logProvider(createLogger('silent')), createLogger('silent')),
    metrics: createMetrics(database, { auditLag: () => auditSealingLag(database.db) }),
    readiness: { ready: true },
  };
  const app = createApp(deps);

  const passwordHash = await hashPassword(PASSWORD);
  const year = Number(todayInChina().slice(0, 4));
  const [agency] = await database.db
    .insert(agencies)
    .values({ name: '测试商标品牌指导站', kind: 'trademark-station', areaCode: '640100' })
    .returning();
  await database.db.insert(users).values([
    { username: 'agency', displayName: 'Agency worker', passwordHash, role: 'agency', agencyId: agency!.id },
    { username: 'region', displayName: 'Region admin', passwordHash, role: 'region-admin' },
    {
      username: 'yinchuan',
      displayName: 'Yinchuan admin',
      passwordHash,
      role: 'city-admin',
      areaCode: '640100',
    },
    { username: 'guyuan', displayName: 'Guyuan admin', passwordHash, role: 'city-admin', areaCode: '640400' },
    { username: 'auditor', displayName: 'Auditor', passwordHash, role: 'auditor' },
  ]);
  const round = await openRound(
    'round',
    ['M1.1', 'M1.3', 'M1.4', 'M1.7', 'M5.1', 'M7.4', 'M7.5'],
    opts.budgetTotal ?? '10000000.00',
  );

  /** A client with its own cookie jar, calling the app in-process. */
  function client(
    extraHeaders: Record<string, string> = {},
  ): HuiqiClient & { cookie: () => string | undefined } {
    let cookie: string | undefined;
    const c = createClient({
      baseUrl: 'http://huiqi.test',
      headers: () => ({ ...(cookie ? { Cookie: cookie } : {}), ...extraHeaders }),
      fetch: (async (url: string, init: RequestInit) => {
        const res = await app.request(url, init);
        const set = res.headers.get('set-cookie');
        if (set) {
          const [pair] = set.split(';');
          cookie = pair!.endsWith('=') ? undefined : pair;
        }
        return res;
      }) as typeof fetch,
    });
    return Object.assign(c, { cookie: () => cookie });
  }

  async function as(username: string) {
    const c = client();
    await c.auth.login({ username, password: PASSWORD });
    return c;
  }

  /** Registers an enterprise (signed in as its user) and, unless told otherwise, verifies it. */
  let seq = 0;
  async function enterprise(o: { areaCode?: string; verify?: boolean } = {}) {
    const { creditCodeCheckChar } = await import('@huiqi/domain');
    seq++;
    // The code's division (characters 3–8) must fit the area: a city's own code, or Lingwu for Ningdong.
    const division = o.areaCode === 'NINGDONG' ? '640181' : (o.areaCode ?? '640100');
    const first17 = `91${division}${String(100000000 + seq * 7919 + Math.floor(Math.random() * 1e6)).slice(0, 9)}`;
    const c = client();
    const reg = await c.enterprises.register({
      creditCode: first17 + creditCodeCheckChar(first17),
      name: `测试企业${seq}有限公司`,
      areaCode: o.areaCode ?? '640100',
      industry: 'new-materials',
      srdiLevel: 'provincial',
      contactName: '张三',
      contactPhone: '13900000000',
      username: `ent${seq}_${Math.floor(Math.random() * 1e6)}`,
      password: PASSWORD,
    });
    if (o.verify !== false) {
      const admin = await as(o.areaCode === '640400' ? 'guyuan' : 'region');
      await admin.enterprises.verify(reg.enterprise.id, {
        status: 'verified',
        srdiVerified: true,
        comment: '核验营业执照与专精特新证书',
      });
    }
    return { client: c, enterprise: reg.enterprise, user: reg.me.user };
  }

  /** A claim of a new verified enterprise (of `o.areaCode`), created in the round and submitted through the API. */
  async function submittedClaim(claim: ClaimInput, o: { areaCode?: string } = {}) {
    const ent = await enterprise(o);
    const d = await ent.client.claims.create({ roundId: round.id, claim });
    return { ...ent, claim: await ent.client.claims.submit(d.id, { version: d.version }) };
  }

  /**
   * Approves a submitted claim at both stages through the API: the city (Yinchuan), then the region
   * (`region` gives the amount it sets, and why). Answers the region's decision.
   */
  async function approve(
    claim: { id: string; version: number },
    region: { amount?: string; amountReason?: string } = {},
  ) {
    const city = await (
      await as('yinchuan')
    ).reviews.decide(claim.id, { decision: 'approve', comment: '材料齐全', version: claim.version });
    return (await as('region')).reviews.decide(claim.id, {
      decision: 'approve',
      comment: '同意',
      ...region,
      version: city.version,
    });
  }

  /** A round of this year open all year for `provisions`, each with a budget of `total`. */
  async function openRound(name: string, provisions: string[], total: string) {
    const [opened] = await database.db
      .insert(fundingRounds)
      .values({
        year,
        name: `${year} ${name}`,
        opensOn: `${year}-01-01`,
        closesOn: `${year}-12-31`,
        provisions,
      })
      .returning();
    await database.db.insert(budgets).values(provisions.map((provision) => ({ provision, year, total })));
    return opened!;
  }

  /** A raw JSON call with a session cookie (or none), for what the typed client does not send. */
  function request(
    cookie: string | undefined,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    return app.request(`http://huiqi.test/api${path}`, {
      method,
      headers: { ...(cookie ? { Cookie: cookie } : {}), 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  return {
    app,
    deps,
    db: database.db,
    round,
    year,
    client,
    as,
    enterprise,
    submittedClaim,
    approve,
    request,
    openRound,
    /** Waits until the sealer has linked every audit row written so far into the chain. */
    sealed: () => sealed(database),
    async close() {
      await database.close();
      await dropDb?.();
    },
  };
}

export type Harness = Awaited<ReturnType<typeof startHarness>>;

/**
 * The harness of a whole test file: started before its first test, closed after its last. The
 * tests use it as they would the harness itself (it forwards to it once started), so a file states
 * once what every route test file otherwise repeats.
 */
export function useHarness(opts: Parameters<typeof startHarness>[0] = {}): Harness {
  let started: Harness | undefined;
  beforeAll(async () => {
    started = await startHarness(opts);
  });
  afterAll(() => started?.close());
  return new Proxy({} as Harness, {
    get(_, key) {
      if (!started) throw new Error('The harness starts before the tests: use it inside a hook or a test.');
      return Reflect.get(started, key) as unknown;
    },
  });
}

/** Awaits a promise that must fail with an API error; returns it. */
export async function failure(
  p: Promise<unknown>,
): Promise<{ status: number; code: string; zh: string; en: string; details?: unknown }> {
  try {
    await p;
  } catch (e) {
    return e as never;
  }
  throw new Error('expected the call to fail');
}
