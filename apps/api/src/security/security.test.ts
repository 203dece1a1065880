import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { claims, attachments, sessions } from '../db/schema.js';
import { readJson } from '../test-support/read-json.js';
import { PASSWORD, useHarness } from '../test-support/harness.js';

/**
 * Intruders' usual moves, each refused: a session planted before sign-in, a forged token, a
 * session used after logout, bodies too large, a path in an upload's name. (Lockout, CSRF by
 * Origin, idle and absolute expiry: auth.test.ts; formula injection in exports: imports.test.ts
 * and lib/spreadsheet.test.ts; every role × route: authorization-matrix.test.ts.)
 */
const h = useHarness({ env: { MAX_UPLOAD_MB: '1', MAX_JSON_KB: '8' } });

const login = (cookie?: string) =>
  h.app.request('http://huiqi.test/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
    body: JSON.stringify({ username: 'region', password: PASSWORD }),
  });

describe('sessions', () => {
  it('session fixation: a token planted before sign-in is never adopted; sign-in issues a new one', async () => {
    const planted = 'huiqi_session=attacker-chosen-token-0123456789abcdef';
    const res = await login(planted);
    const issued = res.headers.get('set-cookie')!.split(';')[0]!;
    expect(issued).not.toBe(planted);
    expect(
      (await h.app.request('http://huiqi.test/api/auth/me', { headers: { Cookie: planted } })).status,
    ).toBe(401);
    expect(
      (await h.app.request('http://huiqi.test/api/auth/me', { headers: { Cookie: issued } })).status,
    ).toBe(200);
  });

  it('a forged or truncated token is no session', async () => {
    const issued = (await login()).headers.get('set-cookie')!.split(';')[0]!;
    for (const bad of [
      issued.slice(0, -1),
      `${issued}x`,
      issued.replace(/=.*/, '=' + 'A'.repeat(43)),
      'huiqi_session=',
      'huiqi_session=../../etc/passwd',
    ]) {
      expect(
        (await h.app.request('http://huiqi.test/api/auth/me', { headers: { Cookie: bad } })).status,
        bad,
      ).toBe(401);
    }
  });

  it('a revoked session stays revoked: replaying its cookie after logout is refused', async () => {
    const issued = (await login()).headers.get('set-cookie')!.split(';')[0]!;
    await h.app.request('http://huiqi.test/api/auth/logout', { method: 'POST', headers: { Cookie: issued } });
    expect(
      (
        await h.app.request('http://huiqi.test/api/rounds', {
          method: 'POST',
          headers: { Cookie: issued, 'content-type': 'application/json' },
          body: '{}',
        })
      ).status,
    ).toBe(401);
    const [{ n } = { n: 0 }] = await h.db.select({ n: count() }).from(sessions);
    expect(n).toBeGreaterThan(0); // revoked, not deleted: the trail keeps it
  });
});

describe('bodies and files', () => {
  it('an oversized JSON body is refused with 413 before it is read, and nothing is written', async () => {
    const { client } = await h.enterprise();
    const before = (await h.db.select({ n: count() }).from(claims))[0]!.n;
    const huge = JSON.stringify({
      roundId: h.round.id,
      claim: { provision: 'M7.5', evaluationFeePaid: '1.00', padding: 'x'.repeat(20_000) },
    });
    const res = await h.app.request('http://huiqi.test/api/claims', {
      method: 'POST',
      headers: { Cookie: client.cookie()!, 'content-type': 'application/json' },
      body: huge,
    });
    expect(res.status).toBe(413);
    expect((await readJson(res)).error.zh).toContain('请求体');
    expect((await h.db.select({ n: count() }).from(claims))[0]!.n).toBe(before);
  });

  it('an upload over the limit is refused with 413 and stores nothing; a path in its name never reaches the disk', async () => {
    const { client } = await h.enterprise();
    const draft = await client.claims.create({
      roundId: h.round.id,
      claim: { provision: 'M7.5', evaluationFeePaid: '100.00' },
    });
    const send = (name: string, data: Uint8Array) => {
      const form = new FormData();
      form.set('file', new File([Buffer.from(data)], name));
      return h.app.request(`http://huiqi.test/api/claims/${draft.id}/attachments`, {
        method: 'POST',
        headers: { Cookie: client.cookie()! },
        body: form,
      });
    };
    const big = new Uint8Array(1.5 * 1024 * 1024);
    big.set(new TextEncoder().encode('%PDF-1.7\n'));
    expect((await send('big.pdf', big)).status).toBe(413);
    expect(
      (await h.db.select({ n: count() }).from(attachments).where(eq(attachments.claimId, draft.id)))[0]!.n,
    ).toBe(0);

    const res = await send('../../../../etc/cron.d/evil.pdf', new TextEncoder().encode('%PDF-1.7\n%%EOF\n'));
    expect(res.status).toBe(201);
    const saved = await readJson(res);
    expect(saved.filename).toBe('evil.pdf');
    const download = await h.app.request(`http://huiqi.test/api/attachments/${saved.id}`, {
      headers: { Cookie: client.cookie()! },
    });
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="evil.pdf"/);
  });
});
