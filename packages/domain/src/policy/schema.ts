import * as z from 'zod/mini';
import { isCalendarDate } from '../dates/calendar-date.js';
import { REASON_CODES } from '../rules/reasons.js';
import { recordKindSchema } from './record-kind-schema.js';

const date = z.string().check(z.refine(isCalendarDate, 'must be a real date YYYY-MM-DD'));
const camelKey = z.string().check(z.regex(/^[a-z][A-Za-z0-9]*$/, 'keys are camelCase'));

export const localizedSchema = z.strictObject({
  zh: z.string().check(z.minLength(1, 'needs Chinese text')),
  en: z.string().check(z.minLength(1, 'needs English text')),
});

/**
 * A provision id is whatever a version declares: a letter, then letters or digits, then dotted
 * parts ("M7.4", "GZ3.2", "A12"). The platform and its URLs use it as given, so it has no spaces,
 * slashes or quotes.
 */
export const PROVISION_ID_PATTERN = /^[A-Z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$/;
export const provisionIdSchema = z
  .string()
  .check(
    z.regex(
      PROVISION_ID_PATTERN,
      'must be a provision id such as "M7.4": a capital letter, letters or digits, then dotted parts',
    ),
  );

export const PROVISION_KINDS = [
  'fixed-award',
  'per-item-award',
  'percentage-with-cap',
  'interest-subsidy',
  'count-target',
  'count-approx',
  'count-cap',
  'budget-floor',
  'service',
  'assessment',
] as const;
export const provisionKindSchema = z.enum(PROVISION_KINDS);

/**
 * Units a parameter value may have. Values are strings so that no number ever passes through a
 * float: CNY "200000.00", ratio "0.05", days/working-days/months/years/count whole numbers (working
 * days are counted on the working-day calendar: statutory time limits); `choice` one of the
 * parameter's `options` (a reading the text leaves open, e.g. how titles stack); `jurisdictions`
 * two-letter codes separated by spaces ("CN HK MO TW").
 */
export const PARAMETER_UNITS = [
  'CNY',
  'ratio',
  'days',
  'working-days',
  'months',
  'years',
  'count',
  'choice',
  'jurisdictions',
] as const;
export const parameterUnitSchema = z.enum(PARAMETER_UNITS);

const VALUE_PATTERNS: Record<
  Exclude<(typeof PARAMETER_UNITS)[number], 'choice'>,
  { re: RegExp; hint: string }
> = {
  CNY: { re: /^(0|[1-9]\d*)\.\d{2}$/, hint: 'an amount with two decimals, e.g. "200000.00"' },
  ratio: { re: /^(0(\.\d+)?|1(\.0+)?)$/, hint: 'a ratio between 0 and 1, e.g. "0.05"' },
  days: { re: /^[1-9]\d*$/, hint: 'a whole number of days' },
  'working-days': { re: /^[1-9]\d*$/, hint: 'a whole number of working days' },
  months: { re: /^[1-9]\d*$/, hint: 'a whole number of months' },
  years: { re: /^[1-9]\d*$/, hint: 'a whole number of years' },
  count: { re: /^(0|[1-9]\d*)$/, hint: 'a whole number' },
  jurisdictions: {
    re: /^[A-Z]{2}( [A-Z]{2})*$/,
    hint: 'two-letter codes separated by spaces, e.g. "CN HK MO TW"',
  },
};

export function checkParameterValue(
  unit: (typeof PARAMETER_UNITS)[number],
  value: string,
  options?: readonly { value: string }[],
): string | null {
  if (unit === 'choice') {
    const known = (options ?? []).map((o) => o.value);
    return known.includes(value) ? null : `must be one of ${known.join(', ')}`;
  }
  const p = VALUE_PATTERNS[unit];
  return p.re.test(value) ? null : `must be ${p.hint}`;
}

export const parameterValueSchema = z.strictObject({
  effectiveFrom: date,
  /** null = "none" (no limit), allowed only where the parameter is nullable. */
  value: z.nullable(z.string()),
});

export const parameterSchema = z
  .strictObject({
    label: localizedSchema,
    unit: parameterUnitSchema,
    /** "policy-text": the number stands in the policy; "interpretation": the platform's reading where the text is silent. */
    source: z.enum(['policy-text', 'interpretation']),
    /** The words of the clause it comes from, or the interpretation in words. */
    reference: z.string().check(z.minLength(1)),
    nullable: z._default(z.boolean(), false),
    /** For unit "choice": the readings one may choose, each explained. */
    options: z.optional(
      z.array(
        z.strictObject({
          value: z.union([camelKey, z.string().check(z.regex(/^[a-z][a-z-]*$/))]),
          label: localizedSchema,
        }),
      ),
    ),
    values: z.array(parameterValueSchema).check(z.minLength(1, 'needs at least one dated value')),
  })
  .check(
    z.superRefine((p, ctx) => {
      if (p.unit === 'choice' && !p.options?.length)
        ctx.addIssue({ code: 'custom', path: ['options'], message: 'a choice parameter lists its options' });
      if (p.unit !== 'choice' && p.options)
        ctx.addIssue({ code: 'custom', path: ['options'], message: 'only a choice parameter has options' });
      p.values.forEach((v, i) => {
        if (i > 0 && v.effectiveFrom <= p.values[i - 1]!.effectiveFrom) {
          ctx.addIssue({
            code: 'custom',
            path: ['values', i, 'effectiveFrom'],
            message: 'values must be in increasing date order',
          });
        }
        if (v.value === null) {
          if (!p.nullable)
            ctx.addIssue({
              code: 'custom',
              path: ['values', i, 'value'],
              message: 'may not be null (not nullable)',
            });
          return;
        }
        const problem = checkParameterValue(p.unit, v.value, p.options);
        if (problem) ctx.addIssue({ code: 'custom', path: ['values', i, 'value'], message: problem });
      });
    }),
  );

/**
 * What a claim form asks, as data: the rules read fields by `role`, the pages render them by
 * `input`, and the claim schema is built from them. `date` and `money` are strings ("2025-03-15",
 * "1234.50"), `ratio` a decimal string in (0, 1], `choice` one of `options`, `patent-list` patent
 * numbers, `foreign-items` {jurisdiction, number, family?} grants or registrations abroad,
 * `text-list` short entries a person writes one per line (the parks under trusteeship, the free services given),
 * `text` one short line (a project's name).
 */
export const CLAIM_FIELD_INPUTS = [
  'date',
  'money',
  'ratio',
  'choice',
  'patent-list',
  'foreign-items',
  'text-list',
  'text',
] as const;
export const claimFieldSchema = z.strictObject({
  key: camelKey,
  input: z.enum(CLAIM_FIELD_INPUTS),
  label: localizedSchema,
  hint: z.optional(localizedSchema),
  /** What the kind's rule reads this field as (the kind's FIELD_ROLES). */
  role: z.optional(camelKey),
  /** money: zero is refused. */
  positive: z.optional(z.boolean()),
  /** choice: the values and how they are named. */
  options: z.optional(
    z.array(
      z.strictObject({ value: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)), label: localizedSchema }),
    ),
  ),
  /** date: may not be before this other date field (DATE_ORDER). */
  notBefore: z.optional(camelKey),
  /** date: must be on or before the assessment date, else this reason (the event must have happened). */
  mustHaveHappened: z.optional(z.enum(REASON_CODES)),
  /** foreign-items: what the jurisdiction granted (a patent or a trademark: offices differ). */
  grantKind: z.optional(z.enum(['patent', 'trademark'])),
});

