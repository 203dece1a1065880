import { and, count, desc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import { auditLog } from '../../db/schema.js';
import { verifyChain } from '../../lib/audit.js';
import { endpoints, withLegacyClaimCode } from '@huiqi/contracts';
import { serve, type AppRouteHandler } from '../../lib/endpoints.js';

const api = endpoints.audit;

const list: AppRouteHandler<typeof api.list> = async (c) => {
  const q = c.req.valid('query');
  const { db } = c.get('deps');
  const conds: SQL[] = [];
  // A claim's rows from before migration 0022 keep its old codes (never rewritten: the log is chained).
  if (q.action) conds.push(inArray(auditLog.action, withLegacyClaimCode(q.action)));
  if (q.targetType) conds.push(inArray(auditLog.targetType, withLegacyClaimCode(q.targetType)));
  if (q.targetId) conds.push(eq(auditLog.targetId, q.targetId));
  if (q.actorId) conds.push(eq(auditLog.actorId, q.actorId));
  if (q.from) conds.push(gte(auditLog.at, q.from));
  if (q.to) conds.push(lte(auditLog.at, q.to));
  const where = and(...conds);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return c.json(
    {
      items: rows.map(({ prevHash: _p, contentHash, hash, ...r }) => ({
        ...r,
        hash: contentHash ?? hash!,
      })),
      total: total?.n ?? 0,
      page: q.page,
      pageSize: q.pageSize,
    },
    200,
  );
};

const verify: AppRouteHandler<typeof api.verify> = async (c) => {
  return c.json(await verifyChain(c.get('deps').db), 200);
};

export const auditRoutes = serve(api, { list, verify });
