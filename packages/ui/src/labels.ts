import { areaName, ningxia, findProvision, isAreaCode } from '@huiqi/domain';
import { localized, type Bilingual } from '@huiqi/locales';
import { nameIn, ROLE_NAMES } from './role-names.js';

/** Names of areas, roles and provisions in the reader's language, from the domain package. */
export function labels(locale: string) {
  const L = (x: Bilingual) => localized(x, locale);
  const title = (id: string) => {
    try {
      return L(findProvision(ningxia, id).title);
    } catch {
      return '';
    }
  };
  return {
    L,
    area: (code: string | null | undefined) => (!code ? '—' : isAreaCode(code) ? L(areaName(code)) : code),
    role: (code: string | null | undefined) => nameIn(ROLE_NAMES, code, locale),
    /** "M7.4 知识产权质押融资贴息": the clause and what it pays for. */
    provision: (id: string) => `${id} ${title(id)}`.trim(),
    /** What the provision pays for, without its clause number. */
    provisionTitle: (id: string) => title(id) || id,
  };
}
