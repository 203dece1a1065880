import type { Tx } from '../db/client.js';
import { users } from '../db/schema.js';
import { auditBy } from './audit-by.js';
import { type AppEnv, type Ctx } from './context.js';

type User = typeof users.$inferSelect;

/**
 * Writes a new account in the caller's transaction with its audit row (`action`, the account as
 * `shown` makes it). Staff, agency workers and enterprise members are created alike; what each
 * role's account carries is the caller's `values`.
 */
export async function insertAccount<E extends AppEnv>(
  c: Ctx<E>,
  tx: Tx,
  values: typeof users.$inferInsert,
  action: string,
  shown: (u: User) => unknown,
): Promise<User> {
  const [u] = await tx.insert(users).values(values).returning();
  await auditBy(c, tx, { action, targetType: 'user', targetId: u!.id, after: shown(u!) });
  return u!;
}
