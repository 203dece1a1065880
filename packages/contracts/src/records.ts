import { RECORD_KIND_IDS } from '@huiqi/domain';
import { z } from 'zod';
import { uuid, yearNumber } from './common.js';

/** A record's fields: checked against its kind's fields by the domain (parseRecordData), not here. */
export const recordData = z.record(z.string(), z.unknown()).meta({
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

export const recordListQuery = z.object({
  kind: z.enum(RECORD_KIND_IDS).optional(),
  year: yearNumber.optional(),
  verification: z.enum(['pending', 'verified', 'rejected']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/** An amendment, or the fields filled at closing. */
export const recordChange = z.strictObject({ data: recordData });

export const recordVerification = z.strictObject({
  decision: z.enum(['verified', 'rejected']),
  note: z.string().trim().max(500).default(''),
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
