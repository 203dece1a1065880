import type { Tx } from '../db/client.js';
import { audit, type AuditEntry } from './audit.js';
import { actorOf, type AppEnv, type Ctx } from './context.js';

/** What a change's audit row says beyond who made it and in which request. */
export type AuditedChange = Omit<AuditEntry, 'actorId' | 'actorRole' | 'requestId'>;

/**
 * Audits a change the request's caller made in `tx`: the actor and the request id come from the
 * context, so a handler states only what it did (the action, its target, before and after).
 * Nearly every audited write is one; a row with another actor (the sign-in, the seed, the
 * system) goes through audit() itself.
 */
export function auditBy<E extends AppEnv>(c: Ctx<E>, tx: Tx, change: AuditedChange): Promise<void> {
  return audit(tx, { ...actorOf(c), ...change });
}
