import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { Database } from '../db/client.js';
import type { Env } from '../env.js';
import { ApiError } from './api-error.js';
import { sha256 } from './tokens.js';

/** A window of `points` per `seconds`; going over it blocks the key for `blockSeconds` (default: the rest of the window). */
interface LimitSpec {
  points: number;
  seconds: number;
  blockSeconds?: number;
}

export type Verdict = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

/**
 * One counter of rate-limiter-flexible. On PostgreSQL its store is the `rate_limits` table (one
 * atomic INSERT … ON CONFLICT DO UPDATE … RETURNING per count), so every API process sharing the
 * database shares the counts. PGlite is embedded and serves exactly one process, so there the
 * counts live in that process's memory: just as shared, and a flood that is refused costs no query
 * on PGlite's single connection (which every other request is waiting for).
 */
export class Limit {
  private readonly limiter: RateLimiterAbstract;

  constructor(database: Database, name: string, spec: LimitSpec) {
    const opts = {
      keyPrefix: name,
      points: spec.points,
      duration: spec.seconds,
      blockDuration: spec.blockSeconds ?? 0,
    };
    this.limiter = database.pool
      ? new RateLimiterPostgres({
          ...opts,
          storeClient: database.pool,
          storeType: 'pool',
          tableName: 'rate_limits',
          tableCreated: true,
        })
      : new RateLimiterMemory(opts);
  }

  /** Counts one event for the key (atomically); refused once the window is used up. Store failures pass through (503 when the database is down). */
  async take(key: string): Promise<Verdict> {
    try {
      const res = await this.limiter.consume(hashed(key));
      return { ok: true, remaining: res.remainingPoints };
    } catch (e) {
      if (e instanceof RateLimiterRes)
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(e.msBeforeNext / 1000)) };
      throw e;
    }
  }

  /** Gives an event back (a sign-in that succeeded is no failure). */
  async giveBack(key: string): Promise<void> {
    await this.limiter.reward(hashed(key));
  }

  async reset(key: string): Promise<void> {
    await this.limiter.delete(hashed(key));
  }
}

/** Keys hold usernames as typed (often a password typed into the wrong box): only a hash is kept. */
const hashed = (key: string) => sha256(key).slice(0, 40);

/** The throttles of one API instance (created with the app, so each test's app counts afresh). */
export function createLimits(database: Database, env: Env) {
  const lockout = env.LOCKOUT_MINUTES * 60;
  return {
    /** Every sign-in request from a source, whatever its outcome: argon2 is costly, a flood of them is refused first. */
    loginRequests: new Limit(database, 'login-requests', { points: env.RATE_LOGIN_PER_MINUTE, seconds: 60 }),
    /** Failed sign-ins from a source to any accounts (credential stuffing). */
    sourceFailures: new Limit(database, 'login-source', {
      points: env.SOURCE_FAILURE_LIMIT,
      seconds: lockout,
      blockSeconds: lockout,
    }),
    /** Failed sign-ins from a source to one account name: the lock an attacker triggers falls on their own address first. */
    sourceAccount: new Limit(database, 'login-source-account', {
      points: env.LOCKOUT_THRESHOLD,
      seconds: lockout,
      blockSeconds: lockout,
    }),
    /** For names that are no account: the same all-sources count that `users.failed_logins` keeps for real ones, so both answer alike. */
    unknownAccount: new Limit(database, 'login-unknown-account', {
      points: env.ACCOUNT_LOCKOUT_THRESHOLD,
      seconds: lockout,
      blockSeconds: lockout,
    }),
    register: new Limit(database, 'register', { points: env.RATE_REGISTER_PER_HOUR, seconds: 3600 }),
    assess: new Limit(database, 'assess', { points: env.RATE_ASSESS_PER_MINUTE, seconds: 60 }),
    passwordChange: new Limit(database, 'password-change', {
      points: env.RATE_PASSWORD_PER_HOUR,
      seconds: 3600,
    }),
  };
}

export type Limits = ReturnType<typeof createLimits>;

/** How long to wait, in words. */
export function waitWords(seconds: number): { zh: string; en: string } {
  if (seconds < 90) return { zh: `${seconds} 秒`, en: `${seconds} s` };
  const minutes = Math.ceil(seconds / 60);
  return { zh: `${minutes} 分钟`, en: `${minutes} min` };
}

/** 429 with Retry-After (set by the error handler from `details.retryAfterSeconds`). */
export function tooManyRequests(retryAfterSeconds: number): ApiError {
  const wait = waitWords(retryAfterSeconds);
  return new ApiError(
    429,
    'TOO_MANY_REQUESTS',
    `请求过于频繁，请 ${wait.zh}后再试。`,
    `Too many requests: try again in ${wait.en}.`,
    { retryAfterSeconds },
  );
}