export const guideSchema = z.strictObject({
  whoMayApply: localizedSchema,
  conditions: z.array(localizedSchema).check(z.minLength(1)),
  materials: z.array(localizedSchema).check(z.minLength(1)),
  /** The round or deadline in words ("each year's round, as its notice says"). */
  deadline: localizedSchema,
  /** Promised processing time, in working days from a complete submission. */
  processingWorkingDays: z.int().check(z.gte(1), z.lte(365)),
  contact: localizedSchema,
});

export const bookkeepingSchema = z.strictObject({
  /** The CNY parameter capping what one applicant gets under this provision per funding year. */
  annualCap: z.optional(camelKey),
  /** Paid once per applicant ("ever") or once per applicant per funding year. */
  once: z.optional(z.enum(['ever', 'per-funding-year'])),
  /** Titles on one ladder (ranked, higher = more): how several are paid is the titleStacking parameter. */
  ladder: z.optional(
    z.strictObject({ group: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)), rank: z.int().check(z.gte(1)) }),
  ),
  /** Items (patents, grants) are paid once across the provisions sharing this group name. */
  itemGroup: z.optional(z.string().check(z.regex(/^[a-z][a-z0-9-]*$/))),
});

export const matchingSchema = z.strictObject({
  /** The IP asset an enterprise records in its profile that this provision pays for. */
  asset: z.optional(
    z.strictObject({
      kind: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)),
      group: z.enum(['title', 'award', 'foreign']),
      label: localizedSchema,
      /** award: a patent is paid once, for its highest rank. */
      rank: z.optional(z.int().check(z.gte(1))),
    }),
  ),
  /** What an enterprise needs to have to claim (money that depends on facts a profile cannot hold). */
  needsFacts: z.optional(localizedSchema),
  /** A service an enterprise can ask for. */
  request: z.optional(localizedSchema),
  /** Applications are ranked by the green-channel focus industries (a ranking, not a condition). */
  ranksFocusIndustries: z.optional(z.boolean()),
});

