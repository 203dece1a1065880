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

const year = z.coerce.number().int().min(2000).max(2100);

export const importSrdiList = createRoute({
  middleware: [allow('region-admin')] as const,
  method: 'post',
  path: '/imports/srdi-list',
  tags,
  summary:
    "M9.1: the year's official SRDI (专精特新) or little-giant (小巨人) list as .xlsx: kept as that year's list and confirms the SRDI level of the registered enterprises it names (region-admin; year: the list's, default this year)",
  security,
  request: { query: query.extend({ year: year.optional() }), body: file },
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

export const srdiListEntry = z
  .object({
    year: z.number().int(),
    level: z.enum(['provincial', 'little-giant']),
    creditCode: z.string(),
    name: z.string(),
    enterpriseId: z.string(),
    areaCode: z.string(),
    importedAt: z.string(),
  })
  .meta({ id: 'SrdiListEntry' });

export const listSrdiLists = createRoute({
  middleware: [allow('city-admin', 'region-admin', 'auditor', 'industry-dept')] as const,
  method: 'get',
  path: '/srdi-lists',
  tags: ['enterprises'],
  summary:
    "M9.1: the SRDI and little-giant lists of a year as imported, in the caller's area (a city's or an industry department's own; the region all)",
  security,
  request: {
    query: z.object({ year: year.optional(), level: z.enum(['provincial', 'little-giant']).optional() }),
  },
  responses: {
    200: json(
      z.object({
        /** The years with a list, newest first. */
        years: z.array(z.number().int()),
        year: z.number().int().nullable(),
        items: z.array(srdiListEntry),
      }),
    ),
    400: errors[400],
    401: errors[401],
    403: errors[403],
  },
});
