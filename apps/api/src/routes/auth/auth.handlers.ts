import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { deleteCookie } from 'hono/cookie';
import { withTx } from '../../db/client.js';
import { sessions, users } from '../../db/schema.js';
import { ApiError } from '../../lib/api-error.js';
import { audit } from '../../lib/audit.js';
import { actorOf, requireUser, type SessionUser } from '../../lib/context.js';
import { router } from '../../lib/openapi.js';
import { dummyHash, hashPassword, assertStrongPassword, verifyPassword } from '../../lib/passwords.js';
import { sessionTimes, startSession } from '../../lib/sessions.js';
import { SESSION_COOKIE } from '../../middleware/session.js';
import { changePassword, login, logout, me } from './auth.routes.js';

const badCredentials = () => new ApiError(401, 'INVALID_CREDENTIALS', '用户名或密码错误。', 'Wrong username or password.');

export function publicUser(u: SessionUser): SessionUser {
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, enterpriseId: u.enterpriseId, agencyId: u.agencyId, areaCode: u.areaCode, agencyAdmin: u.agencyAdmin };
}

export const authRoutes = router()
  .openapi(login, async (c) => {
    const { db, env } = c.get('deps');
    const { username, password } = c.req.valid('json');
    const [user] = await db.select().from(users).where(sql`lower(${users.username}) = lower(${username})`);
    const requestId = c.get('requestId');
    if (!user) {
      await verifyPassword(await dummyHash(), password); // same work as a real check: no user enumeration by timing
      await withTx(db, (tx) => audit(tx, { actorId: null, actorRole: null, action: 'auth.login-failed', targetType: 'user', targetId: null, after: { username }, requestId }));
      throw badCredentials();
    }
    const now = new Date();
    if (user.lockedUntil && new Date(user.lockedUntil) > now) {
      await withTx(db, (tx) => audit(tx, { actorId: user.id, actorRole: user.role, action: 'auth.login-locked', targetType: 'user', targetId: user.id, requestId }));
      throw new ApiError(
        423,
        'ACCOUNT_LOCKED',
        `登录失败次数过多，账号已锁定至 ${new Date(user.lockedUntil).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}。`,
        `Too many failed attempts: the account is locked until ${user.lockedUntil}.`,
        { lockedUntil: user.lockedUntil },
      );
    }
    const ok = !user.disabled && (await verifyPassword(user.passwordHash, password));
    if (!ok) {
      const failures = user.failedLogins + 1;
      const lock = failures >= env.LOCKOUT_THRESHOLD ? new Date(now.getTime() + env.LOCKOUT_MINUTES * 60_000).toISOString() : null;
      await withTx(db, async (tx) => {
        await tx.update(users).set({ failedLogins: lock ? 0 : failures, lockedUntil: lock }).where(eq(users.id, user.id));
        await audit(tx, { actorId: user.id, actorRole: user.role, action: lock ? 'auth.locked' : 'auth.login-failed', targetType: 'user', targetId: user.id, after: { failures }, requestId });
      });
      if (lock) {
        throw new ApiError(423, 'ACCOUNT_LOCKED', `连续 ${failures} 次登录失败，账号锁定 ${env.LOCKOUT_MINUTES} 分钟。`, `${failures} failed attempts: the account is locked for ${env.LOCKOUT_MINUTES} minutes.`, { lockedUntil: lock });
      }
      throw badCredentials();
    }
    const { lastSeenAt, expiresAt } = await withTx(db, async (tx) => {
      await tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
      await audit(tx, { actorId: user.id, actorRole: user.role, action: 'auth.login', targetType: 'user', targetId: user.id, requestId });
      return startSession(tx, c, user.id);
    });
    const u: SessionUser = { ...user };
    c.set('user', u);
    return c.json({ user: publicUser(u), session: sessionTimes(c, lastSeenAt, expiresAt) }, 200);
  })
  .openapi(logout, async (c) => {
    const session = c.get('session');
    const user = c.get('user');
    if (session && user) {
      const { db } = c.get('deps');
      await withTx(db, async (tx) => {
        await tx.update(sessions).set({ revokedAt: new Date().toISOString() }).where(eq(sessions.id, session.id));
        await audit(tx, { ...actorOf(c), action: 'auth.logout', targetType: 'user', targetId: user.id });
      });
    }
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ ok: true as const }, 200);
  })
  .openapi(me, async (c) => {
    const user = requireUser(c);
    const s = c.get('session')!;
    return c.json({ user: publicUser(user), session: sessionTimes(c, s.lastSeenAt, s.expiresAt) }, 200);
  })
  .openapi(changePassword, async (c) => {
    const user = requireUser(c);
    const { db, env } = c.get('deps');
    const { currentPassword, newPassword } = c.req.valid('json');
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    if (!row || !(await verifyPassword(row.passwordHash, currentPassword))) {
      throw new ApiError(422, 'WRONG_PASSWORD', '当前密码不正确。', 'The current password is wrong.');
    }
    assertStrongPassword(newPassword, env, user.username);
    const hash = await hashPassword(newPassword);
    const session = c.get('session')!;
    await withTx(db, async (tx) => {
      await tx.update(users).set({ passwordHash: hash }).where(eq(users.id, user.id));
      await tx.update(sessions).set({ revokedAt: new Date().toISOString() }).where(and(eq(sessions.userId, user.id), ne(sessions.id, session.id), isNull(sessions.revokedAt)));
      await audit(tx, { ...actorOf(c), action: 'auth.password-changed', targetType: 'user', targetId: user.id });
    });
    return c.json({ ok: true as const }, 200);
  });