const slug = z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, 'lower-case letters, digits and dashes'));
const labelled = z.strictObject({ id: slug, label: localizedSchema });

/**
 * What a figure on the scorecard (M13.1) counts: distinct enterprises, brands, projects or loans,
 * money (CNY, shown in 万元 where the policy speaks in 万元), services or cases recorded, or
 * satisfaction (the mean of the scores recorded, each a ratio 0–1: a rating of 4 of 5 is "0.8"); and
 * what record kinds count (records, people, events: record-kind-schema.ts `counts.unit`).
 */
export const SCORECARD_UNITS = [
  'enterprises',
  'brands',
  'projects',
  'loans',
  'CNY',
  'services',
  'cases',
  'satisfaction',
  'records',
  'people',
  'events',
] as const;
export const scorecardUnitSchema = z.enum(SCORECARD_UNITS);

/**
 * How a figure is "met": at-least its goal (a target or a floor), about it (within the tolerance
 * parameter: "50家左右"), filled (a cap: every place taken), or reported (no goal in the text).
 */
export const SCORECARD_MET_RULES = ['at-least', 'about', 'filled', 'reported'] as const;

/**
 * One figure a provision contributes to the scorecard (M13.1): what it is, its unit, the parameter
 * holding its target or floor (whose reference is the clause's words), how "met" is decided, and
 * the record sources it is counted from (named record kinds the API registers: "claims",
 * "service-records", …). Records of several sources are counted once (distinct by what the unit
 * counts).
 */
export const scorecardFigureSchema = z.strictObject({
  id: slug,
  label: localizedSchema,
  unit: scorecardUnitSchema,
  met: z.enum(SCORECARD_MET_RULES),
  /** The parameter holding the target or floor (count or CNY); none for "reported". */
  goal: z.optional(camelKey),
  /** "about": the ratio parameter saying how far from the goal is still about it. */
  tolerance: z.optional(camelKey),
  sources: z.array(slug).check(z.minLength(1, 'names at least one record source')),
});

/** What a licence concluded on the platform carries, by name: what `openLicensing.startsClaim.roles` may map to. */
export const LICENCE_FACTS = ['fee', 'concludedOn', 'mode'] as const;

/**
 * 专利开放许可 (M5.2): the kinds of licensor the clause names (高校、科研院所和企业), how an offer's
 * licence fee is asked (the fee terms of an open-licence declaration, 专利法 第五十条), and the claim
 * a licence concluded on the platform starts, pre-filled (M5.2 licence → M5.1 claim): that
 * provision's claim fields by their role, taken from the licence's facts (LICENCE_FACTS).
 */
export const openLicensingSchema = z.strictObject({
  licensorKinds: z.array(labelled).check(z.minLength(1)),
  feeKinds: z.array(labelled).check(z.minLength(1)),
  startsClaim: z.optional(
    z.strictObject({
      provision: provisionIdSchema,
      roles: z.record(camelKey, z.enum(LICENCE_FACTS)),
    }),
  ),
});

