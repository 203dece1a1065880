import { createRoute, z } from '@hono/zod-openapi';
import { CHECKS, uuid } from '@huiqi/contracts';
import { REQUEST_KIND_IDS } from '@huiqi/domain';
import { body, errors, json } from '../../lib/openapi.js';
import { allow } from '../../lib/context.js';

export const serviceRequestCreate = z.strictObject({
  /** What the enterprise asks for: the provisions' `requests` (case leads, assistance, coaching, trademark services). */
  kind: z.enum(REQUEST_KIND_IDS),
  title: z.string().trim().min(2, CHECKS.shortTitle.en).max(100),
  description: z.string().trim().min(10, CHECKS.needDescription.en).max(4000),
});

export const serviceRequestSchema = z
  .object({
    id: uuid,
    enterpriseId: uuid,
    enterpriseName: z.string(),
    kind: z.string(),
    provision: z.string(),
    title: z.string(),
    description: z.string(),
    status: z.enum(['open', 'assigned', 'in-progress', 'closed']),
    agencyId: z.string().nullable(),
    outcome: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ServiceRequest' });

export const createRequest = createRoute({
  middleware: [allow('enterprise')] as const,
  method: 'post',
  path: '/service-requests',
  tags: ['services'],
  summary:
    'Report a case lead, ask for assistance, coaching or trademark services (each kind under the provision that offers it)',
  security: [{ session: [] }],
  request: body(serviceRequestCreate),
  responses: { 201: json(serviceRequestSchema), 400: errors[400], 401: errors[401], 403: errors[403] },
});

export const listRequests = createRoute({
  method: 'get',
  path: '/service-requests',
  tags: ['services'],
  summary: "Requests in scope: an enterprise's own, a city's, an agency's assigned ones, or all",
  security: [{ session: [] }],
  responses: { 200: json(z.object({ items: z.array(serviceRequestSchema) })), 401: errors[401] },
});

export const assignRequest = createRoute({
  middleware: [allow('region-admin')] as const,
  method: 'post',
  path: '/service-requests/{id}/assignment',
  tags: ['services'],
  summary: 'Assign an open request to an agency (region-admin)',
  security: [{ session: [] }],
  request: { params: z.object({ id: uuid }), ...body(z.strictObject({ agencyId: uuid })) },
  responses: {
    200: json(serviceRequestSchema),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
    409: errors[409],
  },
});

export const requestEventSchema = z
  .object({
    id: uuid,
    kind: z.enum(['accepted', 'progress', 'closed']),
    note: z.string(),
    by: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'ServiceRequestEvent' });

export const actOnRequest = createRoute({
  middleware: [allow('agency')] as const,
  method: 'post',
  path: '/service-requests/{id}/{step}',
  tags: ['services'],
  summary:
    'The assigned agency accepts a request, records progress, or closes it with the outcome (the enterprise sees each step)',
  security: [{ session: [] }],
  request: {
    params: z.object({ id: uuid, step: z.enum(['accept', 'progress', 'close']) }),
    ...body(
      z.strictObject({
        note: z.string().trim().min(2, CHECKS.handlingNote.en).max(2000),
      }),
    ),
  },
  responses: {
    200: json(serviceRequestSchema),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
    409: errors[409],
  },
});

export const listRequestEvents = createRoute({
  method: 'get',
  path: '/service-requests/{id}/events',
  tags: ['services'],
  summary: 'What happened to a request, in order (scoped like the request)',
  security: [{ session: [] }],
  request: { params: z.object({ id: uuid }) },
  responses: {
    200: json(z.object({ items: z.array(requestEventSchema) })),
    401: errors[401],
    404: errors[404],
  },
});
