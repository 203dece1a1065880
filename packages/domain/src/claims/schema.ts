import { z } from 'zod';
import { isCalendarDate } from '../dates/calendar-date.js';
import type { DomainErrorCode } from '../errors/messages.js';
import { messages } from '../errors/messages.js';
import { fieldLabel } from './field-labels.js';
import { itemKey } from './item-key.js';
import { checkJurisdiction, type GrantKind } from '../jurisdictions/jurisdictions.js';

/**
 * The claim schemas. assess() validates with exactly these, so a form that uses them accepts
 * what assess accepts and nothing else. Every refinement carries a DomainError code and the zh/en
 * message in `params`, so a form can show the Chinese text and the API can return the code.
 */

type Ctx = z.RefinementCtx;

function issue(ctx: Ctx, code: DomainErrorCode, field: string, details: Record<string, string | number>, path: (string | number)[] = []) {
  const label = fieldLabel(field);
  const all = { field: label.en, fieldZh: label.zh, ...details };
  const m = messages[code];
  ctx.addIssue({ code: 'custom', path, message: m.en(all), params: { domainCode: code, details: all, zh: m.zh(all), en: m.en(all) } });
}

const FEN = /^-?(0|[1-9]\d*)(\.\d{1,2})?$/;

/** A money field: decimal string, two decimals at most, not negative; `positive` also refuses zero. */
export function moneyField(field: string, { positive }: { positive: boolean }) {
  return z.string({ error: `${field}: give the amount as a decimal string such as "1234.50"` }).superRefine((v, ctx) => {
    if (!FEN.test(v)) return issue(ctx, 'MONEY_INVALID', field, { input: v });
    if (v.startsWith('-') && !/^-0(\.0+)?$/.test(v)) return issue(ctx, 'MONEY_NEGATIVE', field, { value: v });
    if (v.replace('-', '').split('.')[0]!.length > 15) return issue(ctx, 'MONEY_TOO_LARGE', field, { value: v });
    if (positive && /^-?0(\.0+)?$/.test(v)) return issue(ctx, 'MONEY_NOT_POSITIVE', field, { value: v });
  });
}

export function dateField(field: string) {
  return z.string({ error: `${field}: give a date YYYY-MM-DD` }).superRefine((v, ctx) => {
    if (!isCalendarDate(v)) issue(ctx, 'DATE_INVALID', field, { input: v });
  });
}

/** A ratio in (0, 1] as a decimal string ("0.6"). */
export function ratioField(field: string) {
  return z.string({ error: `${field}: give the ratio as a decimal string such as "0.6"` }).superRefine((v, ctx) => {
    if (!/^(0|[1-9]\d*)(\.\d+)?$/.test(v) && !/^-/.test(v)) return issue(ctx, 'RATIO_INVALID', field, { input: v });
    if (v.startsWith('-') || /^0(\.0+)?$/.test(v) || !/^(0(\.\d+)?|1(\.0+)?)$/.test(v)) {
      return issue(ctx, 'RATIO_OUT_OF_RANGE', field, { value: v });
    }
  });
}

const itemNumber = z
  .string()
  .trim()
  .min(1, 'the number must not be empty')
  .max(64, 'the number is at most 64 characters')
  .regex(/^[\p{L}\p{N} .\-/()]+$/u, 'the number may contain letters, digits, spaces and . - / ( )');

export const patentListField = z
  .array(itemNumber, { error: 'patents: give a list of patent numbers' })
  .min(1, 'patents: name at least one patent')
  .max(200, 'patents: at most 200 in one claim')
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((n, i) => {
      const key = itemKey(n);
      if (seen.has(key)) issue(ctx, 'DUPLICATE_ITEM', 'patents', { item: n }, [i]);
      seen.add(key);
    });
  });

const GRANT_KIND: Record<'grants' | 'registrations', GrantKind> = { grants: 'patent', registrations: 'trademark' };

const foreignItem = (field: 'grants' | 'registrations') =>
  z.strictObject({
    /** A country abroad or a regional office (EP, EM, …) as one jurisdiction: see jurisdictions/jurisdictions.ts. */
    jurisdiction: z
      .string({ error: 'jurisdiction: a two-letter code such as US, JP, EP' })
      .trim()
      .toUpperCase()
      .superRefine((v, ctx) => {
        const problem = checkJurisdiction(v, GRANT_KIND[field]);
        if (problem) issue(ctx, problem.code, field, problem.details);
      }),
    number: itemNumber,
    /** Groups grants of one invention or one mark across jurisdictions (for a per-family cap). */
    family: z.string().trim().min(1).max(64).optional(),
  });

const foreignList = (field: 'grants' | 'registrations') =>
  z
    .array(foreignItem(field))
    .min(1, `${field}: name at least one`)
    .max(500, `${field}: at most 500 in one claim`)
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((g, i) => {
        const key = itemKey(g);
        if (seen.has(key)) issue(ctx, 'DUPLICATE_ITEM', field, { item: `${g.jurisdiction} ${g.number}` }, [i]);
        seen.add(key);
      });
    });

