import { and, count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, users } from '../db/schema.js';
import { readJson, type Json } from '../test-support/read-json.js';
import { PASSWORD, startHarness, type Harness } from '../test-support/harness.js';

/**
 * Sign-in throttling, in process (PGlite in one pass, PostgreSQL in the other; two processes on one
 * PostgreSQL: throttle-processes.test.ts). Sources are told apart by X-Forwarded-For, which is
 * believed here because TRUST_PROXY_HOPS=1 (as behind one reverse proxy).
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    env: {
      TRUST_PROXY_HOPS: '1',
      LOCKOUT_THRESHOLD: '5',
      ACCOUNT_LOCKOUT_THRESHOLD: '12',
      SOURCE_FAILURE_LIMIT: '40',
    },
  });
});
afterAll(() => h.close());

let nextSource = 1;
const newSource = () => `198.51.100.${nextSource++}`;
const login = (username: string, password: string, source: string) =>
  h.app.request('http://huiqi.test/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-Forwarded-For': source },
    body: JSON.stringify({ username, password }),
  });

/** Verified failures leave one audit row each (refusals before the check leave none): the passwords checked. */
async function checked(username: string): Promise<number> {
  const [u] = await h.db.select().from(users).where(eq(users.username, username));
  const [row] = await h.db
    .select({ n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.targetId, u!.id), inArray(auditLog.action, ['auth.login-failed', 'auth.locked'])));
  return row!.n;
}
async function unlock(username: string) {
  const [u] = await h.db.select().from(users).where(eq(users.username, username));
  await (await h.as('region')).users.unlock(u!.id);
}
const statuses = (rs: Response[]) =>
  rs
    .map((r) => r.status)
    .sort()
    .join(',');

describe('sign-in lockout under concurrency', () => {
  it('30 wrong passwords at once from one source check at most the threshold; then even the right one is refused', async () => {
    const source = newSource();
    const before = await checked('auditor');
    const burst = await Promise.all(
      Array.from({ length: 30 }, () => login('auditor', 'Wrong#Guess2026', source)),
    );
    const n = (await checked('auditor')) - before;
    console.log(
      `[security] 30-way burst, one source: ${n} passwords checked (limit 5); answers ${statuses(burst)}`,
    );
    expect(n).toBeLessThanOrEqual(5);
    expect(burst.filter((r) => r.status === 401).length).toBeLessThanOrEqual(4);
    expect(burst.every((r) => [401, 423].includes(r.status))).toBe(true);
    const right = await login('auditor', PASSWORD, source);
    expect(right.status).toBe(423);
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
    await unlock('auditor');
  });

  it('30 wrong passwords at once from 30 sources check at most the account threshold and lock the account for everyone', async () => {
    const before = await checked('auditor');
    const burst = await Promise.all(
      Array.from({ length: 30 }, () => login('auditor', 'Wrong#Guess2026', newSource())),
    );
    const n = (await checked('auditor')) - before;
    console.log(
      `[security] 30-way burst, 30 sources: ${n} passwords checked (account limit 12); answers ${statuses(burst)}`,
    );
    expect(n).toBeLessThanOrEqual(12);
    expect((await login('auditor', PASSWORD, newSource())).status).toBe(423);
    const [u] = await h.db.select().from(users).where(eq(users.username, 'auditor'));
    expect(u!.lockedUntil).not.toBeNull();
    await unlock('auditor');
    expect((await login('auditor', PASSWORD, newSource())).status).toBe(200);
  });
});

