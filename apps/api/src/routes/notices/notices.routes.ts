import { createRoute, z } from '@hono/zod-openapi';
import {
  applicationSchema,
  clawbackCreate,
  disbursementCreate,
  noticeCreate,
  noticeSchema,
  uuid,
} from '@huiqi/contracts';
import { body, errors, json } from '../../lib/openapi.js';
import { allow } from '../../lib/context.js';

export const publishNotice = createRoute({
  middleware: [allow('region-admin')] as const,
  method: 'post',
  path: '/notices',
  tags: ['notices'],
  summary: 'Publish approved claims for public notice (公示) for a period (region-admin)',
  security: [{ session: [] }],
  request: body(noticeCreate),
  responses: {
    201: json(noticeSchema),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    409: errors[409],
  },
});

export const listNotices = createRoute({
  method: 'get',
  path: '/notices',
  tags: ['notices'],
  summary: 'Public notices, newest first, with the objection channel (public)',
  responses: { 200: json(z.object({ items: z.array(noticeSchema) })) },
});

export const disburse = createRoute({
  middleware: [allow('region-admin')] as const,
  method: 'post',
  path: '/applications/{id}/disbursements',
  tags: ['notices'],
  summary: 'Record the payment of a claim whose notice period has ended (region-admin); closes the claim',
  security: [{ session: [] }],
  request: { params: z.object({ id: uuid }), ...body(disbursementCreate) },
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

export const clawback = createRoute({
  middleware: [allow('region-admin')] as const,
  method: 'post',
  path: '/applications/{id}/clawbacks',
  tags: ['notices'],
  summary: 'Claw back (part of) a paid claim: a correcting entry, never an edit (region-admin)',
  security: [{ session: [] }],
  request: { params: z.object({ id: uuid }), ...body(clawbackCreate) },
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
