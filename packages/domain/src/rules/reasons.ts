import { formatYuan } from '../money/format-yuan.js';

/**
 * Every reason an assessment can give for "not eligible", with its text in both languages built
 * from the reason's values when read. Codes are stable: the API returns them, the apps show the
 * text, tests assert on the code.
 */
type Values = Readonly<Record<string, string>>;
interface ReasonText {
  zh: (v: Values) => string;
  en: (v: Values) => string;
}

export const REASONS = {
  NOT_NEWLY_RECOGNIZED: {
    zh: (v) =>
      `认定日期 ${v.recognizedOn} 不在 ${v.firstYear}–${v.fundingYear} 年内，不属于本资助年度可支持的“新认定”。`,
    en: (v) =>
      `Recognized on ${v.recognizedOn}, outside ${v.firstYear}–${v.fundingYear}: not "newly recognized" for funding year ${v.fundingYear}.`,
  },
  RECOGNITION_IN_FUTURE: {
    zh: (v) => `${v.fieldZh} ${v.date} 晚于评估日期 ${v.asOf}：须已获认定。`,
    en: (v) =>
      `${v.fieldEn} ${v.date} is after the assessment date ${v.asOf}: the recognition must have happened.`,
  },
  CONTRACT_IN_FUTURE: {
    zh: (v) => `${v.fieldZh} ${v.date} 晚于评估日期 ${v.asOf}：须已引进转化。`,
    en: (v) =>
      `${v.fieldEn} ${v.date} is after the assessment date ${v.asOf}: the IP must already have been taken in.`,
  },
  LOAN_NOT_REPAID: {
    zh: (v) => `${v.fieldZh} ${v.date} 晚于评估日期 ${v.asOf}：须在完成偿贷还息后申请。`,
    en: (v) =>
      `${v.fieldEn} ${v.date} is after the assessment date ${v.asOf}: apply once the loan and its interest are repaid.`,
  },
  EVENT_IN_FUTURE: {
    zh: (v) => `${v.fieldZh} ${v.date} 晚于评估日期 ${v.asOf}：须已发生。`,
    en: (v) => `${v.fieldEn} ${v.date} is after the assessment date ${v.asOf}: it must have happened.`,
  },
  ALREADY_PAID: {
    zh: () => '该称号（考核认定）已获支持，每项只支持一次。',
    en: () => 'This title (evaluation) was already paid; it is paid once.',
  },
  HIGHER_TITLE_PAID: {
    zh: (v) => `已获更高层级称号（${v.higher}）的支持：按“就高不重复”只支持一次。`,
    en: (v) =>
      `A higher title (${v.higher}) was already paid: under "the highest only, not repeated" this one is not paid.`,
  },
  NOTHING_LEFT_TO_TOP_UP: {
    zh: (v) => `已获称号（${v.lower}）的支持 ${formatYuan(v.paid!)} 不低于本项：晋级补差无差额可补。`,
    en: (v) =>
      `The title already paid (${v.lower}, ${formatYuan(v.paid!)}) is not below this one: an upgrade leaves no difference to pay.`,
  },
  NO_PAYABLE_ITEMS: {
    zh: () => '没有可支持的项目：所列项目均已获支持或超出上限。',
    en: () => 'Nothing payable: every item listed was already paid or is over a cap.',
  },
  ANNUAL_CAP_REACHED: {
    zh: (v) => `本年度在本条已获补助 ${formatYuan(v.granted!)}，已达年度上限 ${formatYuan(v.cap!)}。`,
    en: (v) =>
      `Already granted ${formatYuan(v.granted!)} under this provision this year: the annual cap of ${formatYuan(v.cap!)} is reached.`,
  },
} as const satisfies Record<string, ReasonText>;

export type ReasonCode = keyof typeof REASONS;
export const REASON_CODES = Object.keys(REASONS) as [ReasonCode, ...ReasonCode[]];

/** The text of a reason in one language. */
export function reasonText(code: ReasonCode, values: Values, lang: 'zh' | 'en'): string {
  return REASONS[code][lang](values);
}
