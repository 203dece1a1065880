import { createRoute, z } from '@hono/zod-openapi';
import {
  enterpriseListQuery,
  enterpriseRegistration,
  enterpriseSchema,
  enterpriseVerification,
  meResponse,
  pageOf,
  uuid,
} from '@huiqi/contracts';
import { body, errors, json } from '../../lib/openapi.js';
import { allow } from '../../lib/context.js';

const idParam = z.object({ id: uuid });

export const register = createRoute({
  method: 'post',
  path: '/enterprises',
  tags: ['enterprises'],
  summary: 'Self-registration of an enterprise and its first account (public); signs the new user in',
  request: body(enterpriseRegistration),
  responses: {
    201: json(z.object({ enterprise: enterpriseSchema, me: meResponse }), 'Registered, pending verification'),
    400: errors[400],
    409: errors[409],
    422: errors[422],
    429: errors[429],
  },
});

export const list = createRoute({
  middleware: [allow('city-admin', 'region-admin', 'auditor', 'industry-dept')] as const,
  method: 'get',
  path: '/enterprises',
  tags: ['enterprises'],
  summary: "Enterprises in the caller's scope (a city admin sees its city)",
  security: [{ session: [] }],
  request: { query: enterpriseListQuery },
  responses: { 200: json(pageOf(enterpriseSchema)), 401: errors[401], 403: errors[403] },
});

export const get = createRoute({
  middleware: [allow('enterprise', 'city-admin', 'region-admin', 'auditor', 'industry-dept')] as const,
  method: 'get',
  path: '/enterprises/{id}',
  tags: ['enterprises'],
  summary: "One enterprise (404 outside the caller's scope)",
  security: [{ session: [] }],
  request: { params: idParam },
  responses: { 200: json(enterpriseSchema), 401: errors[401], 404: errors[404] },
});

export const verify = createRoute({
  middleware: [allow('city-admin', 'region-admin')] as const,
  method: 'post',
  path: '/enterprises/{id}/verification',
  tags: ['enterprises'],
  summary: 'Verify (or reject) an enterprise and its SRDI status, before it can claim',
  security: [{ session: [] }],
  request: { params: idParam, ...body(enterpriseVerification) },
  responses: {
    200: json(enterpriseSchema),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
  },
});
