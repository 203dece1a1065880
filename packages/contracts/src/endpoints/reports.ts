import { z } from 'zod';
import { endpoint } from '../endpoint.js';
import {
  figureRecordsQuery,
  figureRecordsSchema,
  fundingYearQuery,
  overviewSchema,
  poolItem,
  scorecardSchema,
} from '../reports.js';

const tags = ['reports'];
const roles = ['city-admin', 'region-admin', 'auditor'] as const;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What officials read of a funding year: the overview, the simulation's claims, the scorecard (M13.1). */
export const reports = {
  overview: endpoint({
    method: 'get',
    path: '/reports/overview',
    tags,
    summary:
      "Claims of a funding year in the caller's scope: count and sums by state, by provision and by area",
    roles,
    query: fundingYearQuery,
    responses: { 200: overviewSchema },
  }),
  simulationPool: endpoint({
    method: 'get',
    path: '/reports/simulation-pool',
    tags,
    summary:
      'The claims a what-if simulation runs on: submitted or decided claims of a funding year, in submission order (lean rows)',
    roles,
    query: fundingYearQuery,
    responses: { 200: z.object({ items: z.array(poolItem), truncated: z.boolean() }) },
  }),
  scorecard: endpoint({
    method: 'get',
    path: '/reports/scorecard',
    tags,
    summary:
      'The regional scorecard (M13.1): how each city and Ningdong carries out the measures in a year — claims, money granted and paid, services, and every figure each provision declares against its target or floor, met or not',
    roles,
    query: fundingYearQuery,
    responses: { 200: scorecardSchema },
  }),
  scorecardRecords: endpoint({
    method: 'get',
    path: '/reports/scorecard/records',
    tags,
    summary:
      "The records behind one figure of the scorecard (a provision's figure, optionally one area), most recent first, at most 500",
    roles,
    query: figureRecordsQuery,
    responses: { 200: figureRecordsSchema },
    errors: [404],
  }),
  scorecardXlsx: endpoint({
    method: 'get',
    path: '/reports/scorecard.xlsx',
    tags,
    summary: 'The scorecard as an Excel workbook (text cells protected against formula injection)',
    roles,
    query: fundingYearQuery,
    responses: { 200: { description: 'An .xlsx workbook', file: XLSX } },
  }),
} as const;
