import { createRoute, z } from '@hono/zod-openapi';
import {
  applicationCreate,
  applicationDetail,
  applicationListQuery,
  applicationSchema,
  applicationUpdate,
  pageOf,
  uuid,
} from '@huiqi/contracts';
import { body, errors, json } from '../../lib/openapi.js';
import { allow } from '../../lib/context.js';

const idParam = z.object({ id: uuid });
const versionBody = z.strictObject({ version: z.number().int().min(1) });
const all = {
  400: errors[400],
  401: errors[401],
  403: errors[403],
  404: errors[404],
  409: errors[409],
  422: errors[422],
};

export const createApplication = createRoute({
  middleware: [allow('enterprise', 'agency-admin')] as const,
  method: 'post',
  path: '/applications',
  tags: ['applications'],
  summary:
    "Start a draft claim in an open round (an enterprise; an agency's administrator for the provisions paid to agencies, M11.1; takes an Idempotency-Key)",
  security: [{ session: [] }],
  request: body(applicationCreate),
  responses: { 201: json(applicationSchema), ...all },
});

export const listApplications = createRoute({
  method: 'get',
  path: '/applications',
  tags: ['applications'],
  summary: "Claims in the caller's scope, newest first, paged",
  security: [{ session: [] }],
  request: { query: applicationListQuery },
  responses: { 200: json(pageOf(applicationSchema)), 400: errors[400], 401: errors[401] },
});

export const getApplication = createRoute({
  method: 'get',
  path: '/applications/{id}',
  tags: ['applications'],
  summary: 'A claim with its reviews (timeline) and evidence',
  security: [{ session: [] }],
  request: { params: idParam },
  responses: { 200: json(applicationDetail), 401: errors[401], 404: errors[404] },
});

export const updateApplication = createRoute({
  middleware: [allow('enterprise', 'agency-admin')] as const,
  method: 'patch',
  path: '/applications/{id}',
  tags: ['applications'],
  summary: 'Edit a draft or a returned claim (with the version last seen)',
  security: [{ session: [] }],
  request: { params: idParam, ...body(applicationUpdate) },
  responses: { 200: json(applicationSchema), ...all },
});

export const submitApplication = createRoute({
  middleware: [allow('enterprise', 'agency-admin')] as const,
  method: 'post',
  path: '/applications/{id}/submit',
  tags: ['applications'],
  summary: 'Submit: the assessment is computed and frozen with the policy version and parameters used',
  security: [{ session: [] }],
  request: { params: idParam, ...body(versionBody) },
  responses: { 200: json(applicationSchema), ...all },
});

export const withdrawApplication = createRoute({
  middleware: [allow('enterprise', 'agency-admin')] as const,
  method: 'post',
  path: '/applications/{id}/withdraw',
  tags: ['applications'],
  summary: 'Withdraw a claim before review',
  security: [{ session: [] }],
  request: { params: idParam, ...body(versionBody) },
  responses: { 200: json(applicationSchema), ...all },
});
