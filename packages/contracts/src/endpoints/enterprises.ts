import { z } from 'zod';
import { meResponse } from '../auth.js';
import { byId, pageOf } from '../common.js';
import { endpoint } from '../endpoint.js';
import {
  enterpriseListQuery,
  enterpriseRegistration,
  enterpriseSchema,
  enterpriseVerification,
} from '../enterprises.js';

const tags = ['enterprises'];

/** Enterprises: self-registration, the registry in scope, and verification before claiming. */
export const enterprises = {
  register: endpoint({
    method: 'post',
    path: '/enterprises',
    tags,
    summary: 'Self-registration of an enterprise and its first account (public); signs the new user in',
    public: true,
    body: enterpriseRegistration,
    responses: {
      201: {
        description: 'Registered, pending verification',
        schema: z.object({ enterprise: enterpriseSchema, me: meResponse }),
      },
    },
    errors: [409, 422, 429],
  }),
  list: endpoint({
    method: 'get',
    path: '/enterprises',
    tags,
    summary: "Enterprises in the caller's scope (a city admin sees its city)",
    roles: ['city-admin', 'region-admin', 'auditor', 'industry-dept'],
    query: enterpriseListQuery,
    responses: { 200: pageOf(enterpriseSchema) },
  }),
  get: endpoint({
    method: 'get',
    path: '/enterprises/{id}',
    tags,
    summary: "One enterprise (404 outside the caller's scope)",
    roles: ['enterprise', 'city-admin', 'region-admin', 'auditor', 'industry-dept'],
    params: byId,
    responses: { 200: enterpriseSchema },
    errors: [404],
  }),
  verify: endpoint({
    method: 'post',
    path: '/enterprises/{id}/verification',
    tags,
    summary: 'Verify (or reject) an enterprise and its SRDI status, before it can claim',
    roles: ['city-admin', 'region-admin'],
    params: byId,
    body: enterpriseVerification,
    responses: { 200: enterpriseSchema },
    errors: [404],
  }),
} as const;
