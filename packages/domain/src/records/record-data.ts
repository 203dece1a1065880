import * as z from 'zod/mini';
import { isCalendarDate } from '../dates/calendar-date.js';
import { dateOrderDetails } from '../errors/date-order.js';
import { messages, type DomainErrorCode } from '../errors/messages.js';
import { COUNTRY_CODES, REGIONAL_OFFICES } from '../jurisdictions/jurisdictions.js';
import type { RecordField, RecordKindData } from '../policy/record-kind-schema.js';

/**
 * A record's data checked against its kind's fields (the provision's data): the one validator the
 * API enforces and the forms run before sending. Every problem carries a DomainError code, the field
 * it is at, and its message in Chinese and English.
 */
export interface RecordIssue {
  path: string;
  code: DomainErrorCode;
  zh: string;
  en: string;
}

export type RecordData = Record<string, unknown>;

const TEXT_MAX = { text: 200, 'long-text': 4000 } as const;
const LIST_MAX = { enterprises: 500, names: 50, 'ip-items': 200 } as const;
const FEN = /^(0|[1-9]\d{0,14})(\.\d{1,2})?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const IP_ITEM_KINDS = {
  patent: { zh: '专利权', en: 'Patent' },
  trademark: { zh: '商标专用权', en: 'Trademark' },
  copyright: { zh: '著作权', en: 'Copyright' },
} as const;
/** Where an overseas dispute can be: any country or territory but mainland China, or a regional office. */
export const OVERSEAS_CODES: readonly string[] = [
  ...COUNTRY_CODES.filter((c) => c !== 'CN'),
  ...Object.keys(REGIONAL_OFFICES),
];

type Params = Record<string, string | number>;
function problem(f: RecordField, code: DomainErrorCode, p: Params = {}, at = f.key): RecordIssue {
  const all = { field: f.label.en, fieldZh: f.label.zh, ...p };
  return { path: at, code, zh: messages[code].zh(all), en: messages[code].en(all) };
}

const isEmpty = (v: unknown) =>
  v === undefined ||
  v === null ||
  (typeof v === 'string' && v.trim() === '') ||
  (Array.isArray(v) && !v.length);

function wholeNumber(f: RecordField, v: unknown, min: number, max: number): [unknown, RecordIssue?] {
  const n = typeof v === 'string' && /^\d{1,9}$/.test(v.trim()) ? Number(v.trim()) : v;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max)
    return [v, problem(f, 'RECORD_WHOLE_NUMBER', { min, max, input: String(v) })];
  return [n];
}

function text(f: RecordField, v: unknown, max: number): [unknown, RecordIssue?] {
  if (typeof v !== 'string') return [v, problem(f, 'RECORD_TEXT_LENGTH', { max, length: 0 })];
  const t = v.trim();
  if (!t.length || t.length > max) return [v, problem(f, 'RECORD_TEXT_LENGTH', { max, length: t.length })];
  return [t];
}

function list(
  f: RecordField,
  v: unknown,
  item: (x: unknown) => [unknown, Localized?],
): [unknown, RecordIssue?] {
  const max = LIST_MAX[f.input as keyof typeof LIST_MAX];
  const min = f.minItems ?? 1;
  if (!Array.isArray(v) || v.length < min || v.length > max)
    return [v, problem(f, 'RECORD_LIST_LENGTH', { min, max, length: Array.isArray(v) ? v.length : 0 })];
  const out: unknown[] = [];
  const seen = new Set<string>();
  for (const [i, x] of v.entries()) {
    const [value, bad] = item(x);
    if (bad)
      return [
        v,
        problem(f, 'RECORD_LIST_ITEM', { index: i + 1, problem: bad.en, problemZh: bad.zh }, `${f.key}.${i}`),
      ];
    const key = JSON.stringify(value).toLowerCase();
    if (seen.has(key)) continue; // the same enterprise, name or item twice is one
    seen.add(key);
    out.push(value);
  }
  if (out.length < min) return [v, problem(f, 'RECORD_LIST_LENGTH', { min, max, length: out.length })];
  return [out];
}
type Localized = { zh: string; en: string };

