import type { ParameterInput, ScorecardFigureInput } from '../schema.js';

/**
 * What several Ningxia provisions share: the date the draft is applied from (it carries none of
 * its own: funding year 2023, an interpretation), clause texts cited by more than one provision,
 * parameters that read the same words the same way, and claim fields asked the same way.
 */
export const FROM = '2023-01-01';

export const M1_INTRO =
  '对新认定的国家知识产权示范企业、优势企业及自治区知识产权培优试点企业，分别给予20万元、15万元和10万元支持。';
export const M1_AWARDS =
  '对获得中国专利金奖的每件补助50万元，获得中国专利银奖的每件补助30万元，获得中国专利优秀奖的每件补助10万元。';

export const newlyRecognized = {
  label: { zh: '“新认定”的认定年度范围', en: 'Years counted as "newly recognized"' },
  unit: 'years',
  source: 'interpretation',
  reference: '“新认定”指认定日期在资助年度或其上一年度内；每项称号每家企业仅支持一次。',
  values: [{ effectiveFrom: FROM, value: '2' }],
} as const satisfies ParameterInput;

/** 分别: each title paid (the default), only the highest, or an upgrade paying the difference. */
export const titleStacking = {
  label: { zh: '多项称号的支持方式', en: 'How several titles are paid' },
  unit: 'choice',
  source: 'interpretation',
  reference:
    '“分别给予20万元、15万元和10万元支持”：“分别”指三类称号各按其金额支持；是否就高不重复或晋级补差，原文未言明，默认各自支持。',
  options: [
    { value: 'stack', label: { zh: '分别支持（各项称号各自支持）', en: 'Each title is paid' } },
    {
      value: 'highest',
      label: { zh: '就高不重复（已获更高称号的不再支持）', en: 'The highest only, not repeated' },
    },
    {
      value: 'upgrade-difference',
      label: { zh: '晋级补差（晋升时补足差额）', en: 'An upgrade pays the difference' },
    },
  ],
  values: [{ effectiveFrom: FROM, value: 'stack' }],
} as const satisfies ParameterInput;

export const perFamilyCap = {
  label: { zh: '同族专利/商标的法域数量上限', en: 'Jurisdictions paid per family' },
  unit: 'count',
  source: 'interpretation',
  reference: '“每件”指每个法域的每个授权（注册）号，同一号码只支持一次；同族法域数量上限默认不设。',
  nullable: true,
  values: [{ effectiveFrom: FROM, value: null }],
} as const satisfies ParameterInput;

/**
 * 国外 (abroad) — an interpretation, not the policy's words: the clauses say only "对获得国外授权的
 * 发明专利" and "对获得国外授权的注册商标". 国外 is a foreign country; Hong Kong, Macao and Taiwan are
 * outside the mainland (境外, separate customs territories) but are not 国外, so a grant there, like
 * one in mainland China, is not a grant abroad. A dated parameter of M1.7 and M1.8, so a later
 * reading takes effect from its date and claims before it keep the old one.
 */
export const notAbroad = {
  label: { zh: '不属于“国外”的法域', en: 'Jurisdictions that are not "abroad"' },
  unit: 'jurisdictions',
  source: 'interpretation',
  reference:
    '对获得国外授权的发明专利，每件补助2万元。对获得国外授权的注册商标，每件补助1万元。——“国外”指外国：中国内地（CN）及香港（HK）、澳门（MO）、台湾（TW）的授权（注册）不属于国外授权。',
  values: [{ effectiveFrom: FROM, value: 'CN HK MO TW' }],
} as const satisfies ParameterInput;

export const recognizedOnField = {
  key: 'recognizedOn',
  input: 'date',
  role: 'recognized',
  label: { zh: '认定日期', en: 'Recognition date' },
  hint: { zh: '认定文件上的日期', en: 'The date on the recognition document' },
  mustHaveHappened: 'RECOGNITION_IN_FUTURE',
} as const;

export const patentsField = {
  key: 'patents',
  input: 'patent-list',
  role: 'items',
  label: { zh: '获奖专利号', en: 'Awarded patents' },
  hint: { zh: '每行一个专利号，如 ZL201910123456.7', en: 'One patent number a line, e.g. ZL201910123456.7' },
} as const;

/** The 申报指南 contact of the region: the regional IP office, reached through the city's office. */
export const CONTACT = {
  zh: '所在地市（宁东基地）知识产权管理部门；自治区知识产权局',
  en: "Your city's (or Ningdong's) IP office; the regional IP office",
} as const;

