import { z } from 'zod';
import { endpoint } from '../endpoint.js';

export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({
    kind: z.enum(['pglite', 'postgres']),
    reachable: z.boolean(),
    migrationsApplied: z.number(),
    migrationsKnown: z.number(),
    current: z.boolean(),
  }),
  time: z.string(),
});

export const health = {
  get: endpoint({
    method: 'get',
    path: '/health',
    tags: ['health'],
    summary: 'Is the service up, is the database reachable, are its migrations current',
    public: true,
    responses: {
      200: healthSchema,
      503: { description: 'The database is unreachable or behind', schema: healthSchema },
    },
  }),
} as const;
