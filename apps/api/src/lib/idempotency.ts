import { and, eq } from 'drizzle-orm';
import { idempotencyKeys } from '../db/schema.js';
import { ApiError } from './api-error.js';
import { canonical } from './audit.js';
import type { Ctx } from './context.js';
import { sha256 } from './tokens.js';

/**
 * Idempotency-Key with Stripe's semantics for creating writes: the same key with the same body
 * answers the first response again; with another body, 422. Keys are per user. A request that
 * failed leaves no key behind, so it can be retried.
 */
export async function idempotent<T>(c: Ctx, route: string, body: unknown, run: () => Promise<{ status: 200 | 201; body: T }>): Promise<{ status: 200 | 201; body: T }> {
  const key = c.req.header('idempotency-key');
  const user = c.get('user');
  if (!key || !user) return run();
  if (!/^[A-Za-z0-9._:-]{8,128}$/.test(key)) {
    throw new ApiError(400, 'BAD_IDEMPOTENCY_KEY', 'Idempotency-Key 须为 8–128 位字母、数字或 ._:-。', 'Idempotency-Key must be 8–128 letters, digits or ._:-');
  }
  const { db } = c.get('deps');
  const hash = sha256(`${route}\n${canonical(body)}`);
  const where = and(eq(idempotencyKeys.userId, user.id), eq(idempotencyKeys.key, key));
  const [seen] = await db.select().from(idempotencyKeys).where(where);
  if (seen) {
    if (seen.requestHash !== hash) {
      throw new ApiError(422, 'IDEMPOTENCY_KEY_REUSED', '该 Idempotency-Key 已用于另一请求。', 'This Idempotency-Key was used for a different request.');
    }
    c.header('Idempotent-Replayed', 'true');
    return { status: seen.status as 200 | 201, body: seen.body as T };
  }
  const result = await run();
  await db.insert(idempotencyKeys).values({ userId: user.id, key, route, requestHash: hash, status: result.status, body: result.body as object }).onConflictDoNothing();
  return result;
}
