import { ningxia, findProvision } from '@huiqi/domain';
import { placeLabels } from './place-labels.js';

/** Names of areas, roles and provisions in the reader's language, from the domain package. */
export function labels(locale: string) {
  const place = placeLabels(locale);
  const title = (id: string) => {
    try {
      return place.L(findProvision(ningxia, id).title);
    } catch {
      return '';
    }
  };
  return {
    ...place,
    /** "M7.4 知识产权质押融资贴息": the clause and what it pays for. */
    provision: (id: string) => `${id} ${title(id)}`.trim(),
    /** What the provision pays for, without its clause number. */
    provisionTitle: (id: string) => title(id) || id,
  };
}
