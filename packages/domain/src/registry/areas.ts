import type { Localized } from '../policy/schema.js';

/**
 * The areas the platform reports on: Ningxia's five prefecture-level cities (GB/T 2260 codes) and
 * the Ningdong Energy & Chemical Base, administered separately and reported as its own area. It
 * has no GB/T 2260 code of its own, so it carries the platform's code "NINGDONG".
 */
export const REGION = {
  code: '640000',
  name: { zh: '宁夏回族自治区', en: 'Ningxia Hui Autonomous Region' },
} as const;

export const AREAS = [
  { code: '640100', kind: 'city', name: { zh: '银川市', en: 'Yinchuan' } },
  { code: '640200', kind: 'city', name: { zh: '石嘴山市', en: 'Shizuishan' } },
  { code: '640300', kind: 'city', name: { zh: '吴忠市', en: 'Wuzhong' } },
  { code: '640400', kind: 'city', name: { zh: '固原市', en: 'Guyuan' } },
  { code: '640500', kind: 'city', name: { zh: '中卫市', en: 'Zhongwei' } },
  { code: 'NINGDONG', kind: 'base', name: { zh: '宁东能源化工基地', en: 'Ningdong Energy & Chemical Base' } },
] as const satisfies readonly { code: string; kind: 'city' | 'base'; name: Localized }[];

export type AreaCode = (typeof AREAS)[number]['code'];
export const AREA_CODES = AREAS.map((a) => a.code) as readonly AreaCode[];

/** County-level divisions of Ningxia (GB/T 2260), by city. */
export const COUNTIES: readonly { code: string; city: AreaCode; name: Localized }[] = [
  { code: '640104', city: '640100', name: { zh: '兴庆区', en: 'Xingqing District' } },
  { code: '640105', city: '640100', name: { zh: '西夏区', en: 'Xixia District' } },
  { code: '640106', city: '640100', name: { zh: '金凤区', en: 'Jinfeng District' } },
  { code: '640121', city: '640100', name: { zh: '永宁县', en: 'Yongning County' } },
  { code: '640122', city: '640100', name: { zh: '贺兰县', en: 'Helan County' } },
  { code: '640181', city: '640100', name: { zh: '灵武市', en: 'Lingwu' } },
  { code: '640202', city: '640200', name: { zh: '大武口区', en: 'Dawukou District' } },
  { code: '640205', city: '640200', name: { zh: '惠农区', en: 'Huinong District' } },
  { code: '640221', city: '640200', name: { zh: '平罗县', en: 'Pingluo County' } },
  { code: '640302', city: '640300', name: { zh: '利通区', en: 'Litong District' } },
  { code: '640303', city: '640300', name: { zh: '红寺堡区', en: 'Hongsibu District' } },
  { code: '640323', city: '640300', name: { zh: '盐池县', en: 'Yanchi County' } },
  { code: '640324', city: '640300', name: { zh: '同心县', en: 'Tongxin County' } },
  { code: '640381', city: '640300', name: { zh: '青铜峡市', en: 'Qingtongxia' } },
  { code: '640402', city: '640400', name: { zh: '原州区', en: 'Yuanzhou District' } },
  { code: '640422', city: '640400', name: { zh: '西吉县', en: 'Xiji County' } },
  { code: '640423', city: '640400', name: { zh: '隆德县', en: 'Longde County' } },
  { code: '640424', city: '640400', name: { zh: '泾源县', en: 'Jingyuan County' } },
  { code: '640425', city: '640400', name: { zh: '彭阳县', en: 'Pengyang County' } },
  { code: '640502', city: '640500', name: { zh: '沙坡头区', en: 'Shapotou District' } },
  { code: '640521', city: '640500', name: { zh: '中宁县', en: 'Zhongning County' } },
  { code: '640522', city: '640500', name: { zh: '海原县', en: 'Haiyuan County' } },
];

export function isAreaCode(code: unknown): code is AreaCode {
  return typeof code === 'string' && (AREA_CODES as readonly string[]).includes(code);
}

