import { and, count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, users } from '../db/schema.js';
import { startApiProcesses, type ApiProcesses } from '../test-support/api-processes.js';

/**
 * The throttles hold across processes: two API processes on one PostgreSQL (in both passes of the
 * suite — PGlite serves one process, so this is PostgreSQL's case) share the counts, so a burst
 * spread over both checks no more passwords and passes no more requests than one process would.
 */
let p: ApiProcesses;
beforeAll(async () => {
  p = await startApiProcesses(2, {
    TRUST_PROXY_HOPS: '1',
    RATE_LOGIN_PER_MINUTE: '40',
    SOURCE_FAILURE_LIMIT: '1000',
    LOCKOUT_THRESHOLD: '5',
    ACCOUNT_LOCKOUT_THRESHOLD: '20',
  });
}, 120_000);
afterAll(() => p?.stop());

const login = (i: number, username: string, password: string, source: string) =>
  fetch(`${p.bases[i % p.bases.length]}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-Forwarded-For': source },
    body: JSON.stringify({ username, password }),
  });

async function checked(username: string): Promise<number> {
  const [u] = await p.db.select().from(users).where(eq(users.username, username));
  const [row] = await p.db
    .select({ n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.targetId, u!.id), inArray(auditLog.action, ['auth.login-failed', 'auth.locked'])));
  return row!.n;
}
const tally = (rs: Response[]) =>
  Object.entries(
    rs.reduce<Record<number, number>>((t, r) => ({ ...t, [r.status]: (t[r.status] ?? 0) + 1 }), {}),
  )
    .map(([s, n]) => `${n}×${s}`)
    .join(' ');

describe('throttles shared by two API processes on one PostgreSQL', () => {
  it('30 wrong passwords at once from one source, over both processes: at most 5 checked, then the right one is refused', async () => {
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, i) => login(i, 'region.admin', 'Wrong#Guess2026', '192.0.2.1')),
    );
    const n = await checked('region.admin');
    console.log(
      `[security] two processes, 30-way burst from one source: ${n} passwords checked (limit 5); ${tally(burst)}`,
    );
    expect(n).toBeLessThanOrEqual(5);
    expect(burst.filter((r) => r.status === 401).length).toBeLessThanOrEqual(4);
    expect((await login(0, 'region.admin', p.password, '192.0.2.1')).status).toBe(423);
    expect((await login(1, 'region.admin', p.password, '192.0.2.1')).status).toBe(423);
    // The administrator, elsewhere, is not locked out.
    expect((await login(1, 'region.admin', p.password, '192.0.2.2')).status).toBe(200);
  });

  it('30 wrong passwords at once from 30 sources, over both processes: at most the account threshold (20) checked', async () => {
    const before = await checked('yinchuan.admin');
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        login(i, 'yinchuan.admin', 'Wrong#Guess2026', `192.0.2.${100 + i}`),
      ),
    );
    const n = (await checked('yinchuan.admin')) - before;
    console.log(
      `[security] two processes, 30-way burst from 30 sources: ${n} passwords checked (account limit 20); ${tally(burst)}`,
    );
    expect(n).toBeLessThanOrEqual(20);
    expect((await login(0, 'yinchuan.admin', p.password, '192.0.2.250')).status).toBe(423);
  });

  it('the sign-in rate per source is one count over both processes: 50 requests, exactly 40 served', async () => {
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => login(i, `someone${i}`, 'Wrong#Guess2026', '192.0.2.77')),
    );
    console.log(
      `[security] two processes, 50 sign-ins from one source at a limit of 40/min: ${tally(answers)}`,
    );
    expect(answers.filter((r) => r.status === 401).length).toBe(40);
    expect(answers.filter((r) => r.status === 429).length).toBe(10);
    expect(answers.find((r) => r.status === 429)!.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});
