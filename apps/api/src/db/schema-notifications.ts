import { sql } from 'drizzle-orm';
import { bigserial, check, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { created, ref, ts } from './columns.js';
import { users } from './schema.js';

/** Text in both languages, as every message a person reads is kept. */
export type Bilingual = { zh: string; en: string };

/**
 * Messages for people, written in the transaction of what they tell (so nothing is told that did
 * not happen, and nothing that happened goes untold). Addressed to one user, or to everyone of an
 * enterprise, an agency, a city office (area code) or the region; each reader's reading is kept in
 * `notification_reads`. Claim state changes are not copied here: the enterprise reads them from
 * the audit trail, which already records each one.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    recipientKind: text('recipient_kind')
      .$type<'user' | 'enterprise' | 'agency' | 'area' | 'region'>()
      .notNull(),
    /** The user, enterprise or agency id, or the area code; null for the region. */
    recipientId: text('recipient_id'),
    /** What it is about, e.g. `rating.poor`: the apps choose an icon and the link's label by it. */
    topic: text('topic').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    title: jsonb('title').$type<Bilingual>().notNull(),
    body: jsonb('body').$type<Bilingual>().notNull(),
    createdAt: created(),
  },
  (t) => [
    index('notifications_recipient_idx').on(t.recipientKind, t.recipientId, t.id),
    check(
      'notifications_recipient_ck',
      sql`${t.recipientKind} in ('user','enterprise','agency','area','region') and ((${t.recipientKind} = 'region') = (${t.recipientId} is null))`,
    ),
  ],
);

/** Who has read what: the key is `n:<notification id>` or `a:<audit id>` (a claim's state change). */
export const notificationReads = pgTable(
  'notification_reads',
  {
    userId: ref('user_id', () => users.id),
    key: text('key').notNull(),
    readAt: ts('read_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);

/**
 * Text messages to send, written in the business transaction (an outbox): a worker hands each to
 * the configured provider after commit and records what the provider answered. `delivered` means
 * the provider accepted it — with the demo's log provider, that it was written to the log.
 */
export const smsMessages = pgTable(
  'sms_messages',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    phone: text('phone').notNull(),
    text: text('text').notNull(),
    topic: text('topic').notNull(),
    status: text('status').$type<'pending' | 'delivered' | 'failed'>().notNull().default('pending'),
    provider: text('provider'),
    providerRef: text('provider_ref'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: created(),
    deliveredAt: ts('delivered_at'),
  },
  (t) => [
    index('sms_messages_pending_idx')
      .on(t.id)
      .where(sql`${t.status} = 'pending'`),
    check('sms_messages_status_ck', sql`${t.status} in ('pending','delivered','failed')`),
  ],
);
