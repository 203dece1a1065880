import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../db/schema.js';
import { loadEnv } from '../env.js';
import { trustedOrigin } from '../middleware/origin-check.js';
import { readJson } from '../test-support/read-json.js';
import { PASSWORD, startHarness, type Harness } from '../test-support/harness.js';

/** CSRF by configured origin (never the Host header), sessions that honour any idle limit, Secure cookies in production. */
let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    env: {
      PUBLIC_ORIGIN: 'https://huiqi.nx.example',
      ALLOWED_ORIGINS: 'https://backup.nx.example',
      SESSION_IDLE_MINUTES: '1',
    },
  });
});
afterAll(() => h.close());

const login = (url: string, headers: Record<string, string>) =>
  h.app.request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ username: 'region', password: PASSWORD }),
  });

describe('CSRF: Origin against PUBLIC_ORIGIN and ALLOWED_ORIGINS, never Host', () => {
  it('a DNS-rebinding page (Host and Origin both its own name) is refused', async () => {
    const res = await login('http://rebind.evil.example/api/auth/login', {
      Host: 'rebind.evil.example',
      Origin: 'http://rebind.evil.example',
    });
    expect(res.status).toBe(403);
    expect((await readJson(res)).error).toMatchObject({ code: 'CSRF_REJECTED' });
  });

  it('the public origin and the configured ones are accepted, whatever Host says', async () => {
    expect(
      (await login('http://10.0.0.5:8080/api/auth/login', { Origin: 'https://huiqi.nx.example' })).status,
    ).toBe(200);
    expect(
      (await login('http://10.0.0.5:8080/api/auth/login', { Origin: 'https://backup.nx.example' })).status,
    ).toBe(200);
  });

  it("with PUBLIC_ORIGIN set, even this machine's other origins are refused", async () => {
    expect(
      (await login('http://127.0.0.1:8080/api/auth/login', { Origin: 'http://127.0.0.1:8080' })).status,
    ).toBe(403);
  });

  it('without PUBLIC_ORIGIN the origin comes from HOST and PORT; loopback origins are trusted only in development', () => {
    const dev = loadEnv({ HOST: '127.0.0.1', PORT: '8090' });
    expect(dev.PUBLIC_ORIGIN).toBe('http://127.0.0.1:8090');
    expect(trustedOrigin('http://127.0.0.1:8090', dev)).toBe(true);
    expect(trustedOrigin('http://localhost:5173', dev)).toBe(true); // an app's Vite server
    expect(trustedOrigin('http://evil.example:8090', dev)).toBe(false);
    // Production names its origin (start-up refuses without it): other loopback ports are not trusted.
    const prod = loadEnv({
      NODE_ENV: 'production',
      HOST: '0.0.0.0',
      PORT: '8090',
      PUBLIC_ORIGIN: 'http://localhost:8090',
      HUIQI_DATA_DIR: '/var/lib/huiqi',
    });
    expect(prod.PUBLIC_ORIGIN).toBe('http://localhost:8090');
    expect(trustedOrigin('http://localhost:5173', prod)).toBe(false);
    expect(loadEnv({ PUBLIC_ORIGIN: 'https://huiqi.nx.example/portal/' }).PUBLIC_ORIGIN).toBe(
      'https://huiqi.nx.example',
    );
    expect(() => loadEnv({ PUBLIC_ORIGIN: 'huiqi.nx.example' })).toThrow(/PUBLIC_ORIGIN/);
  });
});

describe('session activity honours the idle limit at any setting', () => {
  it('a 1-minute idle limit: a session used every 55 s never ends', async () => {
    const c = await h.as('yinchuan');
    const [{ id } = { id: '' }] = await h.db
      .select({ id: sessions.id })
      .from(sessions)
      .orderBy(sql`${sessions.createdAt} desc`)
      .limit(1);
    for (let i = 0; i < 4; i++) {
      // 55 s pass: the recorded activity moves that far into the past.
      await h.db
        .update(sessions)
        .set({ lastSeenAt: sql`${sessions.lastSeenAt} - interval '55 seconds'` })
        .where(eq(sessions.id, id));
      expect((await c.auth.me()).user.username).toBe('yinchuan');
    }
  });

  it('and one left alone for over a minute ends', async () => {
    const c = await h.as('guyuan');
    const [{ id } = { id: '' }] = await h.db
      .select({ id: sessions.id })
      .from(sessions)
      .orderBy(sql`${sessions.createdAt} desc`)
      .limit(1);
    await h.db
      .update(sessions)
      .set({ lastSeenAt: sql`${sessions.lastSeenAt} - interval '61 seconds'` })
      .where(eq(sessions.id, id));
    await expect(c.auth.me()).rejects.toMatchObject({ status: 401 });
  });
});

describe('cookies', () => {
  it('are Secure by default under NODE_ENV=production, and not in development unless asked', async () => {
    const production = {
      NODE_ENV: 'production',
      PUBLIC_ORIGIN: 'https://huiqi.nx.example',
      HUIQI_DATA_DIR: '/var/lib/huiqi',
    };
    expect(loadEnv(production).COOKIE_SECURE).toBe(true);
    expect(loadEnv({ ...production, COOKIE_SECURE: 'false' }).COOKIE_SECURE).toBe(false);
    expect(loadEnv({}).COOKIE_SECURE).toBe(false);
    const prod = await startHarness({
      env: { NODE_ENV: 'production', PUBLIC_ORIGIN: 'https://huiqi.nx.example' },
    });
    try {
      const res = await prod.app.request('https://huiqi.nx.example/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'region', password: PASSWORD }),
      });
      expect(res.headers.get('set-cookie')).toMatch(/; Secure/);
    } finally {
      await prod.close();
    }
  });
});
