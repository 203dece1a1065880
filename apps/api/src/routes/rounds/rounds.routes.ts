import { createRoute, z } from '@hono/zod-openapi';
import { roundCreate, roundSchema } from '@huiqi/contracts';
import { body, errors, json } from '../../lib/openapi.js';
import { allow } from '../../lib/context.js';

export const listRounds = createRoute({
  method: 'get',
  path: '/rounds',
  tags: ['rounds'],
  summary: 'Funding rounds (申报批次) and whether each is open today (public)',
  responses: { 200: json(z.object({ items: z.array(roundSchema) })) },
});

export const createRound = createRoute({
  middleware: [allow('region-admin')] as const,
  method: 'post',
  path: '/rounds',
  tags: ['rounds'],
  summary: 'Open a funding round for a year and the provisions it accepts (region-admin)',
  security: [{ session: [] }],
  request: body(roundCreate),
  responses: { 201: json(roundSchema), 400: errors[400], 401: errors[401], 403: errors[403], 422: errors[422] },
});
