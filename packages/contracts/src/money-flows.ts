import { z } from 'zod';
import { dateString, moneyString, uuid } from './common.js';

export const budgetCreate = z.strictObject({
  provision: z.string().regex(/^M\d{1,2}\.\d{1,2}$/),
  year: z.number().int().min(2000).max(2100),
  total: moneyString,
});

export const budgetSchema = z
  .object({
    id: uuid,
    provision: z.string(),
    year: z.number().int(),
    total: z.string(),
    reserved: z.string(),
    posted: z.string(),
    available: z.string(),
  })
  .meta({ id: 'Budget' });

export const countQuotaCreate = z.strictObject({
  provision: z.string().regex(/^M\d{1,2}\.\d{1,2}$/),
  year: z.number().int().min(2000).max(2100),
});

export const countQuotaSchema = z
  .object({
    id: uuid,
    provision: z.string(),
    year: z.number().int(),
    kind: z.string(),
    target: z.number().int(),
    used: z.number().int(),
  })
  .meta({ id: 'CountQuota' });

export const quotaMemberCreate = z.strictObject({
  enterpriseId: uuid,
  overrideReason: z.string().trim().min(1).max(500).optional(),
});

export const noticeCreate = z.strictObject({
  title: z.string().trim().min(2).max(200),
  claimIds: z.array(uuid).min(1).max(5000),
  objectionChannel: z.string().trim().min(2).max(500),
  days: z.number().int().min(1).max(60).optional(),
});

export const noticeSchema = z
  .object({
    id: uuid,
    title: z.string(),
    publishedAt: z.string(),
    closesAt: z.string(),
    objectionChannel: z.string(),
    items: z.array(
      z.object({
        claimId: uuid,
        enterpriseName: z.string(),
        creditCode: z.string(),
        provision: z.string(),
        amount: z.string(),
      }),
    ),
  })
  .meta({ id: 'Notice' });

export const disbursementCreate = z.strictObject({
  paidOn: dateString,
  amount: moneyString,
  voucherNo: z.string().trim().min(1).max(64),
});

export const clawbackCreate = z.strictObject({
  paidOn: dateString,
  amount: moneyString,
  voucherNo: z.string().trim().min(1).max(64),
  reason: z.string().trim().min(1).max(500),
});

export const auditQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  action: z.string().max(64).optional(),
  targetType: z.string().max(64).optional(),
  targetId: z.string().max(64).optional(),
  actorId: uuid.optional(),
  from: z.string().datetime({ offset: true }).optional(),
  to: z.string().datetime({ offset: true }).optional(),
});

export const auditRowSchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actorId: z.string().nullable(),
    actorRole: z.string().nullable(),
    action: z.string(),
    targetType: z.string(),
    targetId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    requestId: z.string().nullable(),
    /** The hash of the row's content (for rows from before sealing: their chain hash). */
    hash: z.string(),
  })
  .meta({ id: 'AuditRow' });

/** The result of re-computing the audit chain (GET /audit/verify). */
export const chainVerdictSchema = z
  .object({
    ok: z.boolean(),
    /** Rows verified: every sealed row. */
    rows: z.number().int(),
    /** Rows committed but not yet linked into the chain by the sealer (usually a few, for milliseconds). */
    unsealed: z.number().int(),
    /** Sealed batches verified. */
    checkpoints: z.number().int(),
    brokenAt: z.number().int().optional(),
    reason: z.string().optional(),
    /** The chain head after the last sealed row. */
    lastHash: z.string(),
  })
  .meta({ id: 'ChainVerdict' });
