import { createRoute } from '@hono/zod-openapi';
import { auditQuery, auditRowSchema, chainVerdictSchema, pageOf } from '@huiqi/contracts';
import { errors, json } from '../../lib/openapi.js';
import { allow } from '../../lib/context.js';

export const listAudit = createRoute({
  middleware: [allow('auditor', 'region-admin')] as const,
  method: 'get',
  path: '/audit',
  tags: ['audit'],
  summary: 'The audit trail, newest first, with filters (auditor, region-admin)',
  security: [{ session: [] }],
  request: { query: auditQuery },
  responses: { 200: json(pageOf(auditRowSchema)), 400: errors[400], 401: errors[401], 403: errors[403] },
});

export const verifyAudit = createRoute({
  middleware: [allow('auditor', 'region-admin')] as const,
  method: 'get',
  path: '/audit/verify',
  tags: ['audit'],
  summary: 'Re-computes the hash chain over every sealed row and counts the rows not sealed yet',
  security: [{ session: [] }],
  responses: { 200: json(chainVerdictSchema), 401: errors[401], 403: errors[403] },
});
