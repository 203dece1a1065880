import { formatYuan, IP_ITEM_KINDS, type RecordField } from '@huiqi/domain';
import { localized } from '@huiqi/locales';
import { jurisdictionLabel, type IpItem } from './record-fields.js';

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
      return jurisdictionLabel(String(v), locale);
    case 'names':
      return (v as string[]).join('、');
    case 'enterprises':
      return L({ zh: `${(v as string[]).length} 家企业`, en: `${(v as string[]).length} enterprises` });
    case 'ip-items':
      return (v as IpItem[]).map((x) => `${L(IP_ITEM_KINDS[x.kind])} ${x.number}`).join('；');
    default:
      return String(v);
  }
}
