import { and, eq, isNull } from 'drizzle-orm';
import { setCookie } from 'hono/cookie';
import type { Tx } from '../db/client.js';
import { sessions } from '../db/schema.js';
import type { AppEnv, Ctx } from './context.js';
import { newToken, tokenHash } from './tokens.js';

export const SESSION_COOKIE = 'huiqi_session';

/**
 * Starts a session for a user inside the caller's transaction: a new 256-bit token (so a token
 * planted before login is worthless), stored only as its hash, sent as an HttpOnly SameSite cookie.
 */
export async function startSession<E extends AppEnv>(
  tx: Tx,
  c: Ctx<E>,
  userId: string,
): Promise<{ lastSeenAt: string; expiresAt: string }> {
  const { env } = c.get('deps');
  const token = newToken();
  const now = Date.now();
  const lastSeenAt = new Date(now).toISOString();
  const expiresAt = new Date(now + env.SESSION_ABSOLUTE_MINUTES * 60_000).toISOString();
  await tx.insert(sessions).values({ tokenHash: tokenHash(token), userId, lastSeenAt, expiresAt });
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: env.COOKIE_SECURE,
    path: '/',
    maxAge: env.SESSION_ABSOLUTE_MINUTES * 60,
  });
  return { lastSeenAt, expiresAt };
}

/** When a session ends: at its idle timeout (never later than its absolute lifetime) and at its absolute lifetime. */
export function sessionTimes<E extends AppEnv>(c: Ctx<E>, lastSeenAt: string, expiresAt: string) {
  const idle = new Date(new Date(lastSeenAt).getTime() + c.get('deps').env.SESSION_IDLE_MINUTES * 60_000);
  const absolute = new Date(expiresAt);
  return {
    idleExpiresAt: (idle < absolute ? idle : absolute).toISOString(),
    absoluteExpiresAt: absolute.toISOString(),
  };
}

/** Ends every open session of a user at once (the account was disabled). */
export async function endSessionsOf(tx: Tx, userId: string): Promise<void> {
  await tx
    .update(sessions)
    .set({ revokedAt: new Date().toISOString() })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
}
