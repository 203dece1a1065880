import { currentClaimCode, endpoints, withLegacyClaimCode } from '@huiqi/contracts';
import { and, desc, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { claims, auditLog, notificationReads, notifications } from '../../db/schema.js';
import type { SessionUser } from '../../lib/context.js';
import { serve, type AppRouteHandler } from '../../lib/endpoints.js';

const api = endpoints.notifications;

/** The claim changes an enterprise is told of: every review step and the claim's own events. */
const CLAIM_ACTIONS = [
  'claim.proactive',
  'claim.submitted',
  'claim.withdrawn',
  'claim.paid',
  'claim.clawed-back',
].flatMap(withLegacyClaimCode); // and as rows before migration 0022 say them: the chained log is never rewritten

/** What is addressed to this user: to them, their enterprise or agency, their city office, the region. */
function addressedTo(user: SessionUser): SQL {
  const to = [and(eq(notifications.recipientKind, 'user'), eq(notifications.recipientId, user.id))];
  if (user.enterpriseId)
    to.push(
      and(eq(notifications.recipientKind, 'enterprise'), eq(notifications.recipientId, user.enterpriseId)),
    );
  if (user.agencyId)
    to.push(and(eq(notifications.recipientKind, 'agency'), eq(notifications.recipientId, user.agencyId)));
  if (user.role === 'city-admin' && user.areaCode)
    to.push(and(eq(notifications.recipientKind, 'area'), eq(notifications.recipientId, user.areaCode)));
  if (user.role === 'region-admin') to.push(eq(notifications.recipientKind, 'region'));
  return or(...to)!;
}

const readBy = (user: SessionUser, key: SQL) =>
  sql`exists (select 1 from ${notificationReads} where ${notificationReads.userId} = ${user.id} and ${notificationReads.key} = ${key})`;
const noteKey = sql`'n:' || ${notifications.id}::text`;
const auditKey = sql`'a:' || ${auditLog.id}::text`;

/**
 * The state changes of the enterprise's claims, from the audit trail, which already records every
 * one with its after-state: nothing can change without the enterprise being told.
 */
const claimChanges = (user: SessionUser) =>
  and(
    inArray(auditLog.targetType, withLegacyClaimCode('claim')), // old rows keep the old code
    eq(claims.enterpriseId, user.enterpriseId!),
    or(like(auditLog.action, 'review.%'), inArray(auditLog.action, CLAIM_ACTIONS)),
  );

async function countUnread(db: Db, user: SessionUser): Promise<number> {
  const [notes] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(addressedTo(user), sql`not ${readBy(user, noteKey)}`));
  let n = notes!.n;
  if (user.role === 'enterprise' && user.enterpriseId) {
    const [changes] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .innerJoin(claims, sql`${claims.id}::text = ${auditLog.targetId}`)
      .where(and(claimChanges(user), sql`not ${readBy(user, auditKey)}`));
    n += changes!.n;
  }
  return n;
}

const list: AppRouteHandler<typeof api.list> = async (c) => {
  const user = c.get('user');
  const { limit, unread } = c.req.valid('query');
  const { db } = c.get('deps');
  const onlyUnread = unread === 'true';
  const notes = await db
    .select({
      id: notifications.id,
      at: notifications.createdAt,
      topic: notifications.topic,
      subjectType: notifications.subjectType,
      subjectId: notifications.subjectId,
      title: notifications.title,
      body: notifications.body,
      read: readBy(user, noteKey).mapWith(Boolean),
    })
    .from(notifications)
    .where(and(addressedTo(user), onlyUnread ? sql`not ${readBy(user, noteKey)}` : undefined))
    .orderBy(desc(notifications.id))
    .limit(limit);
  const changes =
    user.role === 'enterprise' && user.enterpriseId
      ? await db
          .select({
            id: auditLog.id,
            at: auditLog.at,
            action: auditLog.action,
            after: auditLog.after,
            claimId: claims.id,
            provision: claims.provision,
            read: readBy(user, auditKey).mapWith(Boolean),
          })
          .from(auditLog)
          .innerJoin(claims, sql`${claims.id}::text = ${auditLog.targetId}`)
          .where(and(claimChanges(user), onlyUnread ? sql`not ${readBy(user, auditKey)}` : undefined))
          .orderBy(desc(auditLog.id))
          .limit(limit)
      : [];
  const items = [
    ...notes.map((n) => ({
      key: `n:${n.id}`,
      at: new Date(n.at).toISOString(),
      read: n.read,
      topic: n.topic,
      subject: { type: n.subjectType, id: n.subjectId },
      title: n.title,
      body: n.body,
      claim: null,
    })),
    ...changes.map((r) => {
      const after = (r.after ?? {}) as { status?: string; comment?: string };
      return {
        key: `a:${r.id}`,
        at: new Date(r.at).toISOString(),
        read: r.read,
        topic: currentClaimCode(r.action),
        subject: { type: 'claim', id: r.claimId },
        title: null,
        body: null,
        claim: {
          action: currentClaimCode(r.action),
          claimId: r.claimId,
          provision: r.provision,
          status: after.status ?? null,
          comment: after.comment ?? null,
        },
      };
    }),
  ]
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
    .slice(0, limit);
  return c.json({ items, unread: await countUnread(db, user) }, 200);
};

const unread: AppRouteHandler<typeof api.unread> = async (c) =>
  c.json({ unread: await countUnread(c.get('deps').db, c.get('user')) }, 200);

/**
 * Marks messages read. Only keys of the caller's own messages are kept (another user's key, or one
 * that names nothing, is ignored rather than refused: marking read reveals nothing either way).
 */
const read: AppRouteHandler<typeof api.read> = async (c) => {
  const user = c.get('user');
  const body = c.req.valid('json');
  const { db } = c.get('deps');
  const noteIds =
    'all' in body ? null : body.keys.filter((k) => k.startsWith('n:')).map((k) => Number(k.slice(2)));
  const auditIds =
    'all' in body ? null : body.keys.filter((k) => k.startsWith('a:')).map((k) => Number(k.slice(2)));
  // INSERT … SELECT: "all" may be thousands of messages, marked in one statement each.
  await db.transaction(async (tx) => {
    if (noteIds === null || noteIds.length)
      await tx.execute(
        sql`insert into ${notificationReads} (user_id, key) select ${user.id}::uuid, ${noteKey} from ${notifications} where ${and(addressedTo(user), noteIds ? inArray(notifications.id, noteIds) : undefined)} on conflict do nothing`,
      );
    if (user.role === 'enterprise' && user.enterpriseId && (auditIds === null || auditIds.length))
      await tx.execute(
        sql`insert into ${notificationReads} (user_id, key) select ${user.id}::uuid, ${auditKey} from ${auditLog} inner join ${claims} on ${claims.id}::text = ${auditLog.targetId} where ${and(claimChanges(user), auditIds ? inArray(auditLog.id, auditIds) : undefined)} on conflict do nothing`,
      );
  });
  return c.json({ unread: await countUnread(db, user) }, 200);
};

export const notificationRoutes = serve(api, { list, unread, read });
