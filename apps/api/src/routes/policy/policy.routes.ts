import { createRoute, z } from '@hono/zod-openapi';
import {
  assessmentSchema,
  assessRequest,
  lprPublicationCreate,
  okSchema,
  parameterValueCreate,
} from '@huiqi/contracts';
import { body, errors, json } from '../../lib/openapi.js';
import { allow } from '../../lib/context.js';

export const getPolicy = createRoute({
  method: 'get',
  path: '/policy',
  tags: ['policy'],
  summary: 'The policy versions in force: provisions, clause texts and every dated parameter (public)',
  responses: { 200: json(z.object({ versions: z.array(z.record(z.string(), z.unknown())) })) },
});

export const getLpr = createRoute({
  method: 'get',
  path: '/lpr',
  tags: ['policy'],
  summary: 'The one-year LPR publications and the date through which they are confirmed (public)',
  responses: {
    200: json(
      z.object({
        confirmedThrough: z.string(),
        publications: z.array(z.object({ publishedOn: z.string(), rate: z.string() })),
      }),
    ),
  },
});

export const postAssess = createRoute({
  method: 'post',
  path: '/assess',
  tags: ['policy'],
  summary: 'The policy calculator (public): a claim → the assessment with its trace',
  request: body(assessRequest),
  responses: { 200: json(assessmentSchema), 400: errors[400], 422: errors[422], 429: errors[429] },
});

export const postParameterValue = createRoute({
  middleware: [allow('region-admin')] as const,
  method: 'post',
  path: '/policy/parameters',
  tags: ['policy'],
  summary: 'Add a new dated value to a parameter (region-admin; never an overwrite)',
  security: [{ session: [] }],
  request: body(parameterValueCreate),
  responses: {
    201: json(okSchema),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    409: errors[409],
    422: errors[422],
  },
});

export const postLpr = createRoute({
  middleware: [allow('region-admin')] as const,
  method: 'post',
  path: '/lpr',
  tags: ['policy'],
  summary: 'Record a new LPR publication (region-admin)',
  security: [{ session: [] }],
  request: body(lprPublicationCreate),
  responses: {
    201: json(okSchema),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    409: errors[409],
    422: errors[422],
  },
});
