import { z } from 'zod';
import {
  adjudicationCaseCreate,
  adjudicationCaseSchema,
  adjudicationListQuery,
  adjudicationStep,
} from '../adjudication.js';
import { byId } from '../common.js';
import { endpoint, file } from '../endpoint.js';

const tags = ['adjudication'];
const READERS = ['city-admin', 'region-admin', 'auditor', 'industry-dept'] as const;
const WRITERS = ['city-admin', 'region-admin'] as const;

/** M9.3: the register of patent infringement disputes for administrative adjudication. */
export const adjudication = {
  list: endpoint({
    method: 'get',
    path: '/adjudication-cases',
    tags,
    summary:
      "M9.3: the register of patent infringement disputes for administrative adjudication in the caller's area, each with its statutory time limits today",
    roles: READERS,
    query: adjudicationListQuery,
    responses: { 200: z.object({ items: z.array(adjudicationCaseSchema) }) },
  }),
  create: endpoint({
    method: 'post',
    path: '/adjudication-cases',
    tags,
    summary:
      'File a request for adjudication as received: the parties (enterprises of the registry, or named), the patent and the claims (city or region IP office)',
    roles: WRITERS,
    body: adjudicationCaseCreate,
    responses: { 201: adjudicationCaseSchema },
    errors: [404, 422],
  }),
  get: endpoint({
    method: 'get',
    path: '/adjudication-cases/{id}',
    tags,
    summary: 'One case with its time limits (scoped: another area’s case is 404)',
    roles: READERS,
    params: byId,
    responses: { 200: adjudicationCaseSchema },
    errors: [404],
  }),
  step: endpoint({
    method: 'post',
    path: '/adjudication-cases/{id}/steps',
    tags,
    summary:
      'Record a step: accept or refuse (with the reason), service on the respondent, the oral hearing, an approved extension, the closing decision',
    roles: WRITERS,
    params: byId,
    body: adjudicationStep,
    responses: { 200: adjudicationCaseSchema },
    errors: [404, 409, 422],
  }),
  uploadDocument: endpoint({
    method: 'post',
    path: '/adjudication-cases/{id}/document',
    tags,
    summary:
      'The decision (or refusal) document as PDF, OFD or a scan: stored with the evidence files, replacing an earlier one (audited)',
    roles: WRITERS,
    params: byId,
    form: z.object({ file: file() }),
    responses: { 200: adjudicationCaseSchema },
    errors: [404, 409, 413, 415],
  }),
  document: endpoint({
    method: 'get',
    path: '/adjudication-cases/{id}/document',
    tags,
    summary: "The case's decision document",
    roles: READERS,
    params: byId,
    responses: { 200: { description: 'The file', file: 'application/pdf' } },
    errors: [404],
  }),
} as const;
