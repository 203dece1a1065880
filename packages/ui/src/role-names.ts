import { localized, type Bilingual } from '@huiqi/locales';

/** How roles are named to people; with nameIn, the table lookup every name table here uses. */
export type Name = Bilingual;

export const ROLE_NAMES: Record<string, Name> = {
  enterprise: { zh: '企业', en: 'Enterprise' },
  agency: { zh: '服务机构', en: 'Service agency' },
  'city-admin': { zh: '市级管理员', en: 'City administrator' },
  'region-admin': { zh: '自治区管理员', en: 'Region administrator' },
  auditor: { zh: '审计员', en: 'Auditor' },
  'industry-dept': { zh: '工信部门', en: 'Industry dept.' },
};

/** A name in the reader's language, or the code itself where the table has none. */
export function nameIn(table: Record<string, Name>, code: string | null | undefined, locale: string): string {
  if (!code) return '—';
  const n = table[code];
  return n ? localized(n, locale) : code;
}
