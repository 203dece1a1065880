import { createRoute, z } from '@hono/zod-openapi';
import { dateString, uuid } from '@huiqi/contracts';
import { SERVICE_TYPE_IDS } from '@huiqi/domain';
import { allow } from '../../lib/context.js';
import { body, errors, json } from '../../lib/openapi.js';

const tags = ['services'];
const security = [{ session: [] }];

export const serviceRecordCreate = z.strictObject({
  /** The id the phone gave the record: sending it again (after a lost connection) finds the first one. */
  clientId: uuid,
  enterpriseId: uuid,
  serviceType: z.enum(SERVICE_TYPE_IDS, { error: 'serviceType: one of the service types of SERVICE_TYPES' }),
  servedOn: dateString,
  durationMinutes: z.number().int().min(1, 'duration: at least 1 minute').max(1440, 'duration: at most a day (1440 minutes)'),
  participants: z.number().int().min(1, 'participants: at least 1').max(10000),
  notes: z.string().trim().max(2000).default(''),
  requestId: uuid.optional(),
});

export const serviceRecordSchema = z
  .object({
    id: uuid,
    clientId: uuid.nullable(),
    agencyId: uuid,
    enterpriseId: uuid,
    enterpriseName: z.string(),
    provision: z.string(),
    serviceType: z.string(),
    servedOn: z.string(),
    durationMinutes: z.number().int(),
    participants: z.number().int(),
    notes: z.string(),
    requestId: uuid.nullable(),
    photos: z.array(z.object({ id: uuid, size: z.number().int(), mime: z.string() })),
    createdAt: z.string(),
  })
  .meta({ id: 'ServiceRecord' });

export const createRecord = createRoute({
  method: 'post',
  path: '/service-records',
  middleware: [allow('agency')] as const,
  tags,
  summary: 'An agency records a service to an enterprise; exactly once per clientId (201 first, 200 when sent again)',
  security,
  request: body(serviceRecordCreate),
  responses: { 200: json(serviceRecordSchema, 'Already recorded (sent again)'), 201: json(serviceRecordSchema, 'Recorded'), 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404], 422: errors[422] },
});

export const listRecords = createRoute({
  method: 'get',
  path: '/service-records',
  middleware: [allow('agency', 'city-admin', 'region-admin', 'auditor')] as const,
  tags,
  summary: 'Service records in scope: an agency\'s own, a city\'s enterprises\', or all',
  security,
  request: { query: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional(), page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(200).default(50) }) },
  responses: { 200: json(z.object({ items: z.array(serviceRecordSchema), total: z.number().int() })), 401: errors[401], 403: errors[403] },
});

export const addPhoto = createRoute({
  method: 'post',
  path: '/service-records/{id}/photos',
  middleware: [allow('agency')] as const,
  tags,
  summary: 'A photo of the service (JPEG or PNG by content, compressed on the phone), once per clientId',
  security,
  request: {
    params: z.object({ id: uuid }),
    body: { content: { 'multipart/form-data': { schema: z.object({ file: z.any().meta({ type: 'string', format: 'binary' }), clientId: z.string().optional() }) } }, required: true },
  },
  responses: { 200: json(z.object({ id: uuid, size: z.number().int(), mime: z.string() })), 201: json(z.object({ id: uuid, size: z.number().int(), mime: z.string() })), 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404] },
});

export const getPhoto = createRoute({
  method: 'get',
  path: '/service-photos/{id}',
  middleware: [allow('agency', 'city-admin', 'region-admin', 'auditor')] as const,
  tags,
  summary: 'A service photo (scoped like its record)',
  security,
  request: { params: z.object({ id: uuid }) },
  responses: { 200: { description: 'The image' }, 401: errors[401], 403: errors[403], 404: errors[404] },
});
