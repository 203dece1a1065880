import { endpoint } from '../endpoint.js';
import { pageOf } from '../common.js';
import { auditQuery, auditRowSchema, chainVerdictSchema } from '../money-flows.js';

const tags = ['audit'];

export const audit = {
  list: endpoint({
    method: 'get',
    path: '/audit',
    tags,
    summary: 'The audit trail, newest first, with filters (auditor, region-admin)',
    roles: ['auditor', 'region-admin'],
    query: auditQuery,
    responses: { 200: pageOf(auditRowSchema) },
  }),
  verify: endpoint({
    method: 'get',
    path: '/audit/verify',
    tags,
    summary: 'Re-computes the hash chain over every sealed row and counts the rows not sealed yet',
    roles: ['auditor', 'region-admin'],
    responses: { 200: chainVerdictSchema },
  }),
} as const;
