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

export const licenceOfferCreate = z
  .strictObject({
    patentNumber: patentNumberOfLicence,
    patentTitle: z.string().trim().min(2, CHECKS.patentTitle.en).max(200, CHECKS.patentTitle.en),
    technicalField: z.string().trim().min(2, CHECKS.technicalField.en).max(100, CHECKS.technicalField.en),
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
    if (o.feeKind === 'lump-sum' && (!o.feeAmount || /^0(\.0+)?$/.test(o.feeAmount)))
      ctx.addIssue({ code: 'custom', path: ['feeAmount'], message: CHECKS.licenceFee.en });
    if (o.feeKind === 'royalty' && !o.feeRate)
      ctx.addIssue({ code: 'custom', path: ['feeRate'], message: CHECKS.royaltyRate.en });
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
    licensor: z.object({ name: z.string(), kind: z.string(), enterpriseId: uuid.nullable() }),
    feeKind: z.string(),
    feeAmount: z.string().nullable(),
    feeRate: z.string().nullable(),
    periodFrom: z.string(),
    periodTo: z.string(),
    areaCode: z.string(),
    /** Interests expressed (a count: who expressed them is for the licensor and officials). */
    interests: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'LicenceOffer' });

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
