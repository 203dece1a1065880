import { checkPatentApplicationNumber, yearInChina } from '@huiqi/domain';
import { z } from 'zod';
import { areaCode, dateString, moneyString, uuid } from './common.js';
import { CHECKS } from './messages.js';

/**
 * M5.2 专利开放许可: patents offered for open licence (listed publicly), enterprises' interest in an
 * offer, and the licence concluded from it (which can start the licensee's M5.1 claim). The
 * licensor kinds and fee kinds are the registry's (the M5.2 module's `openLicensing`): the API
 * checks them against the version in force.
 */
export const LICENCE_INTEREST_STATUSES = ['open', 'concluded'] as const;
export type LicenceInterestStatus = (typeof LICENCE_INTEREST_STATUSES)[number];
/** listed (on the public listing), or withdrawn by the licensor or the region (撤回开放许可声明). */
export const LICENCE_OFFER_STATUSES = ['listed', 'withdrawn'] as const;
export type LicenceOfferStatus = (typeof LICENCE_OFFER_STATUSES)[number];

/**
 * A Chinese patent number (专利号): ZL and the application number with its check character,
 * checked by the domain (12 digits, the kind digit, the mod-11 check); kept as "ZL202410123456.0".
 */
export const patentNumberOfLicence = z.string().transform((v, ctx) => {
  const c = checkPatentApplicationNumber(v, yearInChina());
  if (c.valid) return `ZL${c.number}`;
  ctx.addIssue({ code: 'custom', message: c.en, params: { zh: c.zh, problem: c.problem } });
  return z.NEVER;
});

const kindId = z.string().regex(/^[a-z][a-z0-9-]*$/, CHECKS.choice.en);
/** A royalty as a ratio of sales: more than 0, less than 1, at most 4 decimals ("0.035" = 3.5%). */
export const royaltyRate = z.string().regex(/^0\.(?!0+$)\d{1,4}$/, CHECKS.royaltyRate.en);
const technicalField = z.string().trim().min(2, CHECKS.technicalField.en).max(100, CHECKS.technicalField.en);
/** What the patent does and what a licensee gets: optional, at most 1000 characters. */
const offerDescription = z.string().trim().max(1000, CHECKS.offerDescription.en);

/** Fee terms well formed together: a lump sum more than 0, a royalty with its rate. */
function checkFeeTerms(
  o: { feeKind?: string | undefined; feeAmount?: string | undefined; feeRate?: string | undefined },
  ctx: z.RefinementCtx,
) {
  if (o.feeKind === 'lump-sum' && (!o.feeAmount || /^0(\.0+)?$/.test(o.feeAmount)))
    ctx.addIssue({ code: 'custom', path: ['feeAmount'], message: CHECKS.licenceFee.en });
  if (o.feeKind === 'royalty' && !o.feeRate)
    ctx.addIssue({ code: 'custom', path: ['feeRate'], message: CHECKS.royaltyRate.en });
}

export const licenceOfferCreate = z
  .strictObject({
    patentNumber: patentNumberOfLicence,
    patentTitle: z.string().trim().min(2, CHECKS.patentTitle.en).max(200, CHECKS.patentTitle.en),
    technicalField,
    description: offerDescription.default(''),
    /** Officials: the licensor's name and kind; an enterprise offers its own patent (the registry's name). */
    licensorName: z
      .string()
      .trim()
      .min(2, CHECKS.licensorName.en)
      .max(100, CHECKS.licensorName.en)
      .optional(),
    licensorKind: kindId.optional(),
    /** Officials: the licensor when it is an enterprise of the registry (its interests reach it). */
    licensorEnterpriseId: uuid.optional(),
    feeKind: kindId,
    /** lump-sum: the fee in yuan a year. */
    feeAmount: moneyString.optional(),
    /** royalty: the share of sales. */
    feeRate: royaltyRate.optional(),
    periodFrom: dateString,
    periodTo: dateString,
    /** Region: the area it is listed under (required); a city's own is used, an enterprise's own. */
    areaCode: areaCode.optional(),
  })
  .superRefine((o, ctx) => {
    checkFeeTerms(o, ctx);
    if (o.periodTo < o.periodFrom)
      ctx.addIssue({ code: 'custom', path: ['periodTo'], message: CHECKS.periodOrder.en });
  });

