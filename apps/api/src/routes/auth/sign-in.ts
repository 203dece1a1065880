import { and, eq, gte, isNull, lt, lte, or, sql } from 'drizzle-orm';
import { withTx } from '../../db/client.js';
import { users } from '../../db/schema.js';
import { ApiError } from '../../lib/api-error.js';
import { audit } from '../../lib/audit.js';
import { clientAddress } from '../../lib/client-address.js';
import type { AppEnv, Ctx } from '../../lib/context.js';
import { dummyHash, verifyPassword } from '../../lib/passwords.js';
import { tooManyRequests, waitWords } from '../../lib/rate-limits.js';

type User = typeof users.$inferSelect;

const badCredentials = () =>
  new ApiError(401, 'INVALID_CREDENTIALS', '用户名或密码错误。', 'Wrong username or password.');

/**
 * 423 for a lock. The wording is the same whether the name is an account or not, and whether the
 * lock is on this source or on the account, so it tells an attacker nothing they did not send.
 */
function locked(retryAfterSeconds: number): ApiError {
  const until = new Date(Date.now() + retryAfterSeconds * 1000);
  const wait = waitWords(retryAfterSeconds);
  return new ApiError(
    423,
    'ACCOUNT_LOCKED',
    `登录失败次数过多，该账号的登录已暂停（约 ${wait.zh}，至 ${until.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}）。如需提前解除，请联系管理员解锁。`,
    `Too many failed sign-ins: signing in to this account is paused for about ${wait.en} (until ${until.toISOString()}). An administrator can unlock it sooner.`,
    { lockedUntil: until.toISOString(), retryAfterSeconds },
  );
}

/**
 * Checks a sign-in and returns the user, or throws 401/423/429. Every counter is taken before the
 * password is checked, each in one atomic statement, so no burst of concurrent attempts — to one
 * process or several on one PostgreSQL — checks more passwords than the limits allow:
 *
 * 1. sign-in requests per source address (a flood is refused before any argon2 work);
 * 2. failures per source address, to any accounts (credential stuffing);
 * 3. failures per source address and account name: after LOCKOUT_THRESHOLD the lock falls on that
 *    source only, so an anonymous attacker cannot lock the region's administrator out for everyone;
 * 4. failures per account from all sources (`users.failed_logins`, reserved by
 *    `UPDATE … WHERE failed_logins < limit RETURNING`): after ACCOUNT_LOCKOUT_THRESHOLD — which needs
 *    several sources — the account is locked for everyone until LOCKOUT_MINUTES pass or an
 *    administrator unlocks it. Names that are no account keep the same count in a throttle, so
 *    they answer exactly as accounts do, with the same work (a dummy argon2 verification).
 *
 * A success gives the counts back; a locked account refuses even the right password.
 */
export async function signIn<E extends AppEnv>(c: Ctx<E>, username: string, password: string): Promise<User> {
  const { db, env } = c.get('deps');
  const limits = c.get('limits');
  const source = clientAddress(c);
  const requestId = c.get('requestId');
  const name = username.trim().toLowerCase();

  const flood = await limits.loginRequests.take(source);
  if (!flood.ok) throw tooManyRequests(flood.retryAfterSeconds);
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.username}) = ${name}`);
  const perSource = await limits.sourceFailures.take(source);
  if (!perSource.ok) throw tooManyRequests(perSource.retryAfterSeconds);
  // An administrator's unlock raises the epoch: every source's count for the account starts afresh.
  const sourceKey = `${source}|${name}|${user?.loginEpoch ?? 0}`;
  // Refused before a check, an attempt is no failure of the source's: its count is given back.
  const refuse = async (e: ApiError) => {
    await limits.sourceFailures.giveBack(source);
    return e;
  };
  const perAccount = await limits.sourceAccount.take(sourceKey);
  if (!perAccount.ok) throw await refuse(locked(perAccount.retryAfterSeconds));

  let accountLockStarts = false;
  if (user) {
    const [reserved] = await db
      .update(users)
      .set({ failedLogins: sql`${users.failedLogins} + 1` })
      .where(
        and(
          eq(users.id, user.id),
          lt(users.failedLogins, env.ACCOUNT_LOCKOUT_THRESHOLD),
          or(isNull(users.lockedUntil), lte(users.lockedUntil, sql`now()`)),
        ),
      )
      .returning({ failures: users.failedLogins });
    if (!reserved) throw await refuse(locked(lockSecondsLeft(user, env.LOCKOUT_MINUTES)));
    accountLockStarts = reserved.failures >= env.ACCOUNT_LOCKOUT_THRESHOLD;
  } else {
    const count = await limits.unknownAccount.take(name);
    if (!count.ok) throw await refuse(locked(count.retryAfterSeconds));
    accountLockStarts = count.remaining === 0;
  }

  // Same work whatever the name: a disabled account or no account is checked against a dummy hash.
  const usable = user && !user.disabled;
  const ok = (await verifyPassword(usable ? user.passwordHash : await dummyHash(), password)) && !!usable;
  if (ok) {
    await db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
    await limits.sourceAccount.reset(sourceKey);
    await limits.sourceFailures.giveBack(source);
    return user;
  }

  let lockedUntil: string | null = null;
  if (user && accountLockStarts) {
    // Only if no success reset the count meanwhile.
    const [lock] = await db
      .update(users)
      .set({ failedLogins: 0, lockedUntil: sql`now() + make_interval(mins => ${env.LOCKOUT_MINUTES})` })
      .where(and(eq(users.id, user.id), gte(users.failedLogins, env.ACCOUNT_LOCKOUT_THRESHOLD)))
      .returning({ lockedUntil: users.lockedUntil });
    lockedUntil = lock?.lockedUntil ?? null;
  }
  const sourceLocked = perAccount.remaining === 0;
  const accountLocked = user ? lockedUntil !== null : accountLockStarts;
  await withTx(db, (tx) =>
    audit(tx, {
      actorId: user?.id ?? null,
      actorRole: user?.role ?? null,
      action: sourceLocked || accountLocked ? 'auth.locked' : 'auth.login-failed',
      targetType: 'user',
      targetId: user?.id ?? null,
      after: {
        username: name,
        source,
        ...(sourceLocked ? { sourceLocked: true } : {}),
        ...(accountLocked ? { accountLocked: true } : {}),
      },
      requestId,
    }),
  );
  if (accountLocked || sourceLocked) throw locked(env.LOCKOUT_MINUTES * 60);
  throw badCredentials();
}

function lockSecondsLeft(user: User, minutes: number): number {
  const left = user.lockedUntil ? Math.ceil((new Date(user.lockedUntil).getTime() - Date.now()) / 1000) : 0;
  // No lock yet but the count is full: the last attempts are still being checked, one of them sets it.
  return left > 0 ? left : minutes * 60;
}
