import { ningxia, provisionOf } from '@huiqi/domain';
import { localized, type Bilingual } from '@huiqi/locales';

interface ReturnReview {
  fixItems: string[] | null;
  fieldIssues: { field: string; reason: string }[];
  materialIssues: { material: number; reason: string }[];
}

/**
 * 一次性告知 of a return, as lines a person reads: each problem with where it is — the claim's field
 * by its label, the guide's material by its number and name — then the general items.
 */
export function returnIssueLines(r: ReturnReview, provisionId: string, locale: string) {
  const L = (x: Bilingual) => localized(x, locale);
  const p = provisionOf(ningxia, provisionId);
  const fieldLabel = (key: string) => {
    const f = p?.claim?.fields.find((x) => x.key === key);
    return f ? L(f.label) : key;
  };
  const material = (n: number) => {
    const m = p?.guide?.materials[n - 1];
    return `${L({ zh: '材料', en: 'Material' })} ${n}${m ? ` · ${L(m)}` : ''}`;
  };
  return [
    ...r.fieldIssues.map((i) => ({ key: `f-${i.field}`, where: fieldLabel(i.field), reason: i.reason })),
    ...r.materialIssues.map((i) => ({
      key: `m-${i.material}`,
      where: material(i.material),
      reason: i.reason,
    })),
    ...(r.fixItems ?? []).map((f, n) => ({ key: `g-${n}`, where: '', reason: f })),
  ];
}
