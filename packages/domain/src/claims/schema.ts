import * as z from 'zod/mini';
import { isCalendarDate, type CalendarDate } from '../dates/calendar-date.js';
import type { DomainErrorCode } from '../errors/messages.js';
import { dateOrderDetails } from '../errors/date-order.js';
import { messages } from '../errors/messages.js';
import type { ClaimField, Localized, Provision } from '../policy/schema.js';
import type { PolicyVersion } from '../policy/version.js';
import { fieldLabel } from './field-labels.js';
import { itemKey } from './item-key.js';
import { checkJurisdiction, notAbroadOn, type GrantKind } from '../jurisdictions/jurisdictions.js';

/**
 * The claim schemas, built from a provision's claim fields (its data). assess() validates with
 * exactly these, so a form that uses them accepts what assess accepts and nothing else. Every
 * refinement carries a DomainError code and the zh/en message in `params`, so a form can show the
 * Chinese text and the API can return the code.
 */

type Ctx = z.core.$RefinementCtx;

function issue(
  ctx: Ctx,
  code: DomainErrorCode,
  label: Localized,
  details: Record<string, string | number>,
  path: (string | number)[] = [],
) {
  const all = { field: label.en, fieldZh: label.zh, ...details };
  const m = messages[code];
  ctx.addIssue({
    code: 'custom',
    path,
    message: m.en(all),
    params: { domainCode: code, details: all, zh: m.zh(all), en: m.en(all) },
  });
}

const FEN = /^-?(0|[1-9]\d*)(\.\d{1,2})?$/;

/** A money field: decimal string, two decimals at most, not negative; `positive` also refuses zero. */
export function moneyField(
  field: string,
  { positive }: { positive: boolean },
  label: Localized = fieldLabel(field),
) {
  return z.string({ error: `${field}: give the amount as a decimal string such as "1234.50"` }).check(
    z.superRefine((v, ctx) => {
      if (!FEN.test(v)) return issue(ctx, 'MONEY_INVALID', label, { input: v });
      if (v.startsWith('-') && !/^-0(\.0+)?$/.test(v))
        return issue(ctx, 'MONEY_NEGATIVE', label, { value: v });
      if (v.replace('-', '').split('.')[0]!.length > 15)
        return issue(ctx, 'MONEY_TOO_LARGE', label, { value: v });
      if (positive && /^-?0(\.0+)?$/.test(v)) return issue(ctx, 'MONEY_NOT_POSITIVE', label, { value: v });
    }),
  );
}

export function dateField(field: string, label: Localized = fieldLabel(field)) {
  return z.string({ error: `${field}: give a date YYYY-MM-DD` }).check(
    z.superRefine((v, ctx) => {
      if (!isCalendarDate(v)) issue(ctx, 'DATE_INVALID', label, { input: v });
    }),
  );
}

/** A ratio in (0, 1] as a decimal string ("0.6"). */
export function ratioField(field: string, label: Localized = fieldLabel(field)) {
  return z.string({ error: `${field}: give the ratio as a decimal string such as "0.6"` }).check(
    z.superRefine((v, ctx) => {
      if (!/^(0|[1-9]\d*)(\.\d+)?$/.test(v) && !/^-/.test(v))
        return issue(ctx, 'RATIO_INVALID', label, { input: v });
      if (v.startsWith('-') || /^0(\.0+)?$/.test(v) || !/^(0(\.\d+)?|1(\.0+)?)$/.test(v)) {
        return issue(ctx, 'RATIO_OUT_OF_RANGE', label, { value: v });
      }
    }),
  );
}

const itemNumber = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'the number must not be empty'),
    z.maxLength(64, 'the number is at most 64 characters'),
    z.regex(/^[\p{L}\p{N} .\-/()]+$/u, 'the number may contain letters, digits, spaces and . - / ( )'),
  );

export function patentListField(field = 'patents', label: Localized = fieldLabel(field)) {
  return z.array(itemNumber, { error: `${field}: give a list of patent numbers` }).check(
    z.minLength(1, `${field}: name at least one patent`),
    z.maxLength(200, `${field}: at most 200 in one claim`),
    z.superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((n, i) => {
        const key = itemKey(n);
        if (seen.has(key)) issue(ctx, 'DUPLICATE_ITEM', label, { item: n }, [i]);
        seen.add(key);
      });
    }),
  );
}

/** One short line a person writes (a project's name): 1–200 characters, spaces around it not counted. */
export function textField(field: string, label: Localized = fieldLabel(field)) {
  return z.string({ error: `${field}: write it as text` }).check(
    z.trim(),
    z.superRefine((v, ctx) => {
      if (v.length < 1 || v.length > 200) issue(ctx, 'TEXT_LENGTH', label, { max: 200 });
    }),
  );
}

