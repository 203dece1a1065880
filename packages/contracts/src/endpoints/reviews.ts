import { z } from 'zod';
import { claimRecordSchema, reviewDecision } from '../claims.js';
import { okSchema, uuid } from '../common.js';
import { endpoint } from '../endpoint.js';

const tags = ['reviews'];
const REVIEWERS = ['city-admin', 'region-admin'] as const;

/** Officials' decisions on claims, and the conflicts that keep a reviewer from deciding. */
export const reviews = {
  decide: endpoint({
    method: 'post',
    path: '/claims/{id}/reviews',
    tags,
    summary:
      "Decide at the caller's stage: city review (submitted) or region review (city-approved); approve | reject | return",
    roles: REVIEWERS,
    params: z.object({ id: uuid }),
    body: reviewDecision,
    responses: { 200: claimRecordSchema },
    errors: [404, 409, 422],
  }),
  declareConflict: endpoint({
    method: 'post',
    path: '/reviewer-conflicts',
    tags,
    summary: 'Record that a reviewer is linked to an enterprise (they will not be able to decide its claims)',
    roles: REVIEWERS,
    body: z.strictObject({ userId: uuid, enterpriseId: uuid, reason: z.string().trim().min(1).max(500) }),
    responses: { 201: okSchema },
    errors: [409],
  }),
} as const;
