import { readJson } from '../../test-support/read-json.js';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { sessions, users } from '../../db/schema.js';
import { failure, PASSWORD, useHarness } from '../../test-support/harness.js';

const h = useHarness();

describe('auth', () => {
  it('signs in with an HttpOnly SameSite cookie and says who and until when', async () => {
    const res = await h.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'region', password: PASSWORD }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/huiqi_session=[\w-]{43}/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const body = await readJson(res);
    expect(body.user).toMatchObject({ username: 'region', role: 'region-admin' });
    // The token is stored hashed: no row holds it.
    const token = cookie.split(';')[0]!.split('=')[1]!;
    const rows = await h.db.select().from(sessions);
    expect(rows.some((r) => r.tokenHash === token)).toBe(false);
  });

  it('refuses a wrong password with 401 and an unknown user the same way', async () => {
    expect(await failure(h.client().auth.login({ username: 'region', password: 'nope' }))).toMatchObject({
      status: 401,
      code: 'INVALID_CREDENTIALS',
    });
    expect(await failure(h.client().auth.login({ username: 'ghost', password: 'nope' }))).toMatchObject({
      status: 401,
      code: 'INVALID_CREDENTIALS',
    });
  });

  it('locks an account after 5 failures, even against the right password, until an administrator unlocks it', async () => {
    for (let i = 0; i < 4; i++)
      await failure(h.client().auth.login({ username: 'auditor', password: 'wrong' }));
    expect(await failure(h.client().auth.login({ username: 'auditor', password: 'wrong' }))).toMatchObject({
      status: 423,
      code: 'ACCOUNT_LOCKED',
    });
    const locked = await failure(h.client().auth.login({ username: 'auditor', password: PASSWORD }));
    expect(locked).toMatchObject({ status: 423, code: 'ACCOUNT_LOCKED' });
    expect(locked.zh).toContain('解锁');
    const [auditor] = await h.db.select().from(users).where(eq(users.username, 'auditor'));
    await (await h.as('region')).users.unlock(auditor!.id);
    expect((await h.as('auditor')).cookie()).toBeTruthy();
  });

  it('logout revokes the session on the server', async () => {
    const c = await h.as('yinchuan');
    const stolen = c.cookie()!;
    await c.auth.logout();
    const res = await h.app.request('/api/auth/me', { headers: { Cookie: stolen } });
    expect(res.status).toBe(401);
  });

  it('a session idle too long is no session', async () => {
    const c = await h.as('guyuan');
    expect((await c.auth.me()).user.username).toBe('guyuan');
    await h.db.update(sessions).set({ lastSeenAt: new Date(Date.now() - 31 * 60_000).toISOString() });
    expect(await failure(c.auth.me())).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('a session past its absolute lifetime is no session', async () => {
    const c = await h.as('guyuan');
    await h.db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000).toISOString() });
    expect(await failure(c.auth.me())).toMatchObject({ status: 401 });
  });

  it('refuses a state-changing request from another origin (CSRF)', async () => {
    const res = await h.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', Origin: 'https://evil.example' },
      body: JSON.stringify({ username: 'region', password: PASSWORD }),
    });
    expect(res.status).toBe(403);
    expect((await readJson(res)).error.code).toBe('CSRF_REJECTED');
  });

  it('sends security headers and no-store on API responses', async () => {
    const res = await h.app.request('/api/health');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('changing the password enforces the rules and revokes other sessions', async () => {
    const a = await h.as('yinchuan');
    const b = await h.as('yinchuan');
    expect(
      await failure(a.auth.changePassword({ currentPassword: PASSWORD, newPassword: 'password1' })),
    ).toMatchObject({ status: 422, code: 'WEAK_PASSWORD' });
    await a.auth.changePassword({ currentPassword: PASSWORD, newPassword: 'Another#Pass2026' });
    expect(await failure(b.auth.me())).toMatchObject({ status: 401 });
    expect((await a.auth.me()).user.username).toBe('yinchuan');
    await a.auth.changePassword({ currentPassword: 'Another#Pass2026', newPassword: PASSWORD });
  });
});
