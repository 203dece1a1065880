import { z } from 'zod';
import { yearNumber } from '../common.js';
import { endpoint } from '../endpoint.js';
import { budgetCreate, budgetSchema } from '../money-flows.js';

const tags = ['budgets'];

export const budgets = {
  list: endpoint({
    method: 'get',
    path: '/budgets',
    tags,
    summary: 'Budget envelopes: total, reserved, posted, available (admins and auditors)',
    roles: ['city-admin', 'region-admin', 'auditor'],
    query: z.object({ year: yearNumber.optional() }),
    responses: { 200: z.object({ items: z.array(budgetSchema) }) },
  }),
  create: endpoint({
    method: 'post',
    path: '/budgets',
    tags,
    summary: 'Set the budget envelope of a provision for a year (region-admin; once per provision and year)',
    roles: ['region-admin'],
    body: budgetCreate,
    responses: { 201: budgetSchema },
    errors: [409],
  }),
} as const;
