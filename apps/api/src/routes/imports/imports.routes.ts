import { createRoute, z } from '@hono/zod-openapi';
import { errors, json } from '../../lib/openapi.js';
import { allow } from '../../lib/context.js';

const tags = ['imports'];
const security = [{ session: [] }];
const file = {
  content: {
    'multipart/form-data': { schema: z.object({ file: z.any().meta({ type: 'string', format: 'binary' }) }) },
  },
  required: true,
};
/** none: check only; all: import only when every row is good; good: import the good rows, report the rest. */
const query = z.object({ commit: z.enum(['none', 'all', 'good']).default('none') });

export const importReport = z
  .object({
    kind: z.enum(['recognitions', 'srdi-list']),
    rows: z.number().int(),
    good: z.number().int(),
    bad: z.number().int(),
    problems: z.array(
      z.object({ row: z.number().int(), column: z.string(), zh: z.string(), en: z.string() }),
    ),
    committed: z.boolean(),
    imported: z.number().int(),
  })
  .meta({ id: 'ImportReport' });

export const importRecognitions = createRoute({
  middleware: [allow('region-admin')] as const,
  method: 'post',
  path: '/imports/recognitions',
  tags,
  summary:
    'Proactive benefits (免申即享): an .xlsx of newly recognized titles or awards; matched by credit code to registered enterprises, each good row becomes a pre-filled draft claim for the enterprise to confirm (region-admin)',
  security,
  request: { query, body: file },
  responses: {
    200: json(importReport),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    409: errors[409],
    422: errors[422],
  },
});

export const importSrdiList = createRoute({
  middleware: [allow('region-admin')] as const,
  method: 'post',
  path: '/imports/srdi-list',
  tags,
  summary:
    'The official list of SRDI enterprises as .xlsx: confirms the SRDI level of the registered enterprises it names (region-admin)',
  security,
  request: { query, body: file },
  responses: {
    200: json(importReport),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    409: errors[409],
    422: errors[422],
  },
});

export const exportEnterprises = createRoute({
  middleware: [allow('city-admin', 'region-admin', 'auditor')] as const,
  method: 'get',
  path: '/enterprises.xlsx',
  tags: ['enterprises'],
  summary:
    "The enterprise registry in the caller's scope as .xlsx (text cells protected against formula injection)",
  security,
  request: {
    query: z.object({
      status: z.enum(['pending', 'verified', 'rejected']).optional(),
      areaCode: z.string().max(16).optional(),
    }),
  },
  responses: {
    200: {
      description: 'An .xlsx workbook',
      content: {
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
          schema: z.string().meta({ format: 'binary' }),
        },
      },
    },
    401: errors[401],
    403: errors[403],
  },
});
