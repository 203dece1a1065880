import { and, desc, eq, inArray, like, or, sql } from 'drizzle-orm';
import { applications, auditLog } from '../../db/schema.js';
import { requireUser } from '../../lib/context.js';
import { router } from '../../lib/openapi.js';
import { listNotifications } from './notifications.routes.js';

/**
 * In-app notifications are read from the audit trail, which already records every state change
 * of a claim with its after-state: nothing can change without the enterprise being told.
 */
export const notificationRoutes = router().openapi(listNotifications, async (c) => {
  const user = requireUser(c, 'enterprise');
  const { limit } = c.req.valid('query');
  const { db } = c.get('deps');
  const rows = await db
    .select({ id: auditLog.id, at: auditLog.at, action: auditLog.action, after: auditLog.after, applicationId: applications.id, provision: applications.provision })
    .from(auditLog)
    .innerJoin(applications, sql`${applications.id}::text = ${auditLog.targetId}`)
    .where(
      and(
        eq(auditLog.targetType, 'application'),
        eq(applications.enterpriseId, user.enterpriseId!),
        or(like(auditLog.action, 'review.%'), inArray(auditLog.action, ['application.proactive', 'application.submitted', 'application.withdrawn', 'application.paid', 'application.clawed-back'])),
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(limit);
  return c.json(
    {
      items: rows.map((r) => {
        const after = (r.after ?? {}) as { status?: string; comment?: string };
        return { id: r.id, at: r.at, action: r.action, applicationId: r.applicationId, provision: r.provision, status: after.status ?? null, comment: after.comment ?? null };
      }),
    },
    200,
  );
});
