import { areaName, findProvision, isAreaCode, ningxia } from '@huiqi/domain';

/** Names of areas and provisions in the reader's language, from the domain package. */
export function labels(locale: string) {
  const L = (x: { zh: string; en: string }) => (locale === 'en' ? x.en : x.zh);
  return {
    L,
    area: (code: string) => (isAreaCode(code) ? L(areaName(code)) : code),
    provision: (id: string) => {
      try {
        return `${id} ${L(findProvision(ningxia, id).title)}`;
      } catch {
        return id;
      }
    },
  };
}
