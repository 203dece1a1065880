import { createRoute, z } from '@hono/zod-openapi';
import { uuid } from '@huiqi/contracts';
import { RECORD_KIND_IDS } from '@huiqi/domain';
import { allow } from '../../lib/context.js';
import { body, errors, json } from '../../lib/openapi.js';

const tags = ['records'];
const security = [{ session: [] }];
const ALL = ['enterprise', 'agency', 'city-admin', 'region-admin', 'auditor'] as const;
const RECORDERS = ['enterprise', 'agency', 'city-admin', 'region-admin'] as const;

/** A record's fields: checked against its kind's fields by the domain (parseRecordData), not here. */
const recordData = z.record(z.string(), z.unknown()).meta({
  description: "The record's fields, keyed as its kind declares them (GET /policy, records of the provision)",
});

export const recordCreate = z.strictObject({
  kind: z.enum(RECORD_KIND_IDS),
  /** The enterprise the record is about (kinds about an enterprise; an enterprise records its own). */
  enterpriseId: uuid.optional(),
  /** The id a phone gave the record: sending it again finds the first one. */
  clientId: uuid.optional(),
  data: recordData,
});

export const recordSchema = z
  .object({
    id: uuid,
    kind: z.string(),
    provision: z.string(),
    enterpriseId: uuid.nullable(),
    enterpriseName: z.string().nullable(),
    areaCode: z.string().nullable(),
    recorder: z.enum(['enterprise', 'agency', 'city', 'region']),
    agencyId: uuid.nullable(),
    recordedBy: z.string(),
    data: z.record(z.string(), z.unknown()),
    year: z.number().int().nullable(),
    closedAt: z.string().nullable(),
    verification: z.enum(['pending', 'verified', 'rejected']).nullable(),
    verificationNote: z.string().nullable(),
    verifiedAt: z.string().nullable(),
    /** Whether the signed-in user may amend, close or verify it now. */
    can: z.object({ amend: z.boolean(), close: z.boolean(), verify: z.boolean() }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ProvisionRecord' });

/** What a change to one record may answer. */
const changeResponses = {
  200: json(recordSchema),
  400: errors[400],
  401: errors[401],
  403: errors[403],
  404: errors[404],
  409: errors[409],
  422: errors[422],
};

export const createRecord = createRoute({
  method: 'post',
  path: '/records',
  middleware: [allow(...RECORDERS)] as const,
  tags,
  summary:
    'Keep a record of a kind the policy declares (who may record it, its fields and checks come from the provision); once per clientId',
  security,
  request: body(recordCreate),
  responses: {
    200: json(recordSchema, 'Already recorded (sent again)'),
    201: json(recordSchema, 'Recorded'),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
    422: errors[422],
  },
});

export const listRecords = createRoute({
  method: 'get',
  path: '/records',
  middleware: [allow(...ALL)] as const,
  tags,
  summary:
    "Records in scope: an enterprise's own, an agency's, a city's, or all; by kind, year and verification",
  security,
  request: {
    query: z.object({
      kind: z.enum(RECORD_KIND_IDS).optional(),
      year: z.coerce.number().int().min(2000).max(2100).optional(),
      verification: z.enum(['pending', 'verified', 'rejected']).optional(),
      page: z.coerce.number().int().min(1).default(1),
      pageSize: z.coerce.number().int().min(1).max(200).default(50),
    }),
  },
  responses: {
    200: json(z.object({ items: z.array(recordSchema), total: z.number().int() })),
    400: errors[400],
    401: errors[401],
    403: errors[403],
  },
});

export const getRecord = createRoute({
  method: 'get',
  path: '/records/{id}',
  middleware: [allow(...ALL)] as const,
  tags,
  summary: 'One record (scoped like the list: another tenant’s is 404)',
  security,
  request: { params: z.object({ id: uuid }) },
  responses: { 200: json(recordSchema), 401: errors[401], 403: errors[403], 404: errors[404] },
});

export const amendRecord = createRoute({
  method: 'patch',
  path: '/records/{id}',
  middleware: [allow(...RECORDERS)] as const,
  tags,
  summary:
    'The recorder amends a record not yet verified (a rejected one goes back to be verified); before and after audited',
  security,
  request: { params: z.object({ id: uuid }), ...body(z.strictObject({ data: recordData })) },
  responses: changeResponses,
});

export const closeRecord = createRoute({
  method: 'post',
  path: '/records/{id}/close',
  middleware: [allow(...RECORDERS)] as const,
  tags,
  summary: 'The recorder closes a record of a kind that closes (a case), with the fields filled at closing',
  security,
  request: { params: z.object({ id: uuid }), ...body(z.strictObject({ data: recordData })) },
  responses: changeResponses,
});

export const verifyRecord = createRoute({
  method: 'post',
  path: '/records/{id}/verification',
  middleware: [allow('city-admin', 'region-admin')] as const,
  tags,
  summary:
    'The verifier the kind names (the city of the record, or the region) verifies or rejects it, with a note',
  security,
  request: {
    params: z.object({ id: uuid }),
    ...body(
      z.strictObject({
        decision: z.enum(['verified', 'rejected']),
        note: z.string().trim().max(500).default(''),
      }),
    ),
  },
  responses: changeResponses,
});

export const figureSchema = z
  .object({
    kind: z.string(),
    provision: z.string(),
    unit: z.enum(['enterprises', 'records', 'people', 'events', 'CNY']),
    /** The count or the amount (CNY: a decimal string) for the region. */
    figure: z.string(),
    target: z.string().nullable(),
    met: z.boolean().nullable(),
    byArea: z.array(z.object({ areaCode: z.string().nullable(), figure: z.string() })),
    /** Records of the year in scope, however they stand (pending, rejected, open included). */
    records: z.number().int(),
  })
  .meta({ id: 'RecordFigure' });

export const recordFigures = createRoute({
  method: 'get',
  path: '/records/figures',
  middleware: [allow('city-admin', 'region-admin', 'auditor')] as const,
  tags,
  summary:
    "What each record kind counts in a year (its unit, against its target where the policy gives one), per area — the scorecard's figures",
  security,
  request: { query: z.object({ year: z.coerce.number().int().min(2000).max(2100) }) },
  responses: {
    200: json(z.object({ year: z.number().int(), items: z.array(figureSchema) })),
    400: errors[400],
    401: errors[401],
    403: errors[403],
  },
});
