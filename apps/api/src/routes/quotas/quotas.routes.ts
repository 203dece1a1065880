import { createRoute, z } from '@hono/zod-openapi';
import { countQuotaCreate, countQuotaSchema, quotaMemberCreate, uuid } from '@huiqi/contracts';
import { body, errors, json } from '../../lib/openapi.js';
import { allow } from '../../lib/context.js';

export const listQuotas = createRoute({
  middleware: [allow('city-admin', 'region-admin', 'auditor')] as const,
  method: 'get',
  path: '/quotas',
  tags: ['budgets'],
  summary: 'Count quotas of distinct enterprises a year (M2.1, M2.2, M3.1, M6.1, M8.1, M8.2)',
  security: [{ session: [] }],
  request: { query: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }) },
  responses: { 200: json(z.object({ items: z.array(countQuotaSchema) })), 401: errors[401], 403: errors[403] },
});

export const createQuota = createRoute({
  middleware: [allow('region-admin')] as const,
  method: 'post',
  path: '/quotas',
  tags: ['budgets'],
  summary: 'Open a count quota for a provision and year; its kind and number come from the policy in force (region-admin)',
  security: [{ session: [] }],
  request: body(countQuotaCreate),
  responses: { 201: json(countQuotaSchema), 400: errors[400], 401: errors[401], 403: errors[403], 409: errors[409], 422: errors[422] },
});

export const addMember = createRoute({
  middleware: [allow('region-admin')] as const,
  method: 'post',
  path: '/quotas/{id}/members',
  tags: ['budgets'],
  summary: 'Count an enterprise under a quota: a cap refuses past its number; "about N" needs a reason past it (region-admin)',
  security: [{ session: [] }],
  request: { params: z.object({ id: uuid }), ...body(quotaMemberCreate) },
  responses: {
    200: json(z.object({ quota: countQuotaSchema, alreadyCounted: z.boolean(), overridden: z.boolean() })),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
    409: errors[409],
    422: errors[422],
  },
});
