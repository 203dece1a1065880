import { createRoute, z } from '@hono/zod-openapi';
import { CHECKS, dateString, uuid } from '@huiqi/contracts';
import { EVENT_KIND_IDS } from '@huiqi/domain';
import { allow } from '../../lib/context.js';
import { SYNC_ERROR_KINDS } from '../../lib/metrics.js';
import { body, errors, json } from '../../lib/openapi.js';

const tags = ['agency'];
const security = [{ session: [] }];

export const lookup = createRoute({
  method: 'get',
  path: '/agency/enterprises',
  middleware: [allow('agency')] as const,
  tags,
  summary: 'Find an enterprise to serve, by part of its name or its credit code (name, code and area only)',
  security,
  request: { query: z.object({ q: z.string().trim().min(2, CHECKS.typeTwoChars.en).max(100) }) },
  responses: {
    200: json(
      z.object({
        items: z.array(
          z.object({ id: uuid, name: z.string(), creditCode: z.string(), areaCode: z.string() }),
        ),
      }),
    ),
    400: errors[400],
    401: errors[401],
    403: errors[403],
  },
});

export const targets = createRoute({
  method: 'get',
  path: '/agency/targets',
  middleware: [allow('agency')] as const,
  tags,
  summary:
    "This year's distinct enterprises served by the agency, per provision and month, against the count targets",
  security,
  request: { query: z.object({ year: z.coerce.number().int().min(2000).max(2100) }) },
  responses: {
    200: json(
      z.object({
        year: z.number().int(),
        agency: z.object({ id: uuid, name: z.string(), kind: z.string() }),
        items: z.array(
          z.object({
            provision: z.string(),
            target: z.number().int().nullable(),
            served: z.number().int(),
            records: z.number().int(),
            byMonth: z.array(z.number().int()).length(12),
          }),
        ),
      }),
    ),
    400: errors[400],
    401: errors[401],
    403: errors[403],
  },
});

export const eventCreate = z.strictObject({
  clientId: uuid,
  kind: z.enum(EVENT_KIND_IDS),
  title: z.string().trim().min(2).max(200),
  heldOn: dateString,
  place: z.string().trim().min(2).max(200),
  enterpriseIds: z.array(uuid).min(1, CHECKS.attendeesMin.en).max(500),
});
export const eventSchema = z
  .object({
    id: uuid,
    clientId: uuid.nullable(),
    kind: z.string(),
    provision: z.string(),
    title: z.string(),
    heldOn: z.string(),
    place: z.string(),
    attendees: z.array(z.object({ id: uuid, name: z.string() })),
    createdAt: z.string(),
  })
  .meta({ id: 'ServiceEvent' });

export const createEvent = createRoute({
  method: 'post',
  path: '/agency/events',
  middleware: [allow('agency')] as const,
  tags,
  summary:
    'Record a matchmaking or training event (M5.2, M11.2, M4.1) with its attending enterprises; once per clientId',
  security,
  request: body(eventCreate),
  responses: {
    200: json(eventSchema),
    201: json(eventSchema),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
  },
});

export const listEvents = createRoute({
  method: 'get',
  path: '/agency/events',
  middleware: [allow('agency')] as const,
  tags,
  summary: "The agency's events",
  security,
  responses: { 200: json(z.object({ items: z.array(eventSchema) })), 401: errors[401], 403: errors[403] },
});

export const workerSchema = z
  .object({
    id: uuid,
    username: z.string(),
    displayName: z.string(),
    agencyAdmin: z.boolean(),
    disabled: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'AgencyWorker' });

export const listWorkers = createRoute({
  method: 'get',
  path: '/agency/workers',
  middleware: [allow('agency')] as const,
  tags,
  summary: "The agency's workers (agency admins)",
  security,
  responses: { 200: json(z.object({ items: z.array(workerSchema) })), 401: errors[401], 403: errors[403] },
});

export const addWorker = createRoute({
  method: 'post',
  path: '/agency/workers',
  middleware: [allow('agency')] as const,
  tags,
  summary: 'An agency admin adds a worker to the agency (audited)',
  security,
  request: body(
    z.strictObject({
      username: z
        .string()
        .trim()
        .min(3)
        .max(64)
        .regex(/^[A-Za-z0-9_.@-]+$/),
      displayName: z.string().trim().min(1).max(50),
      password: z.string().min(1).max(256),
      agencyAdmin: z.boolean().default(false),
    }),
  ),
  responses: {
    201: json(workerSchema),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    409: errors[409],
    422: errors[422],
  },
});

export const disableWorker = createRoute({
  method: 'post',
  path: '/agency/workers/{id}/disable',
  middleware: [allow('agency')] as const,
  tags,
  summary: 'An agency admin disables a worker (ending their sessions); never themself',
  security,
  request: { params: z.object({ id: uuid }) },
  responses: {
    200: json(workerSchema),
    401: errors[401],
    403: errors[403],
    404: errors[404],
    409: errors[409],
  },
});

export const reportSyncErrors = createRoute({
  method: 'post',
  path: '/agency/sync-errors',
  middleware: [allow('agency')] as const,
  tags,
  summary:
    'A station reports what its outbox failed to send since its last report (counted in /metrics; nothing is stored)',
  security,
  request: body(
    z.strictObject({
      errors: z
        .array(
          z.strictObject({
            kind: z.enum(SYNC_ERROR_KINDS),
            code: z.string().regex(/^[A-Z][A-Z0-9_]{0,39}$/, 'an error code such as VALIDATION_FAILED'),
            count: z.number().int().min(1).max(10_000),
          }),
        )
        .min(1)
        .max(50),
    }),
  ),
  responses: {
    200: json(z.object({ counted: z.number().int() })),
    400: errors[400],
    401: errors[401],
    403: errors[403],
  },
});
