import { normalizeItemNumber } from '@huiqi/domain';
import { z } from 'zod';
import { areaCode, dateString, uuid } from './common.js';
import { creditCodeSchema } from './enterprises.js';
import { CHECKS } from './messages.js';

/** M9.3 case register: the vocabularies the database, the API and the console share. */
export const ADJUDICATION_STATUSES = ['received', 'accepted', 'refused', 'closed'] as const;
export const ADJUDICATION_OUTCOMES = ['infringement', 'no-infringement', 'mediated', 'withdrawn'] as const;
export const TIME_LIMIT_KEYS = ['accept', 'serve', 'answer', 'hearingNotice', 'decide'] as const;
export const TIME_LIMIT_STATES = ['met', 'late', 'open', 'warning', 'overdue', 'running', 'elapsed'] as const;

/**
 * A patent number as Chinese offices write it: ZL (optional), the application number's 8 or 12
 * digits, a dot (optional) and the check character. Kept as "ZL202310123456.7"; full-width and
 * spaced forms are accepted.
 */
export const patentNumberSchema = z
  .string()
  .trim()
  .transform((v) => normalizeItemNumber(v).replace(/^ZL/, ''))
  .refine((v) => /^(\d{8}|\d{12})[\dX]$/.test(v), CHECKS.patentNumber.en)
  .transform((v) => `ZL${v.slice(0, -1)}.${v.slice(-1)}`);

const partyName = z.string().trim().min(2, CHECKS.partyName.en).max(100);
export const adjudicationPartyInput = z
  .strictObject({
    /** An enterprise of the registry: its name and credit code are the registry's. */
    enterpriseId: uuid.optional(),
    /** Outside the registry: the name, and the credit code where known. */
    name: partyName.optional(),
    creditCode: creditCodeSchema.optional(),
  })
  .refine((p) => p.enterpriseId || p.name, {
    message: CHECKS.party.en,
    path: ['name'],
  });

export const adjudicationCaseCreate = z.strictObject({
  /** The office that handles it; a city admin's own area is used (and required to match). */
  areaCode: areaCode.optional(),
  requester: adjudicationPartyInput,
  respondent: adjudicationPartyInput,
  patentNumber: patentNumberSchema,
  patentTitle: z.string().trim().min(2, CHECKS.patentTitle.en).max(200),
  assertedClaims: z.string().trim().min(2, CHECKS.assertedClaims.en).max(500),
  requests: z.string().trim().min(5, CHECKS.caseRequests.en).max(4000),
  receivedOn: dateString,
});

const reason = z.string().trim().min(5, CHECKS.stepReason.en).max(2000);
export const adjudicationStep = z.discriminatedUnion('step', [
  z.strictObject({ step: z.literal('accept'), on: dateString }),
  z.strictObject({ step: z.literal('refuse'), on: dateString, reason }),
  z.strictObject({ step: z.literal('serve'), on: dateString }),
  z.strictObject({ step: z.literal('hearing'), on: dateString, notifiedOn: dateString }),
  z.strictObject({ step: z.literal('extend'), reason }),
  z.strictObject({
    step: z.literal('close'),
    on: dateString,
    outcome: z.enum(ADJUDICATION_OUTCOMES),
    summary: z.string().trim().min(10, CHECKS.decisionSummary.en).max(4000),
  }),
]);

export const adjudicationListQuery = z.object({
  status: z.enum(ADJUDICATION_STATUSES).optional(),
  /** priority: an SRDI party; due: a limit in its warning period or passed. */
  flag: z.enum(['priority', 'due']).optional(),
  /** The cases an enterprise of the registry is a party to, as requester or respondent (M9.1). */
  enterpriseId: uuid.optional(),
});

const party = z.object({
  enterpriseId: z.string().nullable(),
  name: z.string(),
  creditCode: z.string().nullable(),
  /** The registry's verified SRDI level, or null (outside the registry or not SRDI). */
  srdiLevel: z.enum(['provincial', 'little-giant']).nullable(),
});

export const timeLimitSchema = z
  .object({
    key: z.enum(TIME_LIMIT_KEYS),
    parameterId: z.string(),
    due: z.string(),
    provisional: z.boolean(),
    metOn: z.string().nullable(),
    state: z.enum(TIME_LIMIT_STATES),
    workingDaysLeft: z.number().int().nullable(),
  })
  .meta({ id: 'TimeLimit' });

export const adjudicationCaseSchema = z
  .object({
    id: uuid,
    caseNo: z.string(),
    areaCode: z.string(),
    requester: party,
    respondent: party,
    /** An SRDI SME is a party: handled with priority (M9.3). */
    priority: z.boolean(),
    patentNumber: z.string(),
    patentTitle: z.string(),
    assertedClaims: z.string(),
    requests: z.string(),
    status: z.enum(ADJUDICATION_STATUSES),
    receivedOn: z.string(),
    acceptedOn: z.string().nullable(),
    refusedOn: z.string().nullable(),
    refusalReason: z.string().nullable(),
    servedOn: z.string().nullable(),
    hearingOn: z.string().nullable(),
    hearingNotifiedOn: z.string().nullable(),
    extended: z.boolean(),
    extensionReason: z.string().nullable(),
    closedOn: z.string().nullable(),
    outcome: z.enum(ADJUDICATION_OUTCOMES).nullable(),
    decisionSummary: z.string().nullable(),
    document: z.object({ filename: z.string(), mime: z.string(), size: z.number().int() }).nullable(),
    limits: z.array(timeLimitSchema),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'AdjudicationCase' });
