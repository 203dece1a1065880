import { z } from 'zod';
import { isCalendarDate } from '../dates/calendar-date.js';

const date = z.string().refine(isCalendarDate, 'must be a real date YYYY-MM-DD');

export const localizedSchema = z.strictObject({
  zh: z.string().min(1, 'needs Chinese text'),
  en: z.string().min(1, 'needs English text'),
});

export const provisionIdSchema = z.string().regex(/^M(1[0-3]|[1-9])\.\d{1,2}$/, 'must be a provision id such as "M7.4"');

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
 * float: CNY "200000.00", ratio "0.05", days/years/count whole numbers.
 */
export const PARAMETER_UNITS = ['CNY', 'ratio', 'days', 'years', 'count'] as const;
export const parameterUnitSchema = z.enum(PARAMETER_UNITS);

const VALUE_PATTERNS: Record<(typeof PARAMETER_UNITS)[number], { re: RegExp; hint: string }> = {
  CNY: { re: /^(0|[1-9]\d*)\.\d{2}$/, hint: 'an amount with two decimals, e.g. "200000.00"' },
  ratio: { re: /^(0(\.\d+)?|1(\.0+)?)$/, hint: 'a ratio between 0 and 1, e.g. "0.05"' },
  days: { re: /^[1-9]\d*$/, hint: 'a whole number of days' },
  years: { re: /^[1-9]\d*$/, hint: 'a whole number of years' },
  count: { re: /^[1-9]\d*$/, hint: 'a whole number' },
};

export function checkParameterValue(unit: (typeof PARAMETER_UNITS)[number], value: string): string | null {
  const p = VALUE_PATTERNS[unit];
  return p.re.test(value) ? null : `must be ${p.hint}`;
}

export const parameterValueSchema = z.strictObject({
  effectiveFrom: date,
  /** null = "none" (no limit), allowed only where the parameter is nullable. */
  value: z.string().nullable(),
});

export const parameterSchema = z
  .strictObject({
    label: localizedSchema,
    unit: parameterUnitSchema,
    /** "policy-text": the number stands in the policy; "interpretation": the platform's reading where the text is silent. */
    source: z.enum(['policy-text', 'interpretation']),
    /** The words of the clause it comes from, or the interpretation in words. */
    reference: z.string().min(1),
    nullable: z.boolean().default(false),
    values: z.array(parameterValueSchema).min(1, 'needs at least one dated value'),
  })
  .superRefine((p, ctx) => {
    p.values.forEach((v, i) => {
      if (i > 0 && v.effectiveFrom <= p.values[i - 1]!.effectiveFrom) {
        ctx.addIssue({ code: 'custom', path: ['values', i, 'effectiveFrom'], message: 'values must be in increasing date order' });
      }
      if (v.value === null) {
        if (!p.nullable) ctx.addIssue({ code: 'custom', path: ['values', i, 'value'], message: 'may not be null (not nullable)' });
        return;
      }
      const problem = checkParameterValue(p.unit, v.value);
      if (problem) ctx.addIssue({ code: 'custom', path: ['values', i, 'value'], message: problem });
    });
  });

export const provisionSchema = z.strictObject({
  id: provisionIdSchema,
  measure: z.number().int().min(1).max(13),
  kind: provisionKindSchema,
  title: localizedSchema,
  summary: localizedSchema,
  /** The Chinese words of the policy this provision comes from. */
  clause: z.string().min(1),
  interpretation: localizedSchema.optional(),
  parameters: z.record(z.string().regex(/^[a-z][A-Za-z]*$/, 'parameter keys are camelCase'), parameterSchema).default({}),
});

export const measureSchema = z.strictObject({
  number: z.number().int().min(1).max(13),
  part: z.number().int().min(1).max(4),
  title: localizedSchema,
});

export const policyVersionSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
    title: localizedSchema,
    status: z.enum(['draft', 'final']),
    effectiveFrom: date,
    region: z.string().regex(/^\d{6}$/),
    parts: z.array(z.strictObject({ number: z.number().int().min(1), title: localizedSchema })).min(1),
    measures: z.array(measureSchema).min(1),
    provisions: z.array(provisionSchema).min(1),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    const measures = new Set(v.measures.map((m) => m.number));
    v.provisions.forEach((p, i) => {
      if (seen.has(p.id)) ctx.addIssue({ code: 'custom', path: ['provisions', i, 'id'], message: `duplicate provision ${p.id}` });
      seen.add(p.id);
      if (!p.id.startsWith(`M${p.measure}.`)) {
        ctx.addIssue({ code: 'custom', path: ['provisions', i, 'measure'], message: `provision ${p.id} is not under measure ${p.measure}` });
      }
      if (!measures.has(p.measure)) {
        ctx.addIssue({ code: 'custom', path: ['provisions', i, 'measure'], message: `measure ${p.measure} is not listed` });
      }
    });
  });

export type Localized = z.infer<typeof localizedSchema>;
export type ProvisionKind = z.infer<typeof provisionKindSchema>;
export type ParameterUnit = z.infer<typeof parameterUnitSchema>;
export type ParameterValue = z.infer<typeof parameterValueSchema>;
export type Parameter = z.infer<typeof parameterSchema>;
export type Provision = z.infer<typeof provisionSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type PolicyVersion = z.infer<typeof policyVersionSchema>;
/** What a policy file may be written as (defaults not yet applied). */
export type ParameterInput = z.input<typeof parameterSchema>;
export type PolicyVersionInput = z.input<typeof policyVersionSchema>;