export function areaName(code: AreaCode): Localized {
  return AREAS.find((a) => a.code === code)!.name;
}

/** The city a Ningxia region code (city or county, e.g. from a credit code's characters 3–8) belongs to. */
export function cityOfRegionCode(regionCode: string): AreaCode | undefined {
  const city = `${regionCode.slice(0, 4)}00`;
  return isAreaCode(city) && regionCode.startsWith('64') ? city : undefined;
}

/**
 * The registration divisions (characters 3–8 of a credit code, GB 32100: the administrative
 * division of the authority that registered the entity) an area accepts:
 * - every area: 6400xx, the autonomous region's own authorities, which register enterprises
 *   located anywhere in Ningxia;
 * - a city: its own code and its districts and counties (64CCxx), including codes of divisions since
 *   merged or renamed, which stay in the credit codes issued under them;
 * - Ningdong: the base has no GB/T 2260 code, so no credit code names it. The platform accepts the
 *   divisions its enterprises are registered under around it: Lingwu (640181), the county-level city
 *   under Yinchuan in which the base's core (宁东镇) lies, and Yinchuan's city-level code (640100), for
 *   an enterprise of the base registered by the city's authority rather than Lingwu's. Yinchuan's other
 *   districts and counties are not in the base, so their codes fit Yinchuan only. A part of the base in
 *   another county registers under the area its code names.
 */
export const NINGDONG_DIVISIONS: readonly string[] = ['640100', '640181'];

/** The areas a registration division fits (none when it is not in Ningxia). */
export function areasForDivision(division: string): AreaCode[] {
  if (!/^64\d{4}$/.test(division)) return [];
  if (division.startsWith('6400')) return [...AREA_CODES];
  const city = cityOfRegionCode(division);
  return [...(city ? [city] : []), ...(NINGDONG_DIVISIONS.includes(division) ? (['NINGDONG'] as const) : [])];
}

/** A division's name: a county, a city, or the region. */
export function divisionName(division: string): Localized | undefined {
  if (division.startsWith('6400')) return REGION.name;
  const county = COUNTIES.find((c) => c.code === division);
  if (county) return county.name;
  return isAreaCode(division) ? areaName(division) : undefined;
}

export type DivisionCheck =
  | { valid: true; division: string }
  | {
      valid: false;
      problem: 'outside-ningxia' | 'other-area';
      division: string;
      fits: AreaCode[];
      zh: string;
      en: string;
    };

/**
 * Whether a (valid) credit code's division fits the area chosen at registration, and if not, what to
 * choose — for the portal to show as the person types, and for the API to refuse.
 */
export function checkCreditCodeArea(creditCode: string, area: AreaCode): DivisionCheck {
  const division = creditCode.trim().toUpperCase().slice(2, 8);
  const fits = areasForDivision(division);
  if (fits.length === 0) {
    return {
      valid: false,
      problem: 'outside-ningxia',
      division,
      fits,
      zh: `统一社会信用代码第3–8位的登记机关行政区划代码 ${division} 不在宁夏回族自治区：本平台受理在宁夏登记的企业。`,
      en: `Characters 3–8 of the credit code (the registering authority's division, ${division}) are not in Ningxia: the platform serves enterprises registered in Ningxia.`,
    };
  }
  if (fits.includes(area)) return { valid: true, division };
  const named = divisionName(division);
  const where = named
    ? { zh: `${named.zh}（${division}）`, en: `${named.en} (${division})` }
    : { zh: division, en: division };
  const choices = fits.map((a) => areaName(a));
  return {
    valid: false,
    problem: 'other-area',
    division,
    fits,
    zh: `统一社会信用代码的登记地为${where.zh}，与所选地区“${areaName(area).zh}”不符：请选择${choices.map((c) => `“${c.zh}”`).join('或')}，或核对信用代码。`,
    en: `The credit code was registered in ${where.en}, which is not in ${areaName(area).en}: choose ${choices.map((c) => c.en).join(' or ')}, or check the code.`,
  };
}
