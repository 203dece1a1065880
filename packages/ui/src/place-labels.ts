import { areaName, isAreaCode } from '@huiqi/domain';
import { localized, type Bilingual } from '@huiqi/locales';
import { nameIn, ROLE_NAMES } from './role-names.js';

/**
 * Names of areas and roles in the reader's language. Kept apart from `labels` (which adds the
 * provisions' titles) because the provisions need the whole policy registry: a header or a landing
 * page that names only people and places does not load it.
 */
export function placeLabels(locale: string) {
  const L = (x: Bilingual) => localized(x, locale);
  return {
    L,
    area: (code: string | null | undefined) => (!code ? '—' : isAreaCode(code) ? L(areaName(code)) : code),
    role: (code: string | null | undefined) => nameIn(ROLE_NAMES, code, locale),
  };
}