export const ROUND_DEADLINE = {
  zh: '按年度申报通知的起止日期（每个资助年度一轮）',
  en: "Within the dates of the year's call for applications (one round per funding year)",
} as const;

export const ENTERPRISE_APPLICANT = {
  zh: '在宁夏注册、经认定的专精特新中小企业',
  en: 'An SRDI SME registered in Ningxia and verified as such',
} as const;

export const BUSINESS_LICENCE = {
  zh: '营业执照及专精特新中小企业认定文件',
  en: 'Business licence and the SRDI recognition document',
} as const;

/**
 * The 申报指南 of a provision an SRDI enterprise claims in the year's round: who may apply, the
 * business licence first among the materials, the round's dates and the contact are the same for all.
 */
export const enterpriseGuide = <
  const C extends readonly { zh: string; en: string }[],
  const M extends readonly { zh: string; en: string }[],
>(g: {
  conditions: C;
  materials: M;
  processingWorkingDays: number;
}) =>
  ({
    whoMayApply: ENTERPRISE_APPLICANT,
    conditions: g.conditions,
    materials: [BUSINESS_LICENCE, ...g.materials],
    deadline: ROUND_DEADLINE,
    processingWorkingDays: g.processingWorkingDays,
    contact: CONTACT,
  }) as const;

/** 单户企业补助上限 / 年最高补助 / 最高不超过: the most one enterprise is paid under the provision. */
export const annualCap = (reference: string, amount: string) =>
  ({
    label: { zh: '每家企业年度补助上限', en: 'Annual cap per enterprise' },
    unit: 'CNY',
    source: 'policy-text',
    reference,
    values: [{ effectiveFrom: FROM, value: amount }],
  }) as const satisfies ParameterInput;

/** 单户企业补助上限 / 最高不超过: the text names no period; "per funding year" is the platform's reading. */
export const capPeriod = (words: string) =>
  ({
    label: { zh: '补助上限的计算期间', en: 'Period the cap counts over' },
    unit: 'choice',
    source: 'interpretation',
    reference: `“${words}”未言明期间：默认按资助年度计（每家企业每个资助年度），可改为不分年度累计。`,
    options: [
      { value: 'funding-year', label: { zh: '每个资助年度', en: 'Each funding year' } },
      { value: 'ever', label: { zh: '不分年度累计', en: 'All years together' } },
    ],
    values: [{ effectiveFrom: FROM, value: 'funding-year' }],
  }) as const satisfies ParameterInput;

/**
 * What each of M1.1–M1.6 says of its own title or award: its name, summary, amount and the words
 * that give it, the asset the matcher looks for and its rank on the ladder (higher pays more).
 */
interface M1Entry<Id extends string, Kind extends string> {
  id: Id;
  name: { zh: string; en: string };
  summary: { zh: string; en: string };
  amount: string;
  reference: string;
  asset: Kind;
  rank: number;
}

/**
 * M1.1–M1.3 say one thing of three titles (分别给予): the same reading, claim, bookkeeping and
 * guide, each with its own name, amount, words and rank on the ladder.
 */
export function recognizedTitle<const Id extends string, const Kind extends string>(t: M1Entry<Id, Kind>) {
  return {
    id: t.id,
    measure: 1,
    kind: 'fixed-award',
    title: { zh: `新认定${t.name.zh}`, en: `Newly recognized ${t.name.en}` },
    summary: t.summary,
    clause: M1_INTRO,
    interpretation: {
      zh: '认定日期在资助年度或上一年度内为“新认定”；每家企业仅支持一次；多项称号“分别”支持（可改为就高不重复或晋级补差）。',
      en: '"Newly" = recognized in the funding year or the year before; paid once per enterprise; several titles are each paid (分别; may be set to highest-only or upgrade-difference).',
    },
    parameters: {
      amount: {
        label: { zh: '支持金额', en: 'Award' },
        unit: 'CNY',
        source: 'policy-text',
        reference: t.reference,
        values: [{ effectiveFrom: FROM, value: t.amount }],
      },
      recognitionWindowYears: newlyRecognized,
      titleStacking,
    },
    claim: { fields: [recognizedOnField] },
    scorecard: MONEY_FIGURES,
    bookkeeping: { once: 'ever', ladder: { group: 'ip-titles', rank: t.rank } },
    matching: { asset: { kind: t.asset, group: 'title', label: t.name } },
    guide: enterpriseGuide({
      conditions: [
        {
          zh: `在资助年度或上一年度内新获认定为${t.name.zh}`,
          en: `Newly recognized as ${t.name.en} in the funding year or the year before`,
        },
        { zh: '该称号此前未获本措施支持', en: 'The title has not been paid under these measures before' },
      ],
      materials: [
        {
          zh: `${t.name.zh}认定文件（公布名单或证书）`,
          en: 'The recognition document (published list or certificate)',
        },
      ],
      processingWorkingDays: 20,
    }),
  } as const;
}

