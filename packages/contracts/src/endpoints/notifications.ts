import { z } from 'zod';
import { ROLES } from '../auth.js';
import { endpoint } from '../endpoint.js';

const bilingual = z.object({ zh: z.string(), en: z.string() });

/**
 * One message of the notification centre. `key` names it for marking it read: `a:<audit id>` for a
 * state change of one of the enterprise's claims (read from the audit trail, so every change is
 * told; the apps word it from `claim` with the lifecycle's names), `n:<id>` for anything else
 * (worded on the server in both languages: `title`, `body`).
 */
export const notificationSchema = z
  .object({
    key: z.string(),
    at: z.string(),
    read: z.boolean(),
    topic: z.string(),
    subject: z.object({ type: z.string(), id: z.string() }),
    title: bilingual.nullable(),
    body: bilingual.nullable(),
    claim: z
      .object({
        action: z.string(),
        claimId: z.string(),
        provision: z.string(),
        status: z.string().nullable(),
        comment: z.string().nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'Notification' });

const tags = ['notifications'];

export const notifications = {
  list: endpoint({
    method: 'get',
    path: '/notifications',
    tags,
    summary:
      "The signed-in user's notification centre, newest first: what was addressed to them, their organisation, city office or the region, and for enterprises every state change of their claims",
    roles: ROLES,
    query: z.object({
      limit: z.coerce.number().int().min(1).max(200).default(50),
      unread: z.enum(['true', 'false']).optional(),
    }),
    responses: { 200: z.object({ items: z.array(notificationSchema), unread: z.number().int() }) },
  }),
  unread: endpoint({
    method: 'get',
    path: '/notifications/unread',
    tags,
    summary: 'How many messages the signed-in user has not read (the header badge)',
    roles: ROLES,
    responses: { 200: z.object({ unread: z.number().int() }) },
  }),
  read: endpoint({
    method: 'post',
    path: '/notifications/read',
    tags,
    summary: 'Mark messages read: the given keys, or all of them',
    roles: ROLES,
    body: z.union([
      z.strictObject({
        keys: z
          .array(z.string().regex(/^[an]:\d{1,18}$/))
          .min(1)
          .max(200),
      }),
      z.strictObject({ all: z.literal(true) }),
    ]),
    responses: { 200: z.object({ unread: z.number().int() }) },
  }),
} as const;
