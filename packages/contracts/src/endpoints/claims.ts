import { z } from 'zod';
import { claimCreate, claimDetail, claimListQuery, claimRecordSchema, claimUpdate } from '../claims.js';
import { ROLES } from '../auth.js';
import { byId, pageOf } from '../common.js';
import { endpoint } from '../endpoint.js';

const tags = ['claims'];
const versionBody = z.strictObject({ version: z.number().int().min(1) });
/** Who claims: an enterprise, or an agency's administrator for the provisions paid to agencies (M11.1). */
const CLAIMANTS = { roles: ['enterprise', 'agency'], agencyAdmin: true } as const;
const CHANGE_ERRORS = [404, 409, 422] as const;

/** Claims: started, edited, submitted and withdrawn by the claimant; read by everyone in scope. */
export const claims = {
  create: endpoint({
    method: 'post',
    path: '/claims',
    tags,
    summary:
      "Start a draft claim in an open round (an enterprise; an agency's administrator for the provisions paid to agencies, M11.1; takes an Idempotency-Key)",
    ...CLAIMANTS,
    body: claimCreate,
    responses: { 201: claimRecordSchema },
    errors: CHANGE_ERRORS,
    idempotent: true,
  }),
  list: endpoint({
    method: 'get',
    path: '/claims',
    tags,
    summary: "Claims in the caller's scope, newest first, paged",
    roles: ROLES,
    query: claimListQuery,
    responses: { 200: pageOf(claimRecordSchema) },
  }),
  get: endpoint({
    method: 'get',
    path: '/claims/{id}',
    tags,
    summary: 'A claim with its reviews (timeline) and evidence',
    roles: ROLES,
    params: byId,
    responses: { 200: claimDetail },
    errors: [404],
  }),
  update: endpoint({
    method: 'patch',
    path: '/claims/{id}',
    tags,
    summary: 'Edit a draft or a returned claim (with the version last seen)',
    ...CLAIMANTS,
    params: byId,
    body: claimUpdate,
    responses: { 200: claimRecordSchema },
    errors: CHANGE_ERRORS,
  }),
  submit: endpoint({
    method: 'post',
    path: '/claims/{id}/submit',
    tags,
    summary: 'Submit: the assessment is computed and frozen with the policy version and parameters used',
    ...CLAIMANTS,
    params: byId,
    body: versionBody,
    responses: { 200: claimRecordSchema },
    errors: CHANGE_ERRORS,
  }),
  withdraw: endpoint({
    method: 'post',
    path: '/claims/{id}/withdraw',
    tags,
    summary: 'Withdraw a claim before review',
    ...CLAIMANTS,
    params: byId,
    body: versionBody,
    responses: { 200: claimRecordSchema },
    errors: CHANGE_ERRORS,
  }),
} as const;
