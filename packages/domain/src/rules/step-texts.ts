import { Dec } from '../money/decimal.js';
import { formatExactDecimal } from '../money/format-exact.js';
import { formatYuan } from '../money/format-yuan.js';
import type { Provision } from '../policy/schema.js';

/**
 * The sentences of a trace, written from a step's values when a person reads them — never while
 * computing, so an assessment that nobody reads formats nothing.
 */
type Values = Readonly<Record<string, string>>;
type Text = (v: Values, p: Provision) => string;

/** An exact intermediate amount for a sentence: up to four decimals, "…" where digits were cut. */
const exact = (s: string) => formatExactDecimal(new Dec(s));
const percent = (ratio: string) => `${new Dec(ratio).times(100).toFixed()}%`;
const field = (p: Provision, key: string) => p.claim?.fields.find((f) => f.key === key);
const option = (p: Provision, key: string, value: string) =>
  field(p, key)?.options?.find((o) => o.value === value)?.label;

export const STEP_TEXTS = {
  award: {
    zh: (v, p) => `${p.id}：${p.title.zh}，给予 ${formatYuan(v.amount!)} 支持。`,
    en: (v, p) => `${p.id}: ${p.title.en} — an award of ${formatYuan(v.amount!)}.`,
  },
  recognitionWindow: {
    zh: (v) =>
      `认定日期 ${v.recognizedOn}；资助年度 ${v.fundingYear} 可支持 ${v.firstYear}–${v.fundingYear} 年内的认定：${v.met === 'yes' ? '符合' : '不符合'}。`,
    en: (v) =>
      `Recognized on ${v.recognizedOn}; funding year ${v.fundingYear} accepts recognitions in ${v.firstYear}–${v.fundingYear}: ${v.met === 'yes' ? 'met' : 'not met'}.`,
  },
  upgradeDifference: {
    zh: (v) => `晋级补差：已获 ${v.lower} 支持 ${formatYuan(v.paid!)}，补差 ${formatYuan(v.amount!)}。`,
    en: (v) =>
      `Upgrade: ${formatYuan(v.paid!)} already paid for ${v.lower}; the difference is ${formatYuan(v.amount!)}.`,
  },
  itemAlreadyPaid: {
    zh: (v) => `${v.item} 已获支持，不再重复支持。`,
    en: (v) => `${v.item} was already paid and is not paid again.`,
  },
  itemOverFamilyCap: {
    zh: (v) => `${v.item} 超出同族 ${v.cap} 个法域的上限，不予支持。`,
    en: (v) => `${v.item} is over the cap of ${v.cap} jurisdictions per family and is not paid.`,
  },
  perItemTotal: {
    zh: (v, p) =>
      `${p.id}（${p.title.zh}）每件 ${formatYuan(v.perItem!)}；可支持 ${v.items} 件，合计 ${formatYuan(v.total!)}。`,
    en: (v, p) =>
      `${p.id} (${p.title.en}) pays ${formatYuan(v.perItem!)} each; ${v.items} payable, ${formatYuan(v.total!)} in all.`,
  },
  share: {
    zh: (v, p) => {
      const q = v.qualifierField ? option(p, v.qualifierField, v.qualifier!)?.zh : undefined;
      return `${field(p, v.baseField!)?.label.zh ?? v.baseField}${q ? `（${q}）` : ''} ${formatYuan(v.base!)} × ${percent(v.rate!)} = ${exact(v.share!)} 元。`;
    },
    en: (v, p) => {
      const q = v.qualifierField ? option(p, v.qualifierField, v.qualifier!)?.en.toLowerCase() : undefined;
      return `${field(p, v.baseField!)?.label.en ?? v.baseField}${q ? ` (${q})` : ''} ${formatYuan(v.base!)} × ${percent(v.rate!)} = ${exact(v.share!)} yuan.`;
    },
  },
  lpr: {
    zh: (v) => `放款日 ${v.disbursedOn} 前最近一次公布的一年期LPR为 ${v.lpr}%（${v.lprPublishedOn} 公布）。`,
    en: (v) =>
      `The one-year LPR most recently published on or before the disbursement date ${v.disbursedOn} is ${v.lpr}% (published ${v.lprPublishedOn}).`,
  },
  days: {
    zh: (v) =>
      `贷款 ${v.loanDays} 天（${v.disbursedOn} 至 ${v.repaidOn}），贴息最长 ${v.maxDays} 天，按 ${v.days} 天计。`,
    en: (v) =>
      `Loan of ${v.loanDays} days (${v.disbursedOn} to ${v.repaidOn}); at most ${v.maxDays} days are subsidized; ${v.days} days count.`,
  },
  interestAtLpr: {
    zh: (v) =>
      `按LPR计算的利息：${formatYuan(v.principal!)} × ${v.lpr}% × ${v.days} ÷ ${v.basis} = ${exact(v.interestAtLpr!)} 元。`,
    en: (v) =>
      `Interest at the LPR: ${formatYuan(v.principal!)} × ${v.lpr}% × ${v.days} / ${v.basis} = ${exact(v.interestAtLpr!)} yuan.`,
  },
  lesserInterest: {
    zh: (v) => `取按LPR计算的利息与实付利息 ${formatYuan(v.interestPaid!)} 的较小者：${exact(v.base!)} 元。`,
    en: (v) =>
      `The lesser of the interest at the LPR and the interest actually paid (${formatYuan(v.interestPaid!)}): ${exact(v.base!)} yuan.`,
  },
  pledgeShare: {
    zh: (v) => `乘以知识产权出质占比率 ${v.pledgeShareRatio}：${exact(v.subsidy!)} 元。`,
    en: (v) => `Times the IP pledge share ratio ${v.pledgeShareRatio}: ${exact(v.subsidy!)} yuan.`,
  },
  annualCap: {
    zh: (v) =>
      `年度上限 ${formatYuan(v.cap!)}，本年度已获 ${formatYuan(v.grantedThisYear!)}，尚余 ${formatYuan(v.left!)}${v.capped === 'yes' ? '，按上限核定' : '，未触及上限'}。`,
    en: (v) =>
      `Annual cap ${formatYuan(v.cap!)}; already granted this year ${formatYuan(v.grantedThisYear!)}; ${formatYuan(v.left!)} left${v.capped === 'yes' ? ', so the cap applies' : ', not reached'}.`,
  },
  officerSet: {
    zh: (v, p) =>
      `${p.id}：${p.title.zh}的支持金额不按公式计算，由审核人员在审核时核定并说明理由，不超过申请金额 ${formatYuan(v.requested!)}，在 ${p.id} ${v.fundingYear} 年度预算内列支（全年不少于 ${formatYuan(v.floor!)}）。`,
    en: (v, p) =>
      `${p.id}: ${p.title.en} — the amount is not computed: the reviewer sets it in review, with a reason, at most the ${formatYuan(v.requested!)} requested, paid from the ${p.id} budget for ${v.fundingYear} (at least ${formatYuan(v.floor!)} a year).`,
  },
  rounded: {
    zh: (v) => `金额四舍五入到分：${exact(v.exact!)} → ${v.amount} 元（${formatYuan(v.amount!)}）。`,
    en: (v) =>
      `Rounded half up to the fen: ${exact(v.exact!)} → ${v.amount} yuan (${formatYuan(v.amount!)}).`,
  },
} as const satisfies Record<string, { zh: Text; en: Text }>;

export type StepCode = keyof typeof STEP_TEXTS;
