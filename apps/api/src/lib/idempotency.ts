import { and, eq } from 'drizzle-orm';
import { withTx, type Tx } from '../db/client.js';
import { idempotencyKeys } from '../db/schema.js';
import { ApiError } from './api-error.js';
import { canonical } from './audit.js';
import type { AppEnv, Ctx } from './context.js';
import { sha256 } from './tokens.js';

type Result<T> = { status: 200 | 201; body: T };

const reused = () =>
  new ApiError(
    422,
    'IDEMPOTENCY_KEY_REUSED',
    '该 Idempotency-Key 已用于另一请求。',
    'This Idempotency-Key was used for a different request.',
  );

/**
 * Earlier names of a route, as keys stored before a rename hashed them (migration 0022: applications
 * became claims). A retry that crosses the deploy carries its key with the same body: it is the same
 * request, answered again, not a reuse of the key.
 */
const EARLIER_ROUTES: Readonly<Record<string, readonly string[]>> = {
  'POST /claims': ['POST /applications'],
};

const requestHash = (route: string, canonicalBody: string) => sha256(`${route}\n${canonicalBody}`);

/**
 * Idempotency-Key with Stripe's semantics for creating writes: the same key with the same body
 * answers the first response again; with another body, 422. Keys are per user.
 *
 * The key is reserved first, in the transaction that does the work: its row is inserted before
 * anything else, and the work and the recorded response commit with it or not at all. A concurrent
 * request with the same key — to this process or another on the same PostgreSQL — blocks on the
 * unique index until the first commits, then finds the row and answers its response (or 422); if
 * the first fails or its process dies, its transaction rolls back, the key is free again and the
 * waiting request does the work. So no number of concurrent duplicates does the work twice.
 */
export async function idempotent<T, E extends AppEnv>(
  c: Ctx<E>,
  route: string,
  body: unknown,
  run: (tx: Tx) => Promise<Result<T>>,
): Promise<Result<T>> {
  const { db } = c.get('deps');
  const key = c.req.header('idempotency-key');
  const user = c.get('user');
  if (!key || !user) return withTx(db, run);
  if (!/^[A-Za-z0-9._:-]{8,128}$/.test(key)) {
    throw new ApiError(
      400,
      'BAD_IDEMPOTENCY_KEY',
      'Idempotency-Key 须为 8–128 位字母、数字或 ._:-。',
      'Idempotency-Key must be 8–128 letters, digits or ._:-',
    );
  }
  const canonicalBody = canonical(body);
  const hash = requestHash(route, canonicalBody);
  const where = and(eq(idempotencyKeys.userId, user.id), eq(idempotencyKeys.key, key));
  const outcome = await withTx(
    db,
    async (tx): Promise<Result<T> | { replay: typeof idempotencyKeys.$inferSelect }> => {
      const [reserved] = await tx
        .insert(idempotencyKeys)
        .values({ userId: user.id, key, route, requestHash: hash })
        .onConflictDoNothing()
        .returning({ key: idempotencyKeys.key });
      if (!reserved) {
        const [seen] = await tx.select().from(idempotencyKeys).where(where);
        if (seen) return { replay: seen };
        // Only if the row vanished between the two statements (nothing deletes keys today).
        throw new ApiError(
          409,
          'IDEMPOTENCY_CONFLICT',
          '该 Idempotency-Key 的请求状态有变，请重试。',
          'The request with this Idempotency-Key changed state: try again.',
        );
      }
      const result = await run(tx);
      await tx
        .update(idempotencyKeys)
        .set({ status: result.status, body: result.body as object })
        .where(where);
      return result;
    },
  );
  if (!('replay' in outcome)) return outcome;
  const seen = outcome.replay;
  const sameRequest = [route, ...(EARLIER_ROUTES[route] ?? [])].some(
    (r) => seen.requestHash === (r === route ? hash : requestHash(r, canonicalBody)),
  );
  if (!sameRequest) throw reused();
  c.header('Idempotent-Replayed', 'true');
  return { status: seen.status as 200 | 201, body: seen.body as T };
}