/** M1.4–M1.6: one sum per patent for each award; a patent is paid once, for its highest award. */
export function patentAward<const Id extends string, const Kind extends string>(a: M1Entry<Id, Kind>) {
  return {
    id: a.id,
    measure: 1,
    kind: 'per-item-award',
    title: a.name,
    summary: a.summary,
    clause: M1_AWARDS,
    interpretation: {
      zh: '同一专利只按其最高奖项支持一次。',
      en: 'A patent is paid once, for its highest award.',
    },
    parameters: {
      amountPerItem: {
        label: { zh: '每件补助', en: 'Per patent' },
        unit: 'CNY',
        source: 'policy-text',
        reference: a.reference,
        values: [{ effectiveFrom: FROM, value: a.amount }],
      },
    },
    claim: { fields: [patentsField] },
    scorecard: MONEY_FIGURES,
    bookkeeping: { itemGroup: 'china-patent-awards' },
    matching: { asset: { kind: a.asset, group: 'award', label: a.name, rank: a.rank } },
    guide: enterpriseGuide({
      conditions: [
        {
          zh: `专利获得${a.name.zh}，专利权人为本企业`,
          en: `The patent won the ${a.name.en} and the enterprise holds it`,
        },
        {
          zh: '该专利此前未获本措施的奖项支持',
          en: 'The patent has not been paid an award under these measures before',
        },
      ],
      materials: [{ zh: '获奖证书及专利证书', en: 'The award certificate and the patent certificate' }],
      processingWorkingDays: 20,
    }),
  } as const;
}

/**
 * Scorecard figures (M13.1) several provisions contribute in the same words. A record source is a
 * record kind the API registers (apps/api/src/routes/reports/sources): "claims" are decided claims
 * (their approved amounts), "payments" the payments less clawbacks, "quota-members" the enterprises
 * the region counted toward a quota, "service-records" agencies' services, "service-events" the
 * events they ran, "service-requests" what enterprises asked for.
 */
export const MONEY_FIGURES = [
  {
    id: 'granted',
    label: { zh: '核准资助金额', en: 'Granted' },
    unit: 'CNY',
    met: 'reported',
    sources: ['claims'],
  },
  {
    id: 'paid',
    label: { zh: '已拨付金额（扣除追回）', en: 'Paid (less clawbacks)' },
    unit: 'CNY',
    met: 'reported',
    sources: ['payments'],
  },
] as const satisfies readonly ScorecardFigureInput[];

/** At least `count` distinct enterprises a year, enrolled by the region or served by agencies. */
export const enterprisesAtLeast = (label: { zh: string; en: string }) =>
  ({
    id: 'enterprises',
    label,
    unit: 'enterprises',
    met: 'at-least',
    goal: 'count',
    sources: ['quota-members', 'service-records'],
  }) as const satisfies ScorecardFigureInput;

export const SERVICES_FIGURE = {
  id: 'services',
  label: { zh: '服务机构记录的服务次数', en: 'Services recorded by agencies' },
  unit: 'services',
  met: 'reported',
  sources: ['service-records'],
} as const satisfies ScorecardFigureInput;

export const EVENTS_FIGURE = {
  id: 'events',
  label: { zh: '举办的对接、宣传活动场次', en: 'Events held' },
  unit: 'services',
  met: 'reported',
  sources: ['service-events'],
} as const satisfies ScorecardFigureInput;

export const CASES_FIGURE = {
  id: 'cases',
  label: { zh: '企业提出的线索和援助请求件数', en: 'Leads and requests from enterprises' },
  unit: 'cases',
  met: 'reported',
  sources: ['service-requests'],
} as const satisfies ScorecardFigureInput;

/**
 * 办理时限 of an enterprise's request (a case lead, an assistance request, coaching, trademark
 * services) once assigned to an agency. The measures name no time limit: 15 working days from the
 * assignment is the platform's reading (an interpretation), dated, changeable on the parameters
 * page; an official may set another number when assigning.
 */
export const requestHandleWithin = {
  label: { zh: '服务请求办理时限', en: 'Time to handle a request' },
  unit: 'working-days',
  source: 'interpretation',
  reference: '措施未规定：平台默认自分派之日起15个工作日，分派时可另定。',
  values: [{ effectiveFrom: FROM, value: '15' }],
} as const satisfies ParameterInput;
