import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { and, eq, isNull } from 'drizzle-orm';
import { ph, prepared } from '../db/prepared.js';
import { sessions, users } from '../db/schema.js';
import { publicUser, type AppEnv } from '../lib/context.js';
import { tokenHash } from '../lib/tokens.js';

import { SESSION_COOKIE } from '../lib/sessions.js';

export { SESSION_COOKIE };

/**
 * Loads the user behind the session cookie. A session past its idle timeout or its absolute
 * lifetime, revoked, or of a disabled user is no session. Activity slides the idle window. It is
 * written at most once per 1/20 of the idle limit (and at most once a minute), so a session used
 * within its limit never ends early by more than 5 % of it — at any setting, a 1-minute limit
 * included — while a busy user still costs one write a minute, not one per request.
 */
/**
 * Every signed-in request's first query, built once (prepared.ts): only the columns a request
 * uses (not the password hash, the login counters), so each answer carries and maps fewer.
 */
const sessionOf = prepared((db) =>
  db
    .select({
      session: { id: sessions.id, lastSeenAt: sessions.lastSeenAt, expiresAt: sessions.expiresAt },
      user: {
        id: users.id,
        username: users.username,
        displayName: users.displayName,
        role: users.role,
        enterpriseId: users.enterpriseId,
        agencyId: users.agencyId,
        areaCode: users.areaCode,
        agencyAdmin: users.agencyAdmin,
        disabled: users.disabled,
      },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, ph('tokenHash')), isNull(sessions.revokedAt))),
);

export const sessionLoader: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = getCookie(c, SESSION_COOKIE);
  if (token && token.length <= 100) {
    const { db, env } = c.get('deps');
    const [row] = await sessionOf(db, { tokenHash: tokenHash(token) });
    const now = Date.now();
    if (row && !row.user.disabled) {
      const idleEnds = new Date(row.session.lastSeenAt).getTime() + env.SESSION_IDLE_MINUTES * 60_000;
      const absoluteEnds = new Date(row.session.expiresAt).getTime();
      if (now < idleEnds && now < absoluteEnds) {
        let lastSeenAt = row.session.lastSeenAt;
        if (
          now - new Date(lastSeenAt).getTime() >=
          Math.min(60_000, (env.SESSION_IDLE_MINUTES * 60_000) / 20)
        ) {
          lastSeenAt = new Date(now).toISOString();
          await db.update(sessions).set({ lastSeenAt }).where(eq(sessions.id, row.session.id));
        }
        c.set('session', { id: row.session.id, lastSeenAt, expiresAt: row.session.expiresAt });
        c.set('user', publicUser(row.user));
      }
    }
  }
  await next();
};