export const recognitionClaimSchema = z.strictObject({
  provision: z.enum(['M1.1', 'M1.2', 'M1.3', 'M11.1']),
  recognizedOn: dateField('recognizedOn'),
});

export const patentAwardClaimSchema = z.strictObject({
  provision: z.enum(['M1.4', 'M1.5', 'M1.6']),
  patents: patentListField,
});

export const foreignPatentClaimSchema = z.strictObject({
  provision: z.literal('M1.7'),
  grants: foreignList('grants'),
});

export const foreignTrademarkClaimSchema = z.strictObject({
  provision: z.literal('M1.8'),
  registrations: foreignList('registrations'),
});

export const TRANSFER_MODES = ['license', 'assignment', 'equity'] as const;

export const transferClaimSchema = z.strictObject({
  provision: z.literal('M5.1'),
  transactionAmount: moneyField('transactionAmount', { positive: true }),
  mode: z.enum(TRANSFER_MODES, { error: 'mode: one of license (许可), assignment (转让), equity (作价入股)' }),
  contractDate: dateField('contractDate'),
});

export const pledgeLoanClaimSchema = z
  .strictObject({
    provision: z.literal('M7.4'),
    principal: moneyField('principal', { positive: true }),
    pledgeShareRatio: ratioField('pledgeShareRatio'),
    disbursedOn: dateField('disbursedOn'),
    repaidOn: dateField('repaidOn'),
    interestPaid: moneyField('interestPaid', { positive: false }),
  })
  .superRefine((c, ctx) => {
    if (isCalendarDate(c.disbursedOn) && isCalendarDate(c.repaidOn) && c.repaidOn < c.disbursedOn) {
      const [later, earlier] = [fieldLabel('repaidOn'), fieldLabel('disbursedOn')];
      const all = { later: later.en, laterZh: later.zh, laterValue: c.repaidOn, earlier: earlier.en, earlierZh: earlier.zh, earlierValue: c.disbursedOn };
      const m = messages.DATE_ORDER;
      ctx.addIssue({ code: 'custom', path: ['repaidOn'], message: m.en(all), params: { domainCode: 'DATE_ORDER', details: all, zh: m.zh(all), en: m.en(all) } });
    }
  });

export const evaluationFeeClaimSchema = z.strictObject({
  provision: z.literal('M7.5'),
  evaluationFeePaid: moneyField('evaluationFeePaid', { positive: true }),
});

/** Every claim the rules can assess. */
export const claimSchema = z.discriminatedUnion('provision', [
  recognitionClaimSchema,
  patentAwardClaimSchema,
  foreignPatentClaimSchema,
  foreignTrademarkClaimSchema,
  transferClaimSchema,
  pledgeLoanClaimSchema,
  evaluationFeeClaimSchema,
]);

export type Claim = z.infer<typeof claimSchema>;
export type RecognitionClaim = z.infer<typeof recognitionClaimSchema>;
export type PatentAwardClaim = z.infer<typeof patentAwardClaimSchema>;
export type ForeignPatentClaim = z.infer<typeof foreignPatentClaimSchema>;
export type ForeignTrademarkClaim = z.infer<typeof foreignTrademarkClaimSchema>;
export type TransferClaim = z.infer<typeof transferClaimSchema>;
export type PledgeLoanClaim = z.infer<typeof pledgeLoanClaimSchema>;
export type EvaluationFeeClaim = z.infer<typeof evaluationFeeClaimSchema>;
export type ClaimProvision = Claim['provision'];

/** The provisions a claim can be made under (the monetary ones), in policy order. */
export const CLAIM_PROVISIONS = ['M1.1', 'M1.2', 'M1.3', 'M1.4', 'M1.5', 'M1.6', 'M1.7', 'M1.8', 'M5.1', 'M7.4', 'M7.5', 'M11.1'] as const satisfies readonly ClaimProvision[];

/** The schema of one provision's claim, for a form that knows its provision. */
export const claimSchemaByProvision: Record<ClaimProvision, z.ZodType> = {
  'M1.1': recognitionClaimSchema,
  'M1.2': recognitionClaimSchema,
  'M1.3': recognitionClaimSchema,
  'M11.1': recognitionClaimSchema,
  'M1.4': patentAwardClaimSchema,
  'M1.5': patentAwardClaimSchema,
  'M1.6': patentAwardClaimSchema,
  'M1.7': foreignPatentClaimSchema,
  'M1.8': foreignTrademarkClaimSchema,
  'M5.1': transferClaimSchema,
  'M7.4': pledgeLoanClaimSchema,
  'M7.5': evaluationFeeClaimSchema,
};
