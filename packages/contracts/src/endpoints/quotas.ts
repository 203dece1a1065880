import { z } from 'zod';
import { uuid, yearNumber } from '../common.js';
import { endpoint } from '../endpoint.js';
import { countQuotaCreate, countQuotaSchema, quotaMemberCreate } from '../money-flows.js';

const tags = ['budgets'];

export const quotas = {
  list: endpoint({
    method: 'get',
    path: '/quotas',
    tags,
    summary: 'Count quotas of distinct enterprises a year (M2.1, M2.2, M3.1, M6.1, M8.1, M8.2)',
    roles: ['city-admin', 'region-admin', 'auditor'],
    query: z.object({ year: yearNumber.optional() }),
    responses: { 200: z.object({ items: z.array(countQuotaSchema) }) },
  }),
  create: endpoint({
    method: 'post',
    path: '/quotas',
    tags,
    summary:
      'Open a count quota for a provision and year; its kind and number come from the policy in force (region-admin)',
    roles: ['region-admin'],
    body: countQuotaCreate,
    responses: { 201: countQuotaSchema },
    errors: [409, 422],
  }),
  addMember: endpoint({
    method: 'post',
    path: '/quotas/{id}/members',
    tags,
    summary:
      'Count an enterprise under a quota: a cap refuses past its number; "about N" needs a reason past it (region-admin)',
    roles: ['region-admin'],
    params: z.object({ id: uuid }),
    body: quotaMemberCreate,
    responses: {
      200: z.object({ quota: countQuotaSchema, alreadyCounted: z.boolean(), overridden: z.boolean() }),
    },
    errors: [404, 409, 422],
  }),
} as const;
