import type { IP_ITEM_KINDS } from '@huiqi/domain';
import { jurisdictionName, OVERSEAS_CODES, type RecordField, type RecordKind } from '@huiqi/domain';
import { bilingualKey } from '@huiqi/locales';

/**
 * What a record form needs beyond its controls, framework-free so the console's Element Plus form
 * and the station's Vant form render the same fields with the same rules: which fields show, which
 * are required, the countries offered, how typed names split and how IP items change.
 */

/**
 * The fields a form shows. Opening a record: the fields not kept for closing. Editing a whole record
 * (`closing`): every field. Closing an open record on its own screen (`closingOnly`): the closing fields.
 */
export function formFields(kind: RecordKind, mode: 'open' | 'closing' | 'closingOnly'): RecordField[] {
  if (mode === 'closingOnly') return kind.fields.filter((f) => f.atClose);
  return kind.fields.filter((f) => !f.atClose || mode === 'closing');
}

/** A country as people read it: its name in the reader's language, then its code. */
export function jurisdictionLabel(code: string, locale: string): string {
  const key = bilingualKey(locale);
  const name = jurisdictionName(code, key);
  return key === 'zh' ? `${name}（${code}）` : `${name} (${code})`;
}

/** The overseas jurisdictions a `jurisdiction` field offers, named in the reader's language. */
export const jurisdictionOptions = (locale: string): { value: string; label: string }[] =>
  OVERSEAS_CODES.map((c) => ({ value: c, label: jurisdictionLabel(c, locale) }));

/** Names typed in one line, split on the separators people use (、 , ， ; ； and new lines). */
export const splitNames = (typed: string): string[] =>
  typed
    .split(/[、,，;；\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

export type IpItem = { kind: keyof typeof IP_ITEM_KINDS; number: string };

/** A new, empty IP item: a patent until the person chooses another kind. */
export const newIpItem = (): IpItem => ({ kind: 'patent', number: '' });

/** The list with item `i` changed by `patch` (a new list: v-model values are replaced, not mutated). */
export const withItem = (items: IpItem[], i: number, patch: Partial<IpItem>): IpItem[] =>
  items.map((x, j) => (j === i ? { ...x, ...patch } : x));

/** The list without item `i`. */
export const withoutItem = <T>(items: T[], i: number): T[] => items.filter((_, j) => j !== i);
