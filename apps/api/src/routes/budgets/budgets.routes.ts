import { createRoute, z } from '@hono/zod-openapi';
import { budgetCreate, budgetSchema } from '@huiqi/contracts';
import { body, errors, json } from '../../lib/openapi.js';
import { allow } from '../../lib/context.js';

export const listBudgets = createRoute({
  middleware: [allow('city-admin', 'region-admin', 'auditor')] as const,
  method: 'get',
  path: '/budgets',
  tags: ['budgets'],
  summary: 'Budget envelopes: total, reserved, posted, available (admins and auditors)',
  security: [{ session: [] }],
  request: { query: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }) },
  responses: { 200: json(z.object({ items: z.array(budgetSchema) })), 401: errors[401], 403: errors[403] },
});

export const createBudget = createRoute({
  middleware: [allow('region-admin')] as const,
  method: 'post',
  path: '/budgets',
  tags: ['budgets'],
  summary: 'Set the budget envelope of a provision for a year (region-admin; once per provision and year)',
  security: [{ session: [] }],
  request: body(budgetCreate),
  responses: { 201: json(budgetSchema), 400: errors[400], 401: errors[401], 403: errors[403], 409: errors[409] },
});
