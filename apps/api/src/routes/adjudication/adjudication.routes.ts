import { createRoute, z } from '@hono/zod-openapi';
import {
  adjudicationCaseCreate,
  adjudicationCaseSchema,
  adjudicationListQuery,
  adjudicationStep,
  uuid,
} from '@huiqi/contracts';
import { allow } from '../../lib/context.js';
import { body, errors, json } from '../../lib/openapi.js';

const tags = ['adjudication'];
const security = [{ session: [] }];
const READERS = ['city-admin', 'region-admin', 'auditor', 'industry-dept'] as const;
const WRITERS = ['city-admin', 'region-admin'] as const;
const params = z.object({ id: uuid });

export const listCases = createRoute({
  middleware: [allow(...READERS)] as const,
  method: 'get',
  path: '/adjudication-cases',
  tags,
  summary:
    "M9.3: the register of patent infringement disputes for administrative adjudication in the caller's area, each with its statutory time limits today",
  security,
  request: { query: adjudicationListQuery },
  responses: {
    200: json(z.object({ items: z.array(adjudicationCaseSchema) })),
    400: errors[400],
    401: errors[401],
    403: errors[403],
  },
});

export const createCase = createRoute({
  middleware: [allow(...WRITERS)] as const,
  method: 'post',
  path: '/adjudication-cases',
  tags,
  summary:
    'File a request for adjudication as received: the parties (enterprises of the registry, or named), the patent and the claims (city or region IP office)',
  security,
  request: body(adjudicationCaseCreate),
  responses: {
    201: json(adjudicationCaseSchema),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
    422: errors[422],
  },
});

export const getCase = createRoute({
  middleware: [allow(...READERS)] as const,
  method: 'get',
  path: '/adjudication-cases/{id}',
  tags,
  summary: 'One case with its time limits (scoped: another area’s case is 404)',
  security,
  request: { params },
  responses: { 200: json(adjudicationCaseSchema), 401: errors[401], 403: errors[403], 404: errors[404] },
});

export const caseStep = createRoute({
  middleware: [allow(...WRITERS)] as const,
  method: 'post',
  path: '/adjudication-cases/{id}/steps',
  tags,
  summary:
    'Record a step: accept or refuse (with the reason), service on the respondent, the oral hearing, an approved extension, the closing decision',
  security,
  request: { params, ...body(adjudicationStep) },
  responses: {
    200: json(adjudicationCaseSchema),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
    409: errors[409],
    422: errors[422],
  },
});

export const uploadDocument = createRoute({
  middleware: [allow(...WRITERS)] as const,
  method: 'post',
  path: '/adjudication-cases/{id}/document',
  tags,
  summary:
    'The decision (or refusal) document as PDF, OFD or a scan: stored with the evidence files, replacing an earlier one (audited)',
  security,
  request: {
    params,
    body: {
      content: {
        'multipart/form-data': {
          schema: z.object({ file: z.any().meta({ type: 'string', format: 'binary' }) }),
        },
      },
      required: true,
    },
  },
  responses: {
    200: json(adjudicationCaseSchema),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
    409: errors[409],
  },
});

export const downloadDocument = createRoute({
  middleware: [allow(...READERS)] as const,
  method: 'get',
  path: '/adjudication-cases/{id}/document',
  tags,
  summary: "The case's decision document",
  security,
  request: { params },
  responses: {
    200: {
      description: 'The file',
      content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } },
    },
    401: errors[401],
    403: errors[403],
    404: errors[404],
  },
});
