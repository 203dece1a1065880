import { CLAIM_STATES } from '@huiqi/domain';
import { z } from 'zod';
import { dateString, moneyString, uuid, yearNumber } from './common.js';
import { assessmentSchema } from './policy.js';
import { CHECKS } from './messages.js';

// The lifecycle's states, from the domain that defines the lifecycle (one list, not a copy of it).
export const CLAIM_STATUSES = CLAIM_STATES;
export const claimStatus = z.enum(CLAIM_STATUSES);
export type ClaimStatus = z.infer<typeof claimStatus>;

export const roundCreate = z
  .strictObject({
    year: z.number().int().min(2000).max(2100),
    name: z.string().trim().min(2).max(100),
    opensOn: dateString,
    closesOn: dateString,
    provisions: z.array(z.string().regex(/^M\d{1,2}\.\d{1,2}$/)).min(1),
  })
  .refine((r) => r.closesOn >= r.opensOn, {
    message: 'closesOn must not be before opensOn',
    path: ['closesOn'],
  });

export const roundSchema = z
  .object({
    id: uuid,
    year: z.number().int(),
    name: z.string(),
    opensOn: z.string(),
    closesOn: z.string(),
    provisions: z.array(z.string()),
    open: z.boolean(),
  })
  .meta({ id: 'FundingRound' });

export const claimCreate = z.strictObject({
  roundId: uuid,
  claim: z.record(z.string(), z.unknown()),
});

export const claimUpdate = z.strictObject({
  claim: z.record(z.string(), z.unknown()),
  /** The version the client last saw: a stale edit is refused, not merged. */
  version: z.number().int().min(1),
});

const issueReason = z.string().trim().min(1).max(500);
/** 退回补正 at a field of the claim (its key in the provision's claim fields). */
export const fieldIssue = z.strictObject({
  field: z.string().regex(/^[a-z][A-Za-z0-9]{0,39}$/),
  reason: issueReason,
});
/** 退回补正 of a material the provision's guide asks for (its number in the guide's list, from 1). */
export const materialIssue = z.strictObject({
  material: z.number().int().min(1).max(50),
  reason: issueReason,
});

export const reviewSchema = z.object({
  id: uuid,
  stage: z.enum(['city', 'region']),
  decision: z.enum(['approve', 'reject', 'return']),
  comment: z.string(),
  fixItems: z.array(z.string()).nullable(),
  /** A return's problems at the claim's fields and at the guide's materials (empty for other decisions). */
  fieldIssues: z.array(fieldIssue),
  materialIssues: z.array(materialIssue),
  amount: z.string().nullable(),
  reviewerName: z.string(),
  createdAt: z.string(),
});

export const attachmentSchema = z.object({
  id: uuid,
  filename: z.string(),
  mime: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
});

export const claimRecordSchema = z
  .object({
    id: uuid,
    /** Who applies: an enterprise, or a service agency for the provisions paid to agencies (M11.1). */
    applicant: z.enum(['enterprise', 'agency']),
    enterpriseId: uuid.nullable(),
    agencyId: uuid.nullable(),
    /** The applicant's name (the enterprise's, or the agency's). */
    enterpriseName: z.string(),
    roundId: uuid,
    provision: z.string(),
    status: claimStatus,
    claim: z.record(z.string(), z.unknown()),
    assessment: assessmentSchema.nullable(),
    assessedAmount: z.string().nullable(),
    approvedAmount: z.string().nullable(),
    amountReason: z.string().nullable(),
    areaCode: z.string(),
    fundingYear: z.number().int(),
    submittedAt: z.string().nullable(),
    /** 办件编号, given at the first submission: area code, year of submission, that year's sequence ("640100-2026-000123"). */
    caseNo: z.string().nullable(),
    /** 承诺时限: working days promised from the (last) submission, and the day they end (null: the calendar does not reach it yet). */
    promisedWorkingDays: z.number().int().nullable(),
    dueOn: z.string().nullable(),
    /** Where the claim stands against its promised time today (China time). */
    due: z.object({
      running: z.boolean(),
      overdue: z.boolean(),
      workingDaysLeft: z.number().int().nullable(),
    }),
    /** 'proactive': pre-filled by officials from an imported list (免申即享), for the enterprise to confirm. */
    origin: z.enum(['enterprise', 'proactive']),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Claim' });

export const claimDetail = claimRecordSchema.extend({
  reviews: z.array(reviewSchema),
  attachments: z.array(attachmentSchema),
});

export const claimListQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  status: claimStatus.optional(),
  provision: z
    .string()
    .regex(/^M\d{1,2}\.\d{1,2}$/)
    .optional(),
  roundId: uuid.optional(),
  areaCode: z.string().optional(),
  enterpriseId: uuid.optional(),
  agencyId: uuid.optional(),
  /** Several states at once, comma separated: "submitted,city-approved". */
  statuses: z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(claimStatus).max(CLAIM_STATUSES.length))
    .optional(),
  fundingYear: yearNumber.optional(),
  /** The assessed amount between these (inclusive). */
  minAmount: moneyString.optional(),
  maxAmount: moneyString.optional(),
  /** The enterprise's name (part of it) or its credit code. */
  q: z.string().trim().max(100).optional(),
  /** overdue: past the promised date while the officials hold it; due-soon: due within 3 working days (today included), not yet overdue. */
  due: z.enum(['overdue', 'due-soon']).optional(),
  sort: z.enum(['createdAt', 'submittedAt', 'assessedAmount', 'updatedAt', 'dueOn']).default('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});

export const reviewDecision = z
  .strictObject({
    decision: z.enum(['approve', 'reject', 'return']),
    comment: z.string().trim().min(1, CHECKS.reviewComment.en).max(2000),
    /** return: every item to fix, at once (一次性告知). */
    fixItems: z.array(z.string().trim().min(1).max(500)).max(50).optional(),
    /** return: what is wrong at each field, and with each material, told at once. */
    fieldIssues: z.array(fieldIssue).max(50).optional(),
    materialIssues: z.array(materialIssue).max(50).optional(),
    /** approve: a lower amount than assessed, with its reason. */
    amount: moneyString.optional(),
    amountReason: z.string().trim().min(1).max(500).optional(),
    version: z.number().int().min(1),
  })
  .superRefine((d, ctx) => {
    if (
      d.decision === 'return' &&
      !d.fixItems?.length &&
      !d.fieldIssues?.length &&
      !d.materialIssues?.length
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['fixItems'],
        message: 'a return lists what to fix (一次性告知)',
      });
    }
    if (d.decision !== 'return' && (d.fieldIssues?.length || d.materialIssues?.length))
      ctx.addIssue({ code: 'custom', path: ['fieldIssues'], message: 'problems to fix go with return only' });
    if (d.amount !== undefined && d.decision !== 'approve')
      ctx.addIssue({ code: 'custom', path: ['amount'], message: 'an amount goes with approve only' });
    if (d.amount !== undefined && !d.amountReason)
      ctx.addIssue({ code: 'custom', path: ['amountReason'], message: 'a lower amount needs its reason' });
  });