describe('an attacker cannot turn the lockout against an administrator', () => {
  it('failures from one source lock that source out of the account; the administrator signs in from elsewhere', async () => {
    const attacker = newSource();
    for (let i = 0; i < 8; i++) await login('region', 'Wrong#Guess2026', attacker);
    expect((await login('region', PASSWORD, attacker)).status).toBe(423);
    expect((await login('region', PASSWORD, newSource())).status).toBe(200);
  });

  it("an administrator's unlock lifts every source's lock and is in the audit trail", async () => {
    const source = newSource();
    for (let i = 0; i < 5; i++) await login('guyuan', 'Wrong#Guess2026', source);
    expect((await login('guyuan', PASSWORD, source)).status).toBe(423);
    const [u] = await h.db.select().from(users).where(eq(users.username, 'guyuan'));
    const region = await h.as('region');
    const res = await region.users.unlock(u!.id);
    expect(res).toMatchObject({ username: 'guyuan', lockedUntil: null });
    expect((await login('guyuan', PASSWORD, source)).status).toBe(200);
    const trail = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'user.unlocked'), eq(auditLog.targetId, u!.id)));
    expect(trail).toHaveLength(1);
  });

  it('only a region administrator unlocks, and never their own account', async () => {
    const [u] = await h.db.select().from(users).where(eq(users.username, 'region'));
    const region = await h.as('region');
    await expect(region.users.unlock(u!.id)).rejects.toMatchObject({
      status: 409,
      code: 'CANNOT_CHANGE_SELF',
    });
    await expect((await h.as('yinchuan')).users.unlock(u!.id)).rejects.toMatchObject({ status: 403 });
  });
});

describe('failed sign-ins per source, to any accounts', () => {
  it('credential stuffing from one source is refused with 429 after SOURCE_FAILURE_LIMIT failures', async () => {
    const source = newSource();
    const answers: number[] = [];
    for (let i = 0; i < 40; i++) answers.push((await login(`victim${i}`, 'Wrong#Guess2026', source)).status);
    expect(new Set(answers)).toEqual(new Set([401]));
    const res = await login('victim99', 'Wrong#Guess2026', source);
    expect(res.status).toBe(429);
    expect((await readJson(res)).error.code).toBe('TOO_MANY_REQUESTS');
    // The right password of a real account from that source is refused too (the source is blocked, not the account).
    expect((await login('agency', PASSWORD, source)).status).toBe(429);
    expect((await login('agency', PASSWORD, newSource())).status).toBe(200);
  });
});

describe('unknown names answer exactly like accounts', () => {
  /** The body with the moment of the answer taken out (a lock says until when). */
  const shape = async (r: Response) => {
    const body = (await readJson(r)) as Json;
    return JSON.stringify({ status: r.status, retryAfter: r.headers.has('retry-after'), body })
      .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'T')
      .replace(/\d{4}\/\d+\/\d+ \d+:\d+:\d+/g, 'T')
      .replace(/"retryAfterSeconds":\d+/g, '"retryAfterSeconds":N')
      .replace(/约 \d+ (分钟|秒)/g, '约 N')
      .replace(/about \d+ (min|s)/g, 'about N');
  };

  it('the same statuses and bodies, wrong password after wrong password until the lock and after it', async () => {
    const known: string[] = [];
    const unknown: string[] = [];
    const a = newSource();
    const b = newSource();
    for (let i = 0; i < 7; i++) {
      known.push(await shape(await login('yinchuan', 'Wrong#Guess2026', a)));
      unknown.push(await shape(await login('no.such.person', 'Wrong#Guess2026', b)));
    }
    expect(unknown).toEqual(known);
    expect(known[0]).toContain('"status":401');
    expect(known[6]).toContain('"status":423');
    await unlock('yinchuan');
  });

  it('the same work: a dummy argon2 verification (durations printed, not asserted)', async () => {
    const time = async (username: string) => {
      const started = performance.now();
      await login(username, 'Wrong#Guess2026', newSource());
      return performance.now() - started;
    };
    const k: number[] = [];
    const u: number[] = [];
    for (let i = 0; i < 6; i++) {
      k.push(await time('agency'));
      u.push(await time(`ghost${i}`));
    }
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!.toFixed(1);
    console.log(
      `[security] wrong password, median ms: existing account ${median(k)}, unknown name ${median(u)}`,
    );
    await unlock('agency');
  });
});

