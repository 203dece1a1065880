import { COUNTRY_NAMES } from './country-names.js';
import { acceptedJurisdictions, REGIONAL_OFFICES, type GrantKind } from './jurisdictions.js';

type Locale = 'zh' | 'en';

/** A jurisdiction's name: "美国" / "United States", "欧洲专利局" / "European Patent Office"; the code itself if unknown. */
export function jurisdictionName(code: string, locale: Locale = 'zh'): string {
  const office = (REGIONAL_OFFICES as Record<string, { zh: string; en: string }>)[code];
  if (office) return office[locale];
  const names = COUNTRY_NAMES[code];
  return names ? names[locale === 'zh' ? 0 : 1] : code;
}

export interface JurisdictionOption {
  value: string;
  /** "美国（US）" / "United States (US)". */
  label: string;
  group: 'office' | 'country';
}

/**
 * What a picker offers for a grant abroad of this kind: the regional offices first, then the
 * countries in the reader's order (pinyin for Chinese, alphabetical for English). Never what
 * `notAbroad` holds (the provision's dated parameter: notAbroadOn) or WO: those are refused anyway
 * (see checkJurisdiction).
 */
export function jurisdictionOptions(
  kind: GrantKind,
  notAbroad: ReadonlySet<string>,
  locale: Locale = 'zh',
): JurisdictionOption[] {
  const collator = new Intl.Collator(locale === 'zh' ? 'zh-Hans-u-co-pinyin' : 'en');
  const option = (value: string, group: JurisdictionOption['group']): JurisdictionOption => {
    const name = jurisdictionName(value, locale);
    return { value, label: locale === 'zh' ? `${name}（${value}）` : `${name} (${value})`, group };
  };
  const accepted = acceptedJurisdictions(kind, notAbroad);
  const offices = accepted.filter((c) => c in REGIONAL_OFFICES).map((c) => option(c, 'office'));
  const countries = accepted
    .filter((c) => !(c in REGIONAL_OFFICES))
    .map((c) => option(c, 'country'))
    .sort((a, b) => collator.compare(a.label, b.label));
  return [...offices, ...countries];
}
