import { formatYuan, IP_ITEM_KINDS, jurisdictionName, type RecordField } from '@huiqi/domain';
import { bilingualKey, localized } from '@huiqi/locales';

/** A record field's value as a person reads it: amounts in yuan, choices by name, countries named, lists joined. */
export function recordValueText(f: RecordField, v: unknown, locale: string): string {
  if (v === undefined || v === null || v === '') return '—';
  const L = (x: { zh: string; en: string }) => localized(x, locale);
  switch (f.input) {
    case 'money':
      return formatYuan(String(v));
    case 'choice':
      return L(f.options!.find((o) => o.value === v)?.label ?? { zh: String(v), en: String(v) });
    case 'jurisdiction':
      return `${jurisdictionName(String(v), bilingualKey(locale))}（${String(v)}）`;
    case 'names':
      return (v as string[]).join('、');
    case 'enterprises':
      return L({ zh: `${(v as string[]).length} 家企业`, en: `${(v as string[]).length} enterprises` });
    case 'ip-items':
      return (v as { kind: keyof typeof IP_ITEM_KINDS; number: string }[])
        .map((x) => `${L(IP_ITEM_KINDS[x.kind])} ${x.number}`)
        .join('；');
    default:
      return String(v);
  }
}
