import type { Context } from 'hono';
import type { Database, Db } from '../db/client.js';
import type { Role } from '../db/schema.js';
import type { Env } from '../env.js';
import { ApiError, unauthenticated } from './api-error.js';
import type { EvidenceStore } from './file-store.js';
import type { AuditSealer } from './audit-sealer.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';
import type { PolicyStore } from './policy-store.js';
import type { Limits } from './rate-limits.js';
import type { SmsOutbox } from './sms.js';

export interface Deps {
  database: Database;
  db: Db;
  env: Env;
  policy: PolicyStore;
  files: EvidenceStore;
  log: Logger;
  /** Links committed audit rows into the chain (one process seals at a time). */
  sealer: AuditSealer;
  metrics: Metrics;
  /** Sends the text messages written by notify() after their transactions commit. */
  sms: SmsOutbox;
  /** False until the migrations have run (the database may be unreachable at start). */
  readiness: { ready: boolean };
}

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  enterpriseId: string | null;
  agencyId: string | null;
  areaCode: string | null;
  /** An agency worker who manages the agency's workers. */
  agencyAdmin: boolean;
}

/** The user as a session holds it and the API shows it: these fields of a user row, no others. */
export function publicUser(u: SessionUser): SessionUser {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    enterpriseId: u.enterpriseId,
    agencyId: u.agencyId,
    areaCode: u.areaCode,
    agencyAdmin: u.agencyAdmin,
  };
}

export interface AppEnv {
  Variables: {
    deps: Deps;
    requestId: string;
    /** The request's own logger: every line carries its requestId. */
    log: Logger;
    user: SessionUser | null;
    session: { id: string; lastSeenAt: string; expiresAt: string } | null;
    /** The app's throttles (rate limits and the sign-in counters). */
    limits: Limits;
  };
}

/** A request's context: any env that has the app's variables (an endpoint's may know the user is signed in). */
export type Ctx<E extends AppEnv = AppEnv> = Context<E>;
/** The env of every endpoint that is not public: the route has checked the user in already. */
export type SignedInEnv = AppEnv & { Variables: { user: SessionUser } };

/** The signed-in user, or 401; with roles, 403 for anyone else. */
export function requireUser<E extends AppEnv>(c: Ctx<E>, ...roles: Role[]): SessionUser {
  const user = c.get('user');
  if (!user) throw unauthenticated();
  if (roles.length && !roles.includes(user.role)) {
    throw new ApiError(
      403,
      'FORBIDDEN',
      '当前角色无权执行此操作。',
      `The role ${user.role} may not do this.`,
    );
  }
  return user;
}

/** Who did it, for the audit trail. */
export function actorOf<E extends AppEnv>(
  c: Ctx<E>,
): { actorId: string | null; actorRole: string | null; requestId: string } {
  const user = c.get('user');
  return { actorId: user?.id ?? null, actorRole: user?.role ?? null, requestId: c.get('requestId') };
}