export const licenceOfferSchema = z
  .object({
    id: uuid,
    provision: z.string(),
    patentNumber: z.string(),
    patentTitle: z.string(),
    technicalField: z.string(),
    description: z.string(),
    licensor: z.object({ name: z.string(), kind: z.string(), enterpriseId: uuid.nullable() }),
    feeKind: z.string(),
    feeAmount: z.string().nullable(),
    feeRate: z.string().nullable(),
    periodFrom: z.string(),
    periodTo: z.string(),
    areaCode: z.string(),
    /** Interests expressed (a count: who expressed them is for the licensor and officials). */
    interests: z.number().int(),
    status: z.enum(LICENCE_OFFER_STATUSES),
    /** withdrawn: the China day and the reason given. */
    withdrawnOn: z.string().nullable(),
    withdrawalReason: z.string().nullable(),
    /** When its field, fee terms or description were last amended (null: as first offered). */
    amendedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'LicenceOffer' });

/** Withdrawing an offer (the licensor enterprise or the region): why, told to the enterprises interested. */
export const licenceOfferWithdrawal = z.strictObject({
  reason: z.string().trim().min(5, CHECKS.withdrawalReason.en).max(500, CHECKS.withdrawalReason.en),
});

/**
 * Amending an offer's technical field, fee terms or description (the patent, licensor and period
 * are what was declared, and stay): only what is given changes. New fee terms come whole — the
 * kind with its amount or rate; an amount or rate alone keeps the kind and must fit it.
 */
export const licenceOfferAmendment = z
  .strictObject({
    technicalField: technicalField.optional(),
    description: offerDescription.optional(),
    feeKind: kindId.optional(),
    feeAmount: moneyString.optional(),
    feeRate: royaltyRate.optional(),
  })
  .superRefine((o, ctx) => {
    if (Object.values(o).every((v) => v === undefined))
      ctx.addIssue({ code: 'custom', path: [], message: CHECKS.amendNothing.en });
    checkFeeTerms(o, ctx);
  });

export const licenceOfferListQuery = z.object({
  /** Words in the title, field or licensor. */
  q: z.string().trim().max(50).optional(),
  licensorKind: kindId.optional(),
});

export const licenceInterestCreate = z.strictObject({
  message: z.string().trim().max(500, CHECKS.interestMessage.en).default(''),
});

export const licenceConclusion = z.strictObject({
  concludedOn: dateString,
  /** The licence fee agreed (the M5.1 transaction amount); 0.00 for a free licence. */
  fee: moneyString,
});

export const licenceInterestSchema = z
  .object({
    id: uuid,
    offer: z.object({
      id: uuid,
      patentNumber: z.string(),
      patentTitle: z.string(),
      licensorName: z.string(),
      licensorKind: z.string(),
      feeKind: z.string(),
      status: z.enum(LICENCE_OFFER_STATUSES),
      withdrawnOn: z.string().nullable(),
      withdrawalReason: z.string().nullable(),
    }),
    enterpriseId: uuid,
    enterpriseName: z.string(),
    areaCode: z.string(),
    message: z.string(),
    status: z.enum(LICENCE_INTEREST_STATUSES),
    /** A licence (许可) taken in: what M5.1 calls the mode. */
    mode: z.literal('license'),
    concludedOn: z.string().nullable(),
    fee: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'LicenceInterest' });

export const licenceInterestListQuery = z.object({
  offerId: uuid.optional(),
  status: z.enum(LICENCE_INTEREST_STATUSES).optional(),
});