function checkField(f: RecordField, v: unknown): [unknown, RecordIssue?] {
  switch (f.input) {
    case 'text':
    case 'long-text':
      return text(f, v, TEXT_MAX[f.input]);
    case 'date':
      return typeof v === 'string' && isCalendarDate(v)
        ? [v]
        : [v, problem(f, 'DATE_INVALID', { input: String(v) })];
    case 'year':
      return wholeNumber(f, v, 2000, 2100);
    case 'count':
      return wholeNumber(f, v, 0, 1_000_000);
    case 'money': {
      const s = typeof v === 'string' ? v.trim() : '';
      if (!FEN.test(s)) return [v, problem(f, 'MONEY_INVALID', { input: String(v) })];
      if (f.positive && /^0(\.0+)?$/.test(s)) return [v, problem(f, 'MONEY_NOT_POSITIVE', { value: s })];
      const [int, dec = ''] = s.split('.');
      return [`${int}.${dec.padEnd(2, '0')}`];
    }
    case 'choice': {
      const ok = f.options!.some((o) => o.value === v);
      return ok
        ? [v]
        : [
            v,
            problem(f, 'RECORD_CHOICE', {
              input: String(v),
              accepted: f.options!.map((o) => `${o.value} (${o.label.en})`).join(', '),
              acceptedZh: f.options!.map((o) => o.label.zh).join('、'),
            }),
          ];
    }
    case 'jurisdiction': {
      const code = typeof v === 'string' ? v.trim().toUpperCase() : '';
      if (code === 'CN') return [v, problem(f, 'RECORD_NOT_OVERSEAS', { input: code })];
      if (!OVERSEAS_CODES.includes(code))
        return [
          v,
          problem(f, 'JURISDICTION_UNKNOWN', { input: String(v), accepted: 'US, JP, DE, EP, EM, …' }),
        ];
      return [code];
    }
    case 'enterprises':
      return list(f, v, (x) =>
        typeof x === 'string' && UUID.test(x)
          ? [x.toLowerCase()]
          : [x, { zh: '请从企业名录中选择企业。', en: 'choose an enterprise of the registry.' }],
      );
    case 'names':
      return list(f, v, (x) =>
        typeof x === 'string' && x.trim().length >= 1 && x.trim().length <= 100
          ? [x.trim()]
          : [x, { zh: '名称应为 1 至 100 个字。', en: 'a name is 1 to 100 characters.' }],
      );
    case 'ip-items':
      return list(f, v, (x) => {
        const item = x as { kind?: unknown; number?: unknown } | null;
        const kind = item?.kind;
        const number = typeof item?.number === 'string' ? item.number.trim() : '';
        if (typeof kind !== 'string' || !(kind in IP_ITEM_KINDS) || Object.keys(item ?? {}).length !== 2)
          return [
            x,
            { zh: '类型应为专利权、商标专用权或著作权。', en: 'the kind is patent, trademark or copyright.' },
          ];
        if (!/^[\p{L}\p{N} .\-/()]{1,64}$/u.test(number))
          return [
            x,
            { zh: '请填写 1 至 64 位的登记（注册）号。', en: 'give its number (1 to 64 characters).' },
          ];
        return [{ kind, number }];
      });
  }
}

/**
 * Checks and normalizes a record's data (texts trimmed, amounts with two decimals, codes upper
 * case, repeated list entries once). `closing`: the fields filled at closing are required too.
 * Unknown keys are refused; an optional field left empty is dropped.
 */
/** A closing field is optional while a record is open and required when it is closed; the others as declared. */
export const isFieldRequired = (f: RecordField, closing: boolean): boolean =>
  !f.optional || (closing && !!f.atClose);

export function parseRecordData(
  kind: RecordKindData,
  input: unknown,
  { closing = false }: { closing?: boolean } = {},
): { ok: true; data: RecordData } | { ok: false; issues: RecordIssue[] } {
  const issues: RecordIssue[] = [];
  const data: RecordData = {};
  const given = input && typeof input === 'object' && !Array.isArray(input) ? (input as RecordData) : {};
  const keys = kind.fields.map((f) => f.key);
  for (const k of Object.keys(given))
    if (!keys.includes(k)) {
      const all = { input: k, known: keys.join(', ') };
      issues.push({
        path: k,
        code: 'RECORD_UNKNOWN_FIELD',
        zh: messages.RECORD_UNKNOWN_FIELD.zh(all),
        en: messages.RECORD_UNKNOWN_FIELD.en(all),
      });
    }
  for (const f of kind.fields) {
    const v = given[f.key];
    if (isEmpty(v)) {
      if (isFieldRequired(f, closing)) issues.push(problem(f, 'RECORD_REQUIRED'));
      continue;
    }
    const [value, bad] = checkField(f, v);
    if (bad) issues.push(bad);
    else data[f.key] = value;
  }
  for (const f of kind.fields) {
    const later = data[f.key];
    const earlier = f.notBefore ? data[f.notBefore] : undefined;
    if (typeof later === 'string' && typeof earlier === 'string' && later < earlier) {
      const before = kind.fields.find((g) => g.key === f.notBefore)!.label;
      const all = dateOrderDetails({ label: f.label, value: later }, { label: before, value: earlier });
      issues.push({
        path: f.key,
        code: 'DATE_ORDER',
        zh: messages.DATE_ORDER.zh(all),
        en: messages.DATE_ORDER.en(all),
      });
    }
  }
  return issues.length ? { ok: false, issues } : { ok: true, data };
}

/** The same check as a zod schema (for callers that compose schemas): issues carry the zh text in params. */
export function recordDataSchema(kind: RecordKindData, opts: { closing?: boolean } = {}) {
  return z.record(z.string(), z.unknown()).check(
    z.superRefine((v, ctx) => {
      const r = parseRecordData(kind, v, opts);
      if (!r.ok)
        for (const i of r.issues)
          ctx.addIssue({
            code: 'custom',
            path: i.path.split('.'),
            message: i.en,
            params: { domainCode: i.code, zh: i.zh, en: i.en },
          });
    }),
  );
}
