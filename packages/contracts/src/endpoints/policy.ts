import { z } from 'zod';
import { okSchema } from '../common.js';
import { endpoint } from '../endpoint.js';
import { assessmentSchema, assessRequest, lprPublicationCreate, parameterValueCreate } from '../policy.js';

const tags = ['policy'];

export const policy = {
  get: endpoint({
    method: 'get',
    path: '/policy',
    tags,
    summary: 'The policy versions in force: provisions, clause texts and every dated parameter (public)',
    description:
      'Answers with an ETag and `Cache-Control: no-cache`: a request with `If-None-Match` of the current tag is a 304 without a body.',
    public: true,
    responses: { 200: z.object({ versions: z.array(z.record(z.string(), z.unknown())) }) },
  }),
  lpr: endpoint({
    method: 'get',
    path: '/lpr',
    tags,
    summary: 'The one-year LPR publications and the date through which they are confirmed (public)',
    public: true,
    responses: {
      200: z.object({
        confirmedThrough: z.string(),
        publications: z.array(z.object({ publishedOn: z.string(), rate: z.string() })),
      }),
    },
  }),
  assess: endpoint({
    method: 'post',
    path: '/assess',
    tags,
    summary: 'The policy calculator (public): a claim → the assessment with its trace',
    public: true,
    body: assessRequest,
    responses: { 200: assessmentSchema },
    errors: [422, 429],
  }),
  addParameterValue: endpoint({
    method: 'post',
    path: '/policy/parameters',
    tags,
    summary: 'Add a new dated value to a parameter (region-admin; never an overwrite)',
    roles: ['region-admin'],
    body: parameterValueCreate,
    responses: { 201: okSchema },
    errors: [409, 422],
  }),
  addLpr: endpoint({
    method: 'post',
    path: '/lpr',
    tags,
    summary: 'Record a new LPR publication (region-admin)',
    roles: ['region-admin'],
    body: lprPublicationCreate,
    responses: { 201: okSchema },
    errors: [409, 422],
  }),
} as const;
