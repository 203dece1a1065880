import { endpoints } from '@huiqi/contracts';
import { and, eq, isNull, ne } from 'drizzle-orm';
import { deleteCookie } from 'hono/cookie';
import { withTx } from '../../db/client.js';
import { sessions, users } from '../../db/schema.js';
import { ApiError } from '../../lib/api-error.js';
import { audit } from '../../lib/audit.js';
import { auditBy } from '../../lib/audit-by.js';
import { publicUser, type SessionUser } from '../../lib/context.js';
import { serve, type AppRouteHandler } from '../../lib/endpoints.js';
import { hashPassword, assertStrongPassword, verifyPassword } from '../../lib/passwords.js';
import { tooManyRequests } from '../../lib/rate-limits.js';
import { sessionTimes, startSession } from '../../lib/sessions.js';
import { SESSION_COOKIE } from '../../middleware/session.js';
import { signIn } from './sign-in.js';

const api = endpoints.auth;

const login: AppRouteHandler<typeof api.login> = async (c) => {
  const { username, password } = c.req.valid('json');
  const user = await signIn(c, username, password);
  const { lastSeenAt, expiresAt } = await withTx(c.get('deps').db, async (tx) => {
    await audit(tx, {
      actorId: user.id,
      actorRole: user.role,
      action: 'auth.login',
      targetType: 'user',
      targetId: user.id,
      requestId: c.get('requestId'),
    });
    return startSession(tx, c, user.id);
  });
  const u: SessionUser = { ...user };
  c.set('user', u);
  return c.json({ user: publicUser(u), session: sessionTimes(c, lastSeenAt, expiresAt) }, 200);
};

const logout: AppRouteHandler<typeof api.logout> = async (c) => {
  const session = c.get('session');
  const user = c.get('user');
  if (session && user) {
    const { db } = c.get('deps');
    await withTx(db, async (tx) => {
      await tx
        .update(sessions)
        .set({ revokedAt: new Date().toISOString() })
        .where(eq(sessions.id, session.id));
      await auditBy(c, tx, { action: 'auth.logout', targetType: 'user', targetId: user.id });
    });
  }
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: c.get('deps').env.COOKIE_SECURE });
  return c.json({ ok: true as const }, 200);
};

const me: AppRouteHandler<typeof api.me> = async (c) => {
  const user = c.get('user');
  const s = c.get('session')!;
  return c.json({ user: publicUser(user), session: sessionTimes(c, s.lastSeenAt, s.expiresAt) }, 200);
};

const changePassword: AppRouteHandler<typeof api.changePassword> = async (c) => {
  const user = c.get('user');
  const { db, env } = c.get('deps');
  const { currentPassword, newPassword } = c.req.valid('json');
  const allowed = await c.get('limits').passwordChange.take(user.id);
  if (!allowed.ok) throw tooManyRequests(allowed.retryAfterSeconds);
  const [row] = await db.select().from(users).where(eq(users.id, user.id));
  if (!row || !(await verifyPassword(row.passwordHash, currentPassword))) {
    throw new ApiError(422, 'WRONG_PASSWORD', '当前密码不正确。', 'The current password is wrong.');
  }
  assertStrongPassword(newPassword, env, user.username);
  const hash = await hashPassword(newPassword);
  const session = c.get('session')!;
  await withTx(db, async (tx) => {
    await tx.update(users).set({ passwordHash: hash }).where(eq(users.id, user.id));
    await tx
      .update(sessions)
      .set({ revokedAt: new Date().toISOString() })
      .where(and(eq(sessions.userId, user.id), ne(sessions.id, session.id), isNull(sessions.revokedAt)));
    await auditBy(c, tx, {
      action: 'auth.password-changed',
      targetType: 'user',
      targetId: user.id,
    });
  });
  return c.json({ ok: true as const }, 200);
};

export const authRoutes = serve(api, { login, logout, me, changePassword });