/** Short entries written one per line (a park's name, "专利申请代理 12件"): 1–50, each 1–200 characters, no repeats. */
export function textListField(field: string, label: Localized = fieldLabel(field)) {
  return z.array(z.string().check(z.trim()), { error: `${field}: give a list of entries` }).check(
    z.superRefine((list, ctx) => {
      if (list.length < 1 || list.length > 50)
        return issue(ctx, 'LIST_LENGTH', label, { min: 1, max: 50, count: list.length });
      const seen = new Set<string>();
      list.forEach((n, i) => {
        if (n.length < 1 || n.length > 200)
          return issue(ctx, 'ENTRY_LENGTH', label, { position: i + 1, max: 200 }, [i]);
        if (seen.has(n)) issue(ctx, 'DUPLICATE_ITEM', label, { item: n }, [i]);
        seen.add(n);
      });
    }),
  );
}

const foreignItem = (label: Localized, kind: GrantKind, notAbroad: ReadonlySet<string>) =>
  z.strictObject({
    /** A country abroad or a regional office (EP, EM, …) as one jurisdiction: see jurisdictions/jurisdictions.ts. */
    jurisdiction: z.string({ error: 'jurisdiction: a two-letter code such as US, JP, EP' }).check(
      z.trim(),
      z.toUpperCase(),
      z.superRefine((v, ctx) => {
        const problem = checkJurisdiction(v, kind, notAbroad);
        if (problem) issue(ctx, problem.code, label, problem.details);
      }),
    ),
    number: itemNumber,
    /** Groups grants of one invention or one mark across jurisdictions (for a per-family cap). */
    family: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(64))),
  });

export function foreignListField(
  field: string,
  kind: GrantKind,
  notAbroad: ReadonlySet<string>,
  label: Localized = fieldLabel(field),
) {
  return z.array(foreignItem(label, kind, notAbroad)).check(
    z.minLength(1, `${field}: name at least one`),
    z.maxLength(500, `${field}: at most 500 in one claim`),
    z.superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((g, i) => {
        const key = itemKey(g);
        if (seen.has(key))
          issue(ctx, 'DUPLICATE_ITEM', label, { item: `${g.jurisdiction} ${g.number}` }, [i]);
        seen.add(key);
      });
    }),
  );
}

function fieldSchema(f: ClaimField, notAbroad: ReadonlySet<string>): z.ZodMiniType {
  switch (f.input) {
    case 'date':
      return dateField(f.key, f.label);
    case 'money':
      return moneyField(f.key, { positive: f.positive ?? false }, f.label);
    case 'ratio':
      return ratioField(f.key, f.label);
    case 'choice': {
      const values = f.options!.map((o) => o.value) as [string, ...string[]];
      return z.enum(values, {
        error: `${f.key}: one of ${f.options!.map((o) => `${o.value} (${o.label.zh})`).join(', ')}`,
      });
    }
    case 'patent-list':
      return patentListField(f.key, f.label);
    case 'foreign-items':
      return foreignListField(f.key, f.grantKind ?? 'patent', notAbroad, f.label);
    case 'text-list':
      return textListField(f.key, f.label);
    case 'text':
      return textField(f.key, f.label);
  }
}

const schemas = new WeakMap<Provision, Map<ReadonlySet<string>, z.ZodMiniType>>();

/**
 * The schema of one provision's claim made on `date` (the application date: which jurisdictions
 * are not abroad is a dated parameter): strict (an unknown key is refused), each field by its
 * input, dates in the order the fields require (DATE_ORDER).
 */
export function claimSchemaFor(provision: Provision, date: CalendarDate): z.ZodMiniType {
  const notAbroad = notAbroadOn(provision, date);
  let byProvision = schemas.get(provision);
  if (!byProvision) schemas.set(provision, (byProvision = new Map()));
  const cached = byProvision.get(notAbroad);
  if (cached) return cached;
  const fields = provision.claim?.fields ?? [];
  const ordered = fields.filter((f) => f.notBefore);
  const schema = z
    .strictObject({
      provision: z.literal(provision.id),
      ...Object.fromEntries(fields.map((f) => [f.key, fieldSchema(f, notAbroad)])),
    })
    .check(
      z.superRefine((c: Record<string, unknown>, ctx) => {
        for (const f of ordered) {
          const later = c[f.key];
          const earlier = c[f.notBefore!];
          if (isCalendarDate(later) && isCalendarDate(earlier) && later < earlier) {
            const before = fields.find((g) => g.key === f.notBefore)!.label;
            const all = dateOrderDetails({ label: f.label, value: later }, { label: before, value: earlier });
            const m = messages.DATE_ORDER;
            ctx.addIssue({
              code: 'custom',
              path: [f.key],
              message: m.en(all),
              params: { domainCode: 'DATE_ORDER', details: all, zh: m.zh(all), en: m.en(all) },
            });
          }
        }
      }),
    );
  byProvision.set(notAbroad, schema);
  return schema;
}

/** Every claim a version takes on a date, as one schema (for an OpenAPI document or a generic form). */
export function claimSchemaOf(version: PolicyVersion<unknown>, date: CalendarDate): z.ZodMiniType {
  const claimable = version.provisions.filter((p) => p.claim);
  return z.union(
    claimable.map((p) => claimSchemaFor(p, date)) as unknown as [
      z.ZodMiniType,
      z.ZodMiniType,
      ...z.ZodMiniType[],
    ],
  );
}
