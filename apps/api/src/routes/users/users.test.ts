import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, users } from '../../db/schema.js';
import { readJson } from '../../test-support/read-json.js';
import { PASSWORD, useHarness } from '../../test-support/harness.js';

const h = useHarness();

const call = async (user: string, method: string, path: string, body?: unknown) =>
  h.request((await h.as(user)).cookie()!, method, path, body);

describe('staff accounts', () => {
  it('the region creates a city admin who can sign in; disabling ends their sessions; all of it audited', async () => {
    const res = await call('region', 'POST', '/users', {
      username: 'wuzhong.reviewer',
      displayName: '吴忠审核员',
      role: 'city-admin',
      areaCode: '640300',
      password: PASSWORD,
    });
    expect(res.status).toBe(201);
    const u = await readJson(res);
    expect(u).toMatchObject({ role: 'city-admin', areaCode: '640300', disabled: false });
    const session = await h.as('wuzhong.reviewer');
    expect((await session.auth.me()).user.areaCode).toBe('640300');
    expect((await call('region', 'POST', `/users/${u.id}/disable`)).status).toBe(200);
    await expect(session.auth.me()).rejects.toMatchObject({ status: 401 });
    expect((await call('region', 'POST', `/users/${u.id}/enable`)).status).toBe(200);
    const trail = await h.db.select().from(auditLog).where(eq(auditLog.targetId, u.id));
    expect(trail.map((r) => r.action)).toEqual([
      'user.created',
      'auth.login',
      'user.disabled',
      'user.enabled',
    ]);
  });

  it('refuses what breaks the rules, with the field to fix', async () => {
    const noArea = await call('region', 'POST', '/users', {
      username: 'nobody.city',
      displayName: 'x',
      role: 'city-admin',
      password: PASSWORD,
    });
    expect(noArea.status).toBe(400);
    expect((await readJson(noArea)).error.zh).toContain('所辖地区');
    expect(
      (
        await call('region', 'POST', '/users', {
          username: 'ent.sneak',
          displayName: 'x',
          role: 'enterprise',
          password: PASSWORD,
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await call('region', 'POST', '/users', {
          username: 'region',
          displayName: 'x',
          role: 'auditor',
          password: PASSWORD,
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await call('region', 'POST', '/users', {
          username: 'weak.one',
          displayName: 'x',
          role: 'auditor',
          password: 'password',
        })
      ).status,
    ).toBe(422);
    const [me] = await h.db.select().from(users).where(eq(users.username, 'region'));
    const self = await call('region', 'POST', `/users/${me!.id}/disable`);
    expect(self.status).toBe(409);
    expect((await readJson(self)).error.zh).toContain('不能停用或启用自己的账号');
    // An enterprise's account is not a staff account: 404, not managed here.
    const e = await h.enterprise();
    expect((await call('region', 'POST', `/users/${e.user.id}/disable`)).status).toBe(404);
    // Auditors read; they do not manage.
    expect((await call('auditor', 'GET', '/users')).status).toBe(200);
    expect(
      (
        await call('auditor', 'POST', '/users', {
          username: 'x.y',
          displayName: 'x',
          role: 'auditor',
          password: PASSWORD,
        })
      ).status,
    ).toBe(403);
  });
});
