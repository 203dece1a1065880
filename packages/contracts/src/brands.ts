import { z } from 'zod';
import { uuid, yearNumber } from './common.js';
import { CHECKS } from './messages.js';

/** M8.2 “百城百品”: the vocabularies the database, the API and the apps share. */
export const BRAND_STATUSES = ['nominated', 'selected', 'refused'] as const;
export const BRAND_EVIDENCE_KINDS = ['distinctiveness', 'reputation'] as const;
export type BrandStatus = (typeof BRAND_STATUSES)[number];

/**
 * A trademark registration number as on the certificate (注册号): digits only; spaces and a
 * leading "第"/trailing "号" are dropped, full-width digits read as digits.
 */
export const trademarkRegistrationNo = z
  .string()
  .trim()
  .transform((v) =>
    v
      .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
      .replace(/^第|号$/g, '')
      .replace(/\s+/g, ''),
  )
  .refine((v) => /^\d{6,10}$/.test(v), CHECKS.registrationNo.en);

/** What an enterprise (or a station for it) nominates. */
export const brandNominationCreate = z.strictObject({
  /** A station names the enterprise it nominates for; an enterprise's own is used (and must match). */
  enterpriseId: uuid.optional(),
  trademarkName: z.string().trim().min(1, CHECKS.trademarkName.en).max(50, CHECKS.trademarkName.en),
  registrationNo: trademarkRegistrationNo,
  niceClass: z.coerce
    .number({ error: CHECKS.niceClass.en })
    .int(CHECKS.niceClass.en)
    .min(1, CHECKS.niceClass.en)
    .max(45, CHECKS.niceClass.en),
  owner: z.string().trim().min(2, CHECKS.trademarkOwner.en).max(100, CHECKS.trademarkOwner.en),
  statement: z.string().trim().max(2000, CHECKS.brandStatement.en).default(''),
});

const reason = z.string().trim().min(5, CHECKS.stepReason.en).max(2000);
/** The region's decision: select (takes a place), refuse (with a reason), deselect (frees the place). */
export const brandDecision = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('select'), version: z.number().int().min(1) }),
  z.strictObject({ decision: z.literal('refuse'), reason, version: z.number().int().min(1) }),
  z.strictObject({ decision: z.literal('deselect'), reason, version: z.number().int().min(1) }),
]);

export const brandEvidenceSchema = z.object({
  id: uuid,
  kind: z.enum(BRAND_EVIDENCE_KINDS),
  filename: z.string(),
  mime: z.string(),
  size: z.number().int(),
  createdAt: z.string(),
});

export const brandNominationSchema = z
  .object({
    id: uuid,
    year: z.number().int(),
    enterpriseId: uuid,
    enterpriseName: z.string(),
    areaCode: z.string(),
    trademarkName: z.string(),
    registrationNo: z.string(),
    niceClass: z.number().int(),
    owner: z.string(),
    statement: z.string(),
    status: z.enum(BRAND_STATUSES),
    reason: z.string().nullable(),
    /** The station that nominated it, when one did. */
    agencyName: z.string().nullable(),
    decidedAt: z.string().nullable(),
    version: z.number().int(),
    evidence: z.array(brandEvidenceSchema),
    createdAt: z.string(),
  })
  .meta({ id: 'BrandNomination' });

/** The year's places: the registry's number, taken, left. */
export const brandPlacesSchema = z.object({
  year: z.number().int(),
  cap: z.number().int(),
  used: z.number().int(),
  remaining: z.number().int(),
});

export const brandListQuery = z.object({
  year: yearNumber.optional(),
  status: z.enum(BRAND_STATUSES).optional(),
});

/** One line of the public list: brand, owner, city, year — nothing else. */
export const selectedBrandSchema = z.object({
  trademarkName: z.string(),
  niceClass: z.number().int(),
  owner: z.string(),
  enterpriseName: z.string(),
  areaCode: z.string(),
  year: z.number().int(),
});
export const selectedBrandsQuery = z.object({ year: yearNumber.optional() });
