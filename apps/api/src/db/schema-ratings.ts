import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { created, id, ref } from './columns.js';
import { enterprises, users } from './schema.js';

/**
 * 好差评: an enterprise's rating of one of its ended claims or service requests, once per item
 * (the unique index decides between two at once). `area_code` is the responsible city — the claim's
 * area, or the requesting enterprise's — fixed when the rating is given: a poor one is told to it.
 */
export const serviceRatings = pgTable(
  'service_ratings',
  {
    id: id(),
    subjectType: text('subject_type').$type<'claim' | 'service-request'>().notNull(),
    subjectId: uuid('subject_id').notNull(),
    /** The claim's 办件编号 or the request's title, as it was when rated. */
    subjectLabel: text('subject_label').notNull(),
    provision: text('provision').notNull(),
    enterpriseId: ref('enterprise_id', () => enterprises.id),
    areaCode: text('area_code').notNull(),
    level: text('level').notNull(),
    comment: text('comment').notNull().default(''),
    ratedBy: ref('rated_by', () => users.id),
    createdAt: created(),
  },
  (t) => [
    uniqueIndex('service_ratings_subject_uq').on(t.subjectType, t.subjectId, t.enterpriseId),
    index('service_ratings_area_idx').on(t.areaCode, t.createdAt),
    index('service_ratings_enterprise_idx').on(t.enterpriseId),
    check('service_ratings_subject_ck', sql`${t.subjectType} in ('claim','service-request')`),
    check(
      'service_ratings_level_ck',
      sql`${t.level} in ('very-satisfied','satisfied','basically-satisfied','dissatisfied','very-dissatisfied')`,
    ),
    check('service_ratings_comment_ck', sql`char_length(${t.comment}) <= 500`),
  ],
);

/** What the responsible city did about a poor rating: 整改 or 回访, what, and on which day. */
export const ratingFollowUps = pgTable(
  'rating_follow_ups',
  {
    id: id(),
    ratingId: ref('rating_id', () => serviceRatings.id),
    kind: text('kind').$type<'rectification' | 'return-visit'>().notNull(),
    action: text('action').notNull(),
    actedOn: date('acted_on', { mode: 'string' }).notNull(),
    recordedBy: ref('recorded_by', () => users.id),
    createdAt: created(),
  },
  (t) => [
    index('rating_follow_ups_rating_idx').on(t.ratingId, t.createdAt),
    check('rating_follow_ups_kind_ck', sql`${t.kind} in ('rectification','return-visit')`),
  ],
);