export const provisionSchema = z.strictObject({
  id: provisionIdSchema,
  measure: z.int().check(z.gte(1)),
  kind: provisionKindSchema,
  title: localizedSchema,
  summary: localizedSchema,
  /** The Chinese words of the policy this provision comes from. */
  clause: z.string().check(z.minLength(1)),
  interpretation: z.optional(localizedSchema),
  parameters: z._default(z.record(camelKey, parameterSchema), {}),
  /** Who is paid or served: an enterprise (default) or a service agency (M11.1). */
  applicant: z._default(z.enum(['enterprise', 'agency']), 'enterprise'),
  /** Money provisions: the fields of a claim. */
  claim: z.optional(z.strictObject({ fields: z.array(claimFieldSchema).check(z.minLength(1)) })),
  bookkeeping: z.optional(bookkeepingSchema),
  matching: z.optional(matchingSchema),
  /** The services agencies record under this provision (they count toward its target). */
  services: z._default(z.array(labelled), []),
  /** What an enterprise can ask for under it (a service request), in its words. */
  requests: z._default(z.array(labelled), []),
  /** Events agencies run under it. */
  events: z._default(z.array(labelled), []),
  /** Records kept under it (assessments, products, funds, cases, loans…): fields, who records and verifies, what counts. */
  records: z._default(z.array(recordKindSchema), []),
  /** Patent open licensing kept on the platform (M5.2): licensor kinds, fee terms, the claim a licence starts. */
  openLicensing: z.optional(openLicensingSchema),
  /** Count kinds: what is counted — distinct enterprises (default) or brands (M8.2 selects 50 个 brands). */
  counts: z._default(z.enum(['enterprises', 'brands']), 'enterprises'),
  /** 申报指南: who may apply, conditions, materials, deadline, processing time, contact. */
  guide: z.optional(guideSchema),
  /** What it contributes to the scorecard (M13.1), figure by figure; none: not yet recorded on the platform. */
  scorecard: z._default(z.array(scorecardFigureSchema), []),
});

export const measureSchema = z.strictObject({
  number: z.int().check(z.gte(1)),
  part: z.int().check(z.gte(1)),
  title: localizedSchema,
});

export const areaSchema = z.strictObject({
  code: z.string().check(z.regex(/^[A-Z0-9]{2,12}$/)),
  kind: z.enum(['city', 'base', 'county', 'district']),
  name: localizedSchema,
});

export const policyVersionSchema = z.strictObject({
  id: slug,
  title: localizedSchema,
  status: z.enum(['draft', 'final']),
  effectiveFrom: date,
  /** The GB/T 2260 code of the province (region) the version is for, and its name. */
  region: z.string().check(z.regex(/^\d{6}$/)),
  regionName: localizedSchema,
  /** The areas a region reports on (its cities, and any separately administered area). */
  areas: z.array(areaSchema).check(z.minLength(1)),
  parts: z
    .array(z.strictObject({ number: z.int().check(z.gte(1)), title: localizedSchema }))
    .check(z.minLength(1)),
  measures: z.array(measureSchema).check(z.minLength(1)),
  provisions: z.array(provisionSchema).check(z.minLength(1)),
});

export type Localized = z.infer<typeof localizedSchema>;
export type ProvisionKind = z.infer<typeof provisionKindSchema>;
export type ParameterUnit = z.infer<typeof parameterUnitSchema>;
export type ParameterValue = z.infer<typeof parameterValueSchema>;
export type Parameter = z.infer<typeof parameterSchema>;
export type ClaimField = z.infer<typeof claimFieldSchema>;
export type ClaimFieldInput = ClaimField['input'];
export type Guide = z.infer<typeof guideSchema>;
export type ScorecardFigure = z.infer<typeof scorecardFigureSchema>;
export type ScorecardUnit = z.infer<typeof scorecardUnitSchema>;
export type Bookkeeping = z.infer<typeof bookkeepingSchema>;
export type MatchingHints = z.infer<typeof matchingSchema>;
export type Provision = z.infer<typeof provisionSchema>;
export type OpenLicensing = z.infer<typeof openLicensingSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type Area = z.infer<typeof areaSchema>;
export type PolicyVersionData = z.infer<typeof policyVersionSchema>;
type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;
/** What a policy file may be written as (defaults not yet applied; literal data may be readonly). */
export type ParameterInput = DeepReadonly<z.input<typeof parameterSchema>>;
export type ProvisionInput = DeepReadonly<z.input<typeof provisionSchema>>;
export type ScorecardFigureInput = DeepReadonly<z.input<typeof scorecardFigureSchema>>;
export type PolicyVersionInput = DeepReadonly<z.input<typeof policyVersionSchema>>;
