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

const REQUEST_STATUSES = ['open', 'assigned', 'in-progress', 'closed'] as const;

export const serviceRequestSchema = z
  .object({
    id: uuid,
    enterpriseId: uuid,
    enterpriseName: z.string(),
    /** The enterprise's area (a city, or Ningdong). */
    areaCode: z.string(),
    kind: z.string(),
    provision: z.string(),
    title: z.string(),
    description: z.string(),
    status: z.enum(REQUEST_STATUSES),
    agencyId: z.string().nullable(),
    /** Who handles it: the agency's name (the enterprise sees it). */
    agencyName: z.string().nullable(),
    /** The current assignment's day, working days and last day (null past the calendar's range). */
    assignedOn: z.string().nullable(),
    handleWorkingDays: z.number().int().nullable(),
    dueOn: z.string().nullable(),
    /** Against the due date today: the clock runs while an agency holds it (assigned, in progress). */
    due: z.object({
      running: z.boolean(),
      overdue: z.boolean(),
      workingDaysLeft: z.number().int().nullable(),
    }),
    outcome: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ServiceRequest' });

export const serviceRequestListQuery = z.object({
  kind: z.enum(REQUEST_KIND_IDS).optional(),
  status: z.enum(REQUEST_STATUSES).optional(),
  /** true: only those past their due date while an agency holds them. */
  overdue: z.enum(['true', 'false']).optional(),
});

const handleDays = z
  .number({ error: CHECKS.handleDays.en })
  .int(CHECKS.handleDays.en)
  .min(1, CHECKS.handleDays.en)
  .max(120, CHECKS.handleDays.en);

export const assignmentCreate = z.strictObject({
  agencyId: uuid,
  /** The working days the agency has; default: the provision's requestHandleWithin on the day. */
  workingDays: handleDays.optional(),
});

export const reassignmentCreate = z.strictObject({
  agencyId: uuid,
  reason: z.string().trim().min(2, CHECKS.reassignReason.en).max(500),
  workingDays: handleDays.optional(),
});

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

/** Who follows requests: the enterprise, the agency holding it, officials and auditors (not the industry department). */
const FOLLOWERS = ['enterprise', 'agency', 'city-admin', 'region-admin', 'auditor'] as const;

export const listRequests = createRoute({
  middleware: [allow(...FOLLOWERS)] as const,
  method: 'get',
  path: '/service-requests',
  tags: ['services'],
  summary:
    "Requests in scope: an enterprise's own, a city's, an agency's assigned ones, or all; by kind, status, overdue",
  security: [{ session: [] }],
  request: { query: serviceRequestListQuery },
  responses: {
    200: json(z.object({ items: z.array(serviceRequestSchema) })),
    400: errors[400],
    401: errors[401],
    403: errors[403],
  },
});

export const assignRequest = createRoute({
  middleware: [allow('city-admin', 'region-admin')] as const,
  method: 'post',
  path: '/service-requests/{id}/assignment',
  tags: ['services'],
  summary:
    "Assign an open request to an agency with a time in working days (default: the provision's requestHandleWithin); a city assigns its own area's",
  security: [{ session: [] }],
  request: { params: z.object({ id: uuid }), ...body(assignmentCreate) },
  responses: {
    200: json(serviceRequestSchema),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
    409: errors[409],
    422: errors[422],
  },
});

export const reassignRequest = createRoute({
  middleware: [allow('city-admin', 'region-admin')] as const,
  method: 'post',
  path: '/service-requests/{id}/reassignment',
  tags: ['services'],
  summary:
    'Move an assigned or in-progress request to another agency, with the reason; its time starts again from today',
  security: [{ session: [] }],
  request: { params: z.object({ id: uuid }), ...body(reassignmentCreate) },
  responses: {
    200: json(serviceRequestSchema),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
    409: errors[409],
    422: errors[422],
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
  middleware: [allow(...FOLLOWERS)] as const,
  method: 'get',
  path: '/service-requests/{id}/events',
  tags: ['services'],
  summary: 'What happened to a request, in order (scoped like the request)',
  security: [{ session: [] }],
  request: { params: z.object({ id: uuid }) },
  responses: {
    200: json(z.object({ items: z.array(requestEventSchema) })),
    401: errors[401],
    403: errors[403],
    404: errors[404],
  },
});

export const serviceRequestDetail = serviceRequestSchema
  .extend({
    /** Every assignment in order: the first, then each reassignment with its reason. */
    assignments: z.array(
      z.object({
        id: uuid,
        agency: z.object({ id: uuid, name: z.string() }),
        fromAgency: z.object({ id: uuid, name: z.string() }).nullable(),
        assignedOn: z.string(),
        workingDays: z.number().int(),
        dueOn: z.string().nullable(),
        reason: z.string().nullable(),
        by: z.string(),
        createdAt: z.string(),
      }),
    ),
    events: z.array(requestEventSchema),
    /** The agencies' service records against the request (its progress on the ground). */
    records: z.array(
      z.object({
        id: uuid,
        agencyName: z.string(),
        serviceType: z.string(),
        provision: z.string(),
        servedOn: z.string(),
        durationMinutes: z.number().int(),
        participants: z.number().int(),
        notes: z.string(),
      }),
    ),
  })
  .meta({ id: 'ServiceRequestDetail' });

export const getRequest = createRoute({
  middleware: [allow(...FOLLOWERS)] as const,
  method: 'get',
  path: '/service-requests/{id}',
  tags: ['services'],
  summary:
    'One request with its assignments, the agency’s steps and its service records against it (scoped like the list)',
  security: [{ session: [] }],
  request: { params: z.object({ id: uuid }) },
  responses: { 200: json(serviceRequestDetail), 401: errors[401], 403: errors[403], 404: errors[404] },
});
