import { z } from 'zod';
import {
  applicationCreate,
  applicationDetail,
  applicationListQuery,
  applicationSchema,
  applicationUpdate,
} from '../applications.js';
import { ROLES } from '../auth.js';
import { pageOf, uuid } from '../common.js';
import { endpoint } from '../endpoint.js';

const tags = ['applications'];
const byId = z.object({ id: uuid });
const versionBody = z.strictObject({ version: z.number().int().min(1) });
/** Who claims: an enterprise, or an agency's administrator for the provisions paid to agencies (M11.1). */
const CLAIMANTS = { roles: ['enterprise', 'agency'], agencyAdmin: true } as const;
const CHANGE_ERRORS = [404, 409, 422] as const;

/** Claims: started, edited, submitted and withdrawn by the claimant; read by everyone in scope. */
export const applications = {
  create: endpoint({
    method: 'post',
    path: '/applications',
    tags,
    summary:
      "Start a draft claim in an open round (an enterprise; an agency's administrator for the provisions paid to agencies, M11.1; takes an Idempotency-Key)",
    ...CLAIMANTS,
    body: applicationCreate,
    responses: { 201: applicationSchema },
    errors: CHANGE_ERRORS,
    idempotent: true,
  }),
  list: endpoint({
    method: 'get',
    path: '/applications',
    tags,
    summary: "Claims in the caller's scope, newest first, paged",
    roles: ROLES,
    query: applicationListQuery,
    responses: { 200: pageOf(applicationSchema) },
  }),
  get: endpoint({
    method: 'get',
    path: '/applications/{id}',
    tags,
    summary: 'A claim with its reviews (timeline) and evidence',
    roles: ROLES,
    params: byId,
    responses: { 200: applicationDetail },
    errors: [404],
  }),
  update: endpoint({
    method: 'patch',
    path: '/applications/{id}',
    tags,
    summary: 'Edit a draft or a returned claim (with the version last seen)',
    ...CLAIMANTS,
    params: byId,
    body: applicationUpdate,
    responses: { 200: applicationSchema },
    errors: CHANGE_ERRORS,
  }),
  submit: endpoint({
    method: 'post',
    path: '/applications/{id}/submit',
    tags,
    summary: 'Submit: the assessment is computed and frozen with the policy version and parameters used',
    ...CLAIMANTS,
    params: byId,
    body: versionBody,
    responses: { 200: applicationSchema },
    errors: CHANGE_ERRORS,
  }),
  withdraw: endpoint({
    method: 'post',
    path: '/applications/{id}/withdraw',
    tags,
    summary: 'Withdraw a claim before review',
    ...CLAIMANTS,
    params: byId,
    body: versionBody,
    responses: { 200: applicationSchema },
    errors: CHANGE_ERRORS,
  }),
} as const;
