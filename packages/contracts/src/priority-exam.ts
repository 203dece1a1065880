import { checkPatentApplicationNumber, yearInChina } from '@huiqi/domain';
import { z } from 'zod';
import { uuid, yearNumber } from './common.js';
import { industryCode } from './enterprises.js';
import { CHECKS } from './messages.js';

/**
 * M2.1 专利优先审查推荐: an enterprise applies with its pending patent applications, its city checks
 * (pass or return), the region ranks what passed — the focus industries of M2 first — and recommends
 * about the registry's number a year. The vocabularies the database, the API and the apps share.
 */
export const PRIORITY_EXAM_STATUSES = [
  'submitted',
  'returned',
  'passed',
  'recommended',
  'not-recommended',
] as const;
export type PriorityExamStatus = (typeof PRIORITY_EXAM_STATUSES)[number];

/** A CNIPA application number with its check character, kept as "202410123456.0". */
export const patentApplicationNumberSchema = z.string().transform((v, ctx) => {
  const c = checkPatentApplicationNumber(v, yearInChina());
  if (c.valid) return c.number;
  ctx.addIssue({ code: 'custom', message: c.en, params: { zh: c.zh, problem: c.problem } });
  return z.NEVER;
});

export const priorityExamInput = z.strictObject({
  applicationNumbers: z
    .array(patentApplicationNumberSchema)
    .min(1, CHECKS.applicationNumbersMin.en)
    .max(10, CHECKS.applicationNumbersMax.en)
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((n, i) => {
        if (seen.has(n))
          ctx.addIssue({ code: 'custom', path: [i], message: CHECKS.applicationNumbersUnique.en });
        seen.add(n);
      });
    }),
  patentTitle: z.string().trim().min(2, CHECKS.patentTitle.en).max(200),
  technicalField: z.string().trim().min(2, CHECKS.technicalField.en).max(200),
  /** The enterprise's industry for this application (defaults to its registered one in the form). */
  industry: industryCode,
  reason: z.string().trim().min(10, CHECKS.priorityReason.en).max(2000),
});

export const priorityExamCheck = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('pass'), reason: z.string().trim().max(500).optional() }),
  z.strictObject({
    decision: z.literal('return'),
    reason: z.string().trim().min(5, CHECKS.returnReason.en).max(500),
  }),
]);

export const priorityExamDecision = z.discriminatedUnion('decision', [
  z.strictObject({
    decision: z.literal('recommend'),
    /** Needed once the year's recommendations would pass "about N" (the count and its tolerance). */
    overReason: z.string().trim().min(5, CHECKS.overReason.en).max(500).optional(),
  }),
  z.strictObject({
    decision: z.literal('not-recommend'),
    reason: z.string().trim().min(5, CHECKS.notRecommendedReason.en).max(500),
  }),
]);

export const priorityExamRanking = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  /** The passed applications of the year in the region's order, first to last (every one, once). */
  order: z.array(uuid).max(2000),
});

export const priorityExamListQuery = z.object({
  year: yearNumber.optional(),
  status: z.enum(PRIORITY_EXAM_STATUSES).optional(),
});

export const priorityExamSchema = z
  .object({
    id: uuid,
    year: z.number().int(),
    enterpriseId: uuid,
    enterpriseName: z.string(),
    creditCode: z.string(),
    areaCode: z.string(),
    applicationNumbers: z.array(z.string()),
    patentTitle: z.string(),
    technicalField: z.string(),
    industry: z.string(),
    /** The industry is one of M2's focus industries (it ranks first; it is not a condition). */
    focusIndustry: z.boolean(),
    reason: z.string(),
    contactName: z.string(),
    contactPhone: z.string(),
    status: z.enum(PRIORITY_EXAM_STATUSES),
    checkReason: z.string().nullable(),
    checkedAt: z.string().nullable(),
    rank: z.number().int().nullable(),
    decisionReason: z.string().nullable(),
    overReason: z.string().nullable(),
    decidedAt: z.string().nullable(),
    submittedAt: z.string(),
  })
  .meta({ id: 'PriorityExamApplication' });

/** The year's recommendations against "about N". */
export const priorityExamTally = z.object({
  year: z.number().int(),
  recommended: z.number().int(),
  /** The registry's number for the year. */
  target: z.number().int(),
  /** The most that is still "about" it; past it a reason is recorded. */
  upperBound: z.number().int(),
  tolerance: z.string(),
});

export const priorityExamList = z.object({ items: z.array(priorityExamSchema), tally: priorityExamTally });
