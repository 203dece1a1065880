import { createRoute, z } from '@hono/zod-openapi';
import { errors, json } from '../../lib/openapi.js';
import { allow } from '../../lib/context.js';

export const notificationSchema = z
  .object({ id: z.number().int(), at: z.string(), action: z.string(), applicationId: z.string(), provision: z.string(), status: z.string().nullable(), comment: z.string().nullable() })
  .meta({ id: 'Notification' });

export const listNotifications = createRoute({
  middleware: [allow('enterprise')] as const,
  method: 'get',
  path: '/notifications',
  tags: ['applications'],
  summary: 'Every state change of the enterprise\'s claims, newest first (from the audit trail)',
  security: [{ session: [] }],
  request: { query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }) },
  responses: { 200: json(z.object({ items: z.array(notificationSchema) })), 401: errors[401], 403: errors[403] },
});
