import { createRoute, z } from '@hono/zod-openapi';
import { json } from '../../lib/openapi.js';

export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({ kind: z.enum(['pglite', 'postgres']), reachable: z.boolean(), migrationsApplied: z.number(), migrationsKnown: z.number(), current: z.boolean() }),
  time: z.string(),
});

export const health = createRoute({
  method: 'get',
  path: '/health',
  tags: ['health'],
  summary: 'Is the service up, is the database reachable, are its migrations current',
  responses: { 200: json(healthSchema), 503: json(healthSchema, 'The database is unreachable or behind') },
});
