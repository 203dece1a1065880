import {
  claimEndedForRating,
  endpoints,
  isPoorRating,
  POOR_LEVELS,
  RATING_LEVEL_NAMES,
  type FollowUpKind,
  type RatingLevel,
  type RatingSubject,
} from '@huiqi/contracts';
import { formatChinaTime } from '@huiqi/domain';
import { and, asc, desc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { withTx, type Db, type Tx } from '../../db/client.js';
import {
  claims,
  enterprises,
  ratingFollowUps,
  reviews,
  serviceRatings,
  serviceRequests,
  users,
} from '../../db/schema.js';
import { conflict, notFound, unprocessable } from '../../lib/api-error.js';
import { auditBy } from '../../lib/audit-by.js';
import type { SessionUser } from '../../lib/context.js';
import { serve, type AppRouteHandler } from '../../lib/endpoints.js';
import { notify } from '../../lib/notify.js';
import { ratingScope } from '../../lib/scope.js';

const api = endpoints.ratings;
const RATING = { zh: '评价', en: 'The rating' };
const SUBJECT: Record<RatingSubject, { zh: string; en: string }> = {
  claim: { zh: '申报', en: 'The claim' },
  'service-request': { zh: '服务需求', en: 'The service request' },
};
const FOLLOW_UP_NAMES = {
  rectification: { zh: '整改', en: 'Rectification' },
  'return-visit': { zh: '回访', en: 'Return visit' },
} as const satisfies Record<FollowUpKind, { zh: string; en: string }>;

type RatingRow = typeof serviceRatings.$inferSelect;
type FollowUp = { f: typeof ratingFollowUps.$inferSelect; by: string };

function dto(r: RatingRow, enterpriseName: string, followUps: FollowUp[]) {
  return {
    id: r.id,
    subjectType: r.subjectType,
    subjectId: r.subjectId,
    subjectLabel: r.subjectLabel,
    provision: r.provision,
    enterpriseId: r.enterpriseId,
    enterpriseName,
    areaCode: r.areaCode,
    level: r.level as RatingLevel,
    levelName: RATING_LEVEL_NAMES[r.level as RatingLevel],
    comment: r.comment,
    poor: isPoorRating(r.level),
    createdAt: r.createdAt,
    followUps: followUps.map(({ f, by }) => ({
      id: f.id,
      kind: f.kind,
      action: f.action,
      actedOn: f.actedOn,
      by,
      createdAt: f.createdAt,
    })),
  };
}

/** The ratings with their follow-ups (one query for all of them), in the order given. */
async function withFollowUps(db: Db | Tx, rows: { r: RatingRow; name: string }[]) {
  const ids = rows.map((x) => x.r.id);
  const fs = ids.length
    ? await db
        .select({ f: ratingFollowUps, by: users.displayName })
        .from(ratingFollowUps)
        .innerJoin(users, eq(users.id, ratingFollowUps.recordedBy))
        .where(inArray(ratingFollowUps.ratingId, ids))
        .orderBy(asc(ratingFollowUps.createdAt), asc(ratingFollowUps.id))
    : [];
  const by = new Map<string, FollowUp[]>();
  for (const f of fs) by.set(f.f.ratingId, [...(by.get(f.f.ratingId) ?? []), f]);
  return rows.map((x) => dto(x.r, x.name, by.get(x.r.id) ?? []));
}

const fromRatings = (db: Db | Tx) =>
  db
    .select({ r: serviceRatings, name: enterprises.name })
    .from(serviceRatings)
    .innerJoin(enterprises, eq(enterprises.id, serviceRatings.enterpriseId));

/**
 * The enterprise's own claim or request (another's answers 404): whether it has ended for rating,
 * and what a rating of it records (its label, provision and responsible city).
 */
async function subjectOf(db: Db | Tx, user: SessionUser, type: RatingSubject, id: string) {
  const enterpriseId = user.enterpriseId;
  if (!enterpriseId) throw notFound(SUBJECT[type]);
  if (type === 'claim') {
    const [a] = await db
      .select({
        status: claims.status,
        caseNo: claims.caseNo,
        provision: claims.provision,
        areaCode: claims.areaCode,
        enterpriseName: enterprises.name,
        reviewed: sql<boolean>`exists (select 1 from ${reviews} where ${reviews.claimId} = ${claims.id})`,
      })
      .from(claims)
      .innerJoin(enterprises, eq(enterprises.id, claims.enterpriseId))
      .where(and(eq(claims.id, id), eq(claims.enterpriseId, enterpriseId)));
    if (!a) throw notFound(SUBJECT[type]);
    return {
      ended: claimEndedForRating(a.status, a.reviewed),
      status: a.status,
      label: a.caseNo ?? a.provision,
      provision: a.provision,
      areaCode: a.areaCode,
      enterpriseId,
      enterpriseName: a.enterpriseName,
    };
  }
  const [r] = await db
    .select({
      status: serviceRequests.status,
      title: serviceRequests.title,
      provision: serviceRequests.provision,
      areaCode: enterprises.areaCode,
      enterpriseName: enterprises.name,
    })
    .from(serviceRequests)
    .innerJoin(enterprises, eq(enterprises.id, serviceRequests.enterpriseId))
    .where(and(eq(serviceRequests.id, id), eq(serviceRequests.enterpriseId, enterpriseId)));
  if (!r) throw notFound(SUBJECT[type]);
  return {
    ended: r.status === 'closed',
    status: r.status,
    label: r.title,
    provision: r.provision,
    areaCode: r.areaCode,
    enterpriseId,
    enterpriseName: r.enterpriseName,
  };
}

const rate: AppRouteHandler<typeof api.rate> = async (c) => {
  const user = c.get('user');
  const input = c.req.valid('json');
  const { db } = c.get('deps');
  const out = await withTx(db, async (tx) => {
    const s = await subjectOf(tx, user, input.subjectType, input.subjectId);
    if (!s.ended)
      throw conflict(
        'NOT_ENDED',
        input.subjectType === 'claim'
          ? '该申报尚未办结，办结（拨付、不予支持、经审核后撤回）后才能评价。'
          : '该服务需求尚未办结，办结后才能评价。',
        input.subjectType === 'claim'
          ? 'The claim has not ended: it can be rated once paid, rejected, or withdrawn after a review.'
          : 'The service request has not been closed yet: it can be rated once closed.',
        { status: s.status },
      );
    // The unique index is the "once": of two ratings at once, exactly one is inserted.
    const [row] = await tx
      .insert(serviceRatings)
      .values({
        subjectType: input.subjectType,
        subjectId: input.subjectId,
        subjectLabel: s.label,
        provision: s.provision,
        enterpriseId: s.enterpriseId,
        areaCode: s.areaCode,
        level: input.level,
        comment: input.comment,
        ratedBy: user.id,
      })
      .onConflictDoNothing()
      .returning();
    if (!row)
      throw conflict(
        'ALREADY_RATED',
        `${SUBJECT[input.subjectType].zh}“${s.label}”已评价，每个办件只能评价一次。`,
        `${SUBJECT[input.subjectType].en} “${s.label}” has already been rated: each item is rated once.`,
      );
    await auditBy(c, tx, {
      action: 'rating.created',
      targetType: 'rating',
      targetId: row.id,
      after: {
        subjectType: input.subjectType,
        subjectId: input.subjectId,
        level: input.level,
        comment: input.comment,
        areaCode: s.areaCode,
      },
    });
    if (isPoorRating(input.level)) {
      const level = RATING_LEVEL_NAMES[input.level];
      await notify(tx, {
        to: { kind: 'area', code: s.areaCode },
        topic: 'rating.poor',
        subject: { type: 'rating', id: row.id },
        title: { zh: `收到差评：${level.zh}`, en: `A poor rating: ${level.en}` },
        body: {
          zh: `${s.enterpriseName}对${SUBJECT[input.subjectType].zh}“${s.label}”评价为“${level.zh}”${input.comment ? `：${input.comment}` : ''}。请整改或回访，并登记处理情况。`,
          en: `${s.enterpriseName} rated ${SUBJECT[input.subjectType].en.replace(/^The /, 'the ')} “${s.label}” ${level.en.toLowerCase()}${input.comment ? `: ${input.comment}` : ''}. Put it right or call back, and record what was done.`,
        },
      });
    }
    const [out] = await withFollowUps(tx, [{ r: row, name: s.enterpriseName }]);
    return out!;
  });
  return c.json(out, 201);
};

const list: AppRouteHandler<typeof api.list> = async (c) => {
  const user = c.get('user');
  const q = c.req.valid('query');
  const { db } = c.get('deps');
  const rows = await fromRatings(db)
    .where(
      and(
        ratingScope(user),
        q.subjectType ? eq(serviceRatings.subjectType, q.subjectType) : undefined,
        q.subjectId ? eq(serviceRatings.subjectId, q.subjectId) : undefined,
        q.poor === 'true'
          ? inArray(serviceRatings.level, [...POOR_LEVELS])
          : q.poor === 'false'
            ? notInArray(serviceRatings.level, [...POOR_LEVELS])
            : undefined,
        q.year
          ? sql`extract(year from ${serviceRatings.createdAt} at time zone 'Asia/Shanghai')::int = ${q.year}`
          : undefined,
      ),
    )
    .orderBy(desc(serviceRatings.createdAt), asc(serviceRatings.id))
    .limit(500);
  return c.json({ items: await withFollowUps(db, rows) }, 200);
};

/** Whether the enterprise's own claim or request has ended for rating, and its rating when it has one. */
async function stateOf(db: Db, user: SessionUser, type: RatingSubject, id: string) {
  const s = await subjectOf(db, user, type, id);
  const rows = await fromRatings(db).where(
    and(
      eq(serviceRatings.subjectType, type),
      eq(serviceRatings.subjectId, id),
      eq(serviceRatings.enterpriseId, s.enterpriseId),
    ),
  );
  const [rating] = await withFollowUps(db, rows);
  return { ended: s.ended, ...(rating ? { rating } : {}) };
}
const ofClaim: AppRouteHandler<typeof api.ofClaim> = async (c) =>
  c.json(await stateOf(c.get('deps').db, c.get('user'), 'claim', c.req.valid('param').id), 200);
const ofRequest: AppRouteHandler<typeof api.ofRequest> = async (c) =>
  c.json(await stateOf(c.get('deps').db, c.get('user'), 'service-request', c.req.valid('param').id), 200);

const followUp: AppRouteHandler<typeof api.followUp> = async (c) => {
  const user = c.get('user');
  const { id } = c.req.valid('param');
  const input = c.req.valid('json');
  const { db } = c.get('deps');
  const out = await withTx(db, async (tx) => {
    // Only the responsible city: another city's rating answers 404.
    const [x] = await fromRatings(tx).where(and(eq(serviceRatings.id, id), ratingScope(user)));
    if (!x) throw notFound(RATING);
    if (!isPoorRating(x.r.level))
      throw unprocessable(
        'NOT_POOR_RATING',
        '只有“不满意”“非常不满意”的评价需要整改或回访。',
        'Only a dissatisfied or very dissatisfied rating is followed up.',
      );
    if (input.actedOn < formatChinaTime(x.r.createdAt, 'date'))
      throw unprocessable(
        'BEFORE_RATING',
        '办理日期不能早于评价日期。',
        'The follow-up cannot be dated before the rating.',
        [{ path: 'actedOn', zh: '办理日期不能早于评价日期。', en: 'Not before the day of the rating.' }],
      );
    const [f] = await tx
      .insert(ratingFollowUps)
      .values({
        ratingId: id,
        kind: input.kind,
        action: input.action,
        actedOn: input.actedOn,
        recordedBy: user.id,
      })
      .returning();
    await auditBy(c, tx, {
      action: 'rating.follow-up',
      targetType: 'rating',
      targetId: id,
      after: { followUpId: f!.id, kind: input.kind, action: input.action, actedOn: input.actedOn },
    });
    const kind = FOLLOW_UP_NAMES[input.kind];
    await notify(tx, {
      to: { kind: 'enterprise', id: x.r.enterpriseId },
      topic: 'rating.follow-up',
      subject: { type: x.r.subjectType, id: x.r.subjectId },
      title: { zh: `差评${kind.zh}情况`, en: `${kind.en} after your rating` },
      body: {
        zh: `您对“${x.r.subjectLabel}”的评价已${kind.zh}（${input.actedOn}）：${input.action}`,
        en: `Your rating of “${x.r.subjectLabel}” was followed up (${kind.en.toLowerCase()}, ${input.actedOn}): ${input.action}`,
      },
    });
    const [out] = await withFollowUps(tx, [x]);
    return out!;
  });
  return c.json(out, 201);
};

export const ratingRoutes = serve(api, { rate, list, ofClaim, ofRequest, followUp });