describe('rate limits: 429, Retry-After and the error in both languages', () => {
  let limited: Harness;
  beforeAll(async () => {
    limited = await startHarness({
      env: {
        TRUST_PROXY_HOPS: '1',
        RATE_LOGIN_PER_MINUTE: '5',
        RATE_REGISTER_PER_HOUR: '2',
        RATE_ASSESS_PER_MINUTE: '3',
        RATE_PASSWORD_PER_HOUR: '2',
      },
    });
  });
  afterAll(() => limited.close());

  const post = (path: string, body: unknown, source: string, cookie?: string) =>
    limited.app.request(`http://huiqi.test/api${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'X-Forwarded-For': source,
        ...(cookie ? { Cookie: cookie } : {}),
      },
      body: JSON.stringify(body),
    });
  async function expectTooMany(res: Response) {
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    const { error } = (await readJson(res)) as Json;
    expect(error).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(error.zh).toContain('请求过于频繁');
    expect(error.en).toContain('Too many requests');
  }

  it('sign-in requests per source: the 6th in a minute is refused, whatever the password; another source is not', async () => {
    const source = '203.0.113.10';
    const answers = [];
    for (let i = 0; i < 5; i++)
      answers.push((await post('/auth/login', { username: 'region', password: PASSWORD }, source)).status);
    expect(answers).toEqual([200, 200, 200, 200, 200]);
    await expectTooMany(await post('/auth/login', { username: 'region', password: PASSWORD }, source));
    expect(
      (await post('/auth/login', { username: 'region', password: PASSWORD }, '203.0.113.11')).status,
    ).toBe(200);
  });

  it('registrations per source per hour', async () => {
    const { creditCodeCheckChar } = await import('@huiqi/domain');
    const reg = (i: number) => {
      const first17 = `9164010000000${String(7000 + i)}`;
      return post(
        '/enterprises',
        {
          creditCode: first17 + creditCodeCheckChar(first17),
          name: `限流测试${i}有限公司`,
          areaCode: '640100',
          industry: 'new-materials',
          srdiLevel: 'provincial',
          contactName: '张三',
          contactPhone: '13900000000',
          username: `rate${i}`,
          password: PASSWORD,
        },
        '203.0.113.30',
      );
    };
    expect((await reg(1)).status).toBe(201);
    expect((await reg(2)).status).toBe(201);
    await expectTooMany(await reg(3));
  });

  it('the public calculator per source per minute', async () => {
    const claim = { claim: { provision: 'M7.5', evaluationFeePaid: '1000.00' } };
    for (let i = 0; i < 3; i++) expect((await post('/assess', claim, '203.0.113.40')).status).toBe(200);
    await expectTooMany(await post('/assess', claim, '203.0.113.40'));
  });

  it('password changes per user per hour', async () => {
    const c = await limited.as('auditor');
    for (let i = 0; i < 2; i++)
      expect(
        (
          await post(
            '/auth/password',
            { currentPassword: 'Not#TheOne2026', newPassword: 'Another#Pass2026' },
            '203.0.113.50',
            c.cookie(),
          )
        ).status,
      ).toBe(422);
    await expectTooMany(
      await post(
        '/auth/password',
        { currentPassword: PASSWORD, newPassword: 'Another#Pass2026' },
        '203.0.113.51',
        c.cookie(),
      ),
    );
  });

  it('a flood from one source is refused cheaply (requests/s printed, not asserted) and others still sign in', async () => {
    const source = '203.0.113.60';
    const n = 300;
    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: n }, () =>
        post('/auth/login', { username: 'region', password: 'Wrong#Guess2026' }, source),
      ),
    );
    const seconds = (performance.now() - started) / 1000;
    const refused = answers.filter((r) => r.status === 429).length;
    console.log(
      `[security] login flood from one source: ${n} requests in ${seconds.toFixed(2)} s (${Math.round(n / seconds)} req/s), ${refused} refused with 429`,
    );
    expect(refused).toBeGreaterThanOrEqual(n - 5);
    expect(
      (await post('/auth/login', { username: 'region', password: PASSWORD }, '203.0.113.61')).status,
    ).toBe(200);
  });
});
