import { createRoute, z } from '@hono/zod-openapi';
import {
  applicationStatus,
  figureRecordsQuery,
  figureRecordsSchema,
  scorecardSchema,
  uuid,
} from '@huiqi/contracts';
import { errors, json } from '../../lib/openapi.js';
import { allow } from '../../lib/context.js';

const tags = ['reports'];
const security = [{ session: [] }];
const yearQuery = z.object({ fundingYear: z.coerce.number().int().min(2000).max(2100) });

export const overview = createRoute({
  middleware: [allow('city-admin', 'region-admin', 'auditor')] as const,
  method: 'get',
  path: '/reports/overview',
  tags,
  summary:
    "Claims of a funding year in the caller's scope: count and sums by state, by provision and by area",
  security,
  request: { query: yearQuery },
  responses: {
    200: json(
      z.object({
        fundingYear: z.number().int(),
        byStatus: z.array(
          z.object({
            status: applicationStatus,
            count: z.number().int(),
            assessed: z.string(),
            approved: z.string(),
          }),
        ),
        byProvision: z.array(
          z.object({
            provision: z.string(),
            count: z.number().int(),
            assessed: z.string(),
            approved: z.string(),
          }),
        ),
        byArea: z.array(
          z.object({
            areaCode: z.string(),
            count: z.number().int(),
            assessed: z.string(),
            approved: z.string(),
          }),
        ),
      }),
    ),
    400: errors[400],
    401: errors[401],
    403: errors[403],
  },
});

export const poolItem = z.object({
  id: uuid,
  enterpriseId: uuid,
  areaCode: z.string(),
  provision: z.string(),
  status: applicationStatus,
  claim: z.record(z.string(), z.unknown()),
  fundingYear: z.number().int(),
  asOf: z.string(),
});

export const simulationPool = createRoute({
  middleware: [allow('city-admin', 'region-admin', 'auditor')] as const,
  method: 'get',
  path: '/reports/simulation-pool',
  tags,
  summary:
    'The claims a what-if simulation runs on: submitted or decided claims of a funding year, in submission order (lean rows)',
  security,
  request: { query: yearQuery },
  responses: {
    200: json(z.object({ items: z.array(poolItem), truncated: z.boolean() })),
    400: errors[400],
    401: errors[401],
    403: errors[403],
  },
});

export const scorecard = createRoute({
  middleware: [allow('city-admin', 'region-admin', 'auditor')] as const,
  method: 'get',
  path: '/reports/scorecard',
  tags,
  summary:
    'The regional scorecard (M13.1): how each city and Ningdong carries out the measures in a year — claims, money granted and paid, services, and every figure each provision declares against its target or floor, met or not',
  security,
  request: { query: yearQuery },
  responses: { 200: json(scorecardSchema), 400: errors[400], 401: errors[401], 403: errors[403] },
});

export const scorecardExport = createRoute({
  middleware: [allow('city-admin', 'region-admin', 'auditor')] as const,
  method: 'get',
  path: '/reports/scorecard.xlsx',
  tags,
  summary: 'The scorecard as an Excel workbook (text cells protected against formula injection)',
  security,
  request: { query: yearQuery },
  responses: {
    200: {
      description: 'An .xlsx workbook',
      content: {
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
          schema: z.string().meta({ format: 'binary' }),
        },
      },
    },
    400: errors[400],
    401: errors[401],
    403: errors[403],
  },
});

export const scorecardRecords = createRoute({
  middleware: [allow('city-admin', 'region-admin', 'auditor')] as const,
  method: 'get',
  path: '/reports/scorecard/records',
  tags,
  summary:
    "The records behind one figure of the scorecard (a provision's figure, optionally one area), most recent first, at most 500",
  security,
  request: { query: figureRecordsQuery },
  responses: {
    200: json(figureRecordsSchema),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
  },
});
