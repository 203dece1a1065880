import { createRoute, z } from '@hono/zod-openapi';
import { applicationSchema, okSchema, reviewDecision, uuid } from '@huiqi/contracts';
import { body, errors, json } from '../../lib/openapi.js';
import { allow } from '../../lib/context.js';

export const decide = createRoute({
  middleware: [allow('city-admin', 'region-admin')] as const,
  method: 'post',
  path: '/applications/{id}/reviews',
  tags: ['reviews'],
  summary:
    "Decide at the caller's stage: city review (submitted) or region review (city-approved); approve | reject | return",
  security: [{ session: [] }],
  request: { params: z.object({ id: uuid }), ...body(reviewDecision) },
  responses: {
    200: json(applicationSchema),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
    409: errors[409],
    422: errors[422],
  },
});

export const declareConflict = createRoute({
  middleware: [allow('city-admin', 'region-admin')] as const,
  method: 'post',
  path: '/reviewer-conflicts',
  tags: ['reviews'],
  summary: 'Record that a reviewer is linked to an enterprise (they will not be able to decide its claims)',
  security: [{ session: [] }],
  request: body(
    z.strictObject({ userId: uuid, enterpriseId: uuid, reason: z.string().trim().min(1).max(500) }),
  ),
  responses: { 201: json(okSchema), 400: errors[400], 401: errors[401], 403: errors[403], 409: errors[409] },
});
