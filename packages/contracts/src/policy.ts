import { claimSchemaOf, ningxia, PROVISION_ID_PATTERN } from '@huiqi/domain';
import { z } from 'zod';
import { dateString, moneyString } from './common.js';
import { CHECKS } from './messages.js';

export const assessRequest = z.strictObject({
  claim: z
    .record(z.string(), z.unknown())
    .meta({ description: 'A claim as @huiqi/domain defines it (see ClaimSchemas)' }),
  context: z
    .strictObject({
      fundingYear: z.number().int().min(2000).max(2100).optional(),
      grantedThisYear: moneyString.optional(),
      asOf: dateString.optional(),
    })
    .optional(),
});

export const traceStepSchema = z.object({
  clause: z.string(),
  step: z.string().optional(),
  zh: z.string(),
  en: z.string(),
  values: z.record(z.string(), z.string()),
  parameters: z.array(z.string()).optional(),
});

export const assessmentSchema = z
  .object({
    provision: z.string(),
    eligible: z.boolean(),
    amount: moneyString,
    capped: z.boolean(),
    trace: z.array(traceStepSchema),
    reasons: z.array(z.object({ code: z.string(), clause: z.string(), zh: z.string(), en: z.string() })),
    policyVersion: z.string(),
    asOf: z.string(),
    fundingYear: z.number().int(),
    parameters: z.array(z.record(z.string(), z.unknown())),
  })
  .meta({ id: 'Assessment' });

export const parameterValueCreate = z.strictObject({
  parameterId: z
    .string()
    .regex(
      new RegExp(`${PROVISION_ID_PATTERN.source.slice(0, -1)}\\.[a-z][A-Za-z0-9]*$`),
      CHECKS.parameterId.en,
    ),
  effectiveFrom: dateString,
  value: z.string().max(30).nullable(),
  note: z.string().trim().min(1, CHECKS.parameterReason.en).max(500),
});

export const lprPublicationCreate = z.strictObject({
  publishedOn: dateString,
  rate: z.string().regex(/^\d{1,2}\.\d{2}$/, CHECKS.ratePercent.en),
  confirmedThrough: dateString.optional(),
});

/**
 * Every claim the Ningxia version takes, as read on the version's first day (for the OpenAPI
 * document; the API validates each claim against the policy in force on its own application date).
 */
export const claimSchema = claimSchemaOf(ningxia, ningxia.effectiveFrom);
