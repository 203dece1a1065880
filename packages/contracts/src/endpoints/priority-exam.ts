import { z } from 'zod';
import { byId, yearNumber } from '../common.js';
import { endpoint } from '../endpoint.js';
import {
  priorityExamCheck,
  priorityExamDecision,
  priorityExamInput,
  priorityExamList,
  priorityExamListQuery,
  priorityExamRanking,
  priorityExamSchema,
  priorityExamTally,
} from '../priority-exam.js';

const tags = ['priority-exam'];

/** M2.1 专利优先审查推荐: apply (enterprise), check (city), rank and recommend (region), export. */
// The fixed paths (export, ranking) come before /{id}: the router takes the first that matches.
export const priorityExam = {
  apply: endpoint({
    method: 'post',
    path: '/priority-exam',
    tags,
    summary:
      "An enterprise applies for recommendation to patent prioritized examination (once a year, its city's)",
    roles: ['enterprise'],
    body: priorityExamInput,
    responses: { 201: priorityExamSchema },
    errors: [409, 422],
  }),
  list: endpoint({
    method: 'get',
    path: '/priority-exam',
    tags,
    summary:
      "Applications in scope — an enterprise's own, a city's area, all for the region — in the region's order, with the year's tally",
    roles: ['enterprise', 'city-admin', 'region-admin', 'auditor'],
    query: priorityExamListQuery,
    responses: { 200: priorityExamList },
  }),
  export: endpoint({
    method: 'get',
    path: '/priority-exam/export',
    tags,
    summary: "The year's recommendation list as a workbook (.xlsx) for the national office",
    roles: ['region-admin', 'auditor'],
    query: z.object({ year: yearNumber.optional() }),
    responses: {
      200: {
        description: 'The workbook',
        file: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
    },
  }),
  rank: endpoint({
    method: 'put',
    path: '/priority-exam/ranking',
    tags,
    summary: "The region's order of the year's passed applications (every one, once)",
    roles: ['region-admin'],
    body: priorityExamRanking,
    responses: { 200: priorityExamList },
    errors: [409, 422],
  }),
  get: endpoint({
    method: 'get',
    path: '/priority-exam/{id}',
    tags,
    summary: 'One application (scoped: another enterprise’s or city’s is 404)',
    roles: ['enterprise', 'city-admin', 'region-admin', 'auditor'],
    params: byId,
    responses: { 200: priorityExamSchema },
    errors: [404],
  }),
  resubmit: endpoint({
    method: 'put',
    path: '/priority-exam/{id}',
    tags,
    summary: 'The enterprise corrects a returned application and sends it to its city again',
    roles: ['enterprise'],
    params: byId,
    body: priorityExamInput,
    responses: { 200: priorityExamSchema },
    errors: [404, 409],
  }),
  check: endpoint({
    method: 'post',
    path: '/priority-exam/{id}/check',
    tags,
    summary: 'The city checks a submitted application of its area: pass, or return with a reason',
    roles: ['city-admin'],
    params: byId,
    body: priorityExamCheck,
    responses: { 200: priorityExamSchema },
    errors: [404, 409],
  }),
  decide: endpoint({
    method: 'post',
    path: '/priority-exam/{id}/decision',
    tags,
    summary:
      'The region recommends a passed application, or not (with a reason); past "about N" a reason is recorded, decided atomically',
    roles: ['region-admin'],
    params: byId,
    body: priorityExamDecision,
    responses: { 200: z.object({ application: priorityExamSchema, tally: priorityExamTally }) },
    errors: [404, 409, 422],
  }),
} as const;
