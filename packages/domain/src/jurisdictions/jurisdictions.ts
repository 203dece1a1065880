import type { CalendarDate } from '../dates/calendar-date.js';
import type { DomainErrorCode } from '../errors/messages.js';
import type { Provision } from '../policy/schema.js';

/**
 * Where a patent is granted or a trademark registered (M1.7, M1.8): an ISO 3166-1 country or
 * region, or a regional office whose grant is one jurisdiction of its own (an EP patent is one
 * item, not one per validation state). Codes are those of WIPO Standard ST.3.
 */
export type GrantKind = 'patent' | 'trademark';

/** Every ISO 3166-1 alpha-2 code. */
export const COUNTRY_CODES: readonly string[] =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'.split(
    ' ',
  );

/** The regional offices, each one jurisdiction, with what they grant. */
export const REGIONAL_OFFICES = {
  EP: { zh: '欧洲专利局', en: 'European Patent Office', grants: ['patent'] },
  EA: { zh: '欧亚专利局', en: 'Eurasian Patent Office', grants: ['patent'] },
  GC: { zh: '海湾阿拉伯国家合作委员会专利局', en: 'GCC Patent Office', grants: ['patent'] },
  OA: {
    zh: '非洲知识产权组织',
    en: 'African Intellectual Property Organization (OAPI)',
    grants: ['patent', 'trademark'],
  },
  AP: {
    zh: '非洲地区知识产权组织',
    en: 'African Regional Intellectual Property Organization (ARIPO)',
    grants: ['patent', 'trademark'],
  },
  EM: { zh: '欧盟知识产权局', en: 'European Union Intellectual Property Office', grants: ['trademark'] },
  BX: { zh: '比荷卢知识产权局', en: 'Benelux Office for Intellectual Property', grants: ['trademark'] },
} as const satisfies Record<string, { zh: string; en: string; grants: readonly GrantKind[] }>;

export type RegionalOffice = keyof typeof REGIONAL_OFFICES;

/**
 * The jurisdictions that are not "abroad" for a provision on a date: its dated parameter
 * `notAbroad` (an interpretation, see policy/ningxia/shared.ts), which every provision that takes
 * grants abroad has (the version is refused otherwise). Sets are made once per dated value.
 */
export function notAbroadOn(provision: Provision, date: CalendarDate): ReadonlySet<string> {
  const values = provision.parameters.notAbroad?.values ?? [];
  let chosen: (typeof values)[number] | undefined;
  for (const v of values) if (v.effectiveFrom <= date) chosen = v;
  chosen ??= values[0];
  if (!chosen) return NONE;
  let set = sets.get(chosen);
  if (!set) sets.set(chosen, (set = new Set((chosen.value ?? '').split(' ').filter(Boolean))));
  return set;
}
const NONE: ReadonlySet<string> = new Set();
const sets = new WeakMap<object, ReadonlySet<string>>();

/** WIPO (WO): a PCT publication, or a Madrid international registration — never one grant. */
export const WIPO_CODE = 'WO';

/** The codes accepted for a kind of grant: every country abroad and the regional offices that grant it. */
export function acceptedJurisdictions(kind: GrantKind, notAbroad: ReadonlySet<string>): string[] {
  const offices = Object.entries(REGIONAL_OFFICES)
    .filter(([, o]) => (o.grants as readonly GrantKind[]).includes(kind))
    .map(([code]) => code);
  return [...offices, ...COUNTRY_CODES.filter((c) => !notAbroad.has(c))];
}

export type JurisdictionProblem = { code: DomainErrorCode; details: Record<string, string> };

/**
 * Why a code is not a jurisdiction a grant abroad of this kind can be counted in, or null. The
 * messages (messages.ts) say what to enter instead; an unknown code's message lists the accepted ones.
 */
export function checkJurisdiction(
  code: string,
  kind: GrantKind,
  notAbroad: ReadonlySet<string>,
): JurisdictionProblem | null {
  if (code === '') return { code: 'JURISDICTION_MISSING', details: {} };
  if (notAbroad.has(code)) return { code: 'JURISDICTION_NOT_FOREIGN', details: { input: code } };
  if (code === WIPO_CODE)
    return {
      code: kind === 'patent' ? 'JURISDICTION_PCT_NOT_A_GRANT' : 'JURISDICTION_MADRID_PER_DESIGNATION',
      details: { input: code },
    };
  const office = (
    REGIONAL_OFFICES as Record<string, { zh: string; en: string; grants: readonly GrantKind[] }>
  )[code];
  if (office) {
    if (office.grants.includes(kind)) return null;
    return {
      code: 'JURISDICTION_WRONG_OFFICE',
      details: {
        input: code,
        office: office.en,
        officeZh: office.zh,
        kind,
        kindZh: kind === 'patent' ? '发明专利' : '注册商标',
      },
    };
  }
  if (/^[A-Z]{2}$/.test(code) && COUNTRY_CODES.includes(code)) return null;
  return {
    code: 'JURISDICTION_UNKNOWN',
    details: { input: code, accepted: acceptedJurisdictions(kind, notAbroad).join(', ') },
  };
}
