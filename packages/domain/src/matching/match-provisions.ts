import type { Claim } from '../claims/schema.js';
import { todayInChina, yearOf, type CalendarDate } from '../dates/calendar-date.js';
import { Money } from '../money/money.js';
import { formatYuan } from '../money/format-yuan.js';
import { builtInPolicies, parameterAt, versionInForce, type PolicySource } from '../policy/policy-book.js';
import type { Localized, ProvisionKind } from '../policy/schema.js';
import { isGreenChannelIndustry } from '../registry/industries.js';
import { assess } from '../rules/assess.js';
import { AWARD_RANK, IP_ASSET_KINDS, assetItemKey, claimForAssets, type IpAsset, type IpAssetKind } from './ip-assets.js';

/** What the matcher reads of an enterprise: its profile and what it already claimed. */
export interface MatchProfile {
  srdiLevel: 'none' | 'provincial' | 'little-giant';
  srdiVerified: boolean;
  industry: string;
  assets: readonly IpAsset[];
  /** Provisions of once-only titles (M1.1–M1.3) already claimed or paid (a claim not withdrawn or rejected). */
  claimedTitles?: readonly string[];
  /** Item keys (itemKey) of patents and grants abroad already claimed or paid. */
  claimedItems?: readonly string[];
}

export interface MatchOptions {
  fundingYear?: number;
  asOf?: CalendarDate;
  policy?: PolicySource;
}

/**
 * - `likely`: the profile holds what the provision pays for; `amount` is the assessed sum.
 * - `needs-facts`: money that depends on a transaction the profile cannot know (a licence, a loan);
 *   `upTo` is the annual cap.
 * - `missing`: nothing in the profile qualifies yet; `missing` says what would.
 * - `claimed`: everything the profile holds for it is already claimed.
 * - `service`: a non-monetary measure the enterprise can ask for (coaching, assistance…).
 */
export type MatchStatus = 'likely' | 'needs-facts' | 'missing' | 'claimed' | 'service';

export interface ProvisionMatch {
  provision: string;
  kind: ProvisionKind;
  title: Localized;
  status: MatchStatus;
  amount?: string;
  upTo?: string;
  reasons: Localized[];
  missing: Localized[];
  /** A claim pre-filled from the profile, to start from (only for `likely`). */
  claim?: Claim;
}

export interface MatchResult {
  policyVersion: string;
  fundingYear: number;
  asOf: CalendarDate;
  /** The sum of the `likely` amounts, rounded once: an estimate, not a decision. */
  estimatedTotal: string;
  /** Set when the measures cannot apply yet (not SRDI, or SRDI not verified). */
  gate?: Localized;
  matches: ProvisionMatch[];
}

/** Services an enterprise can ask for from the portal (they reach the agencies). */
const REQUESTABLE: Record<string, Localized> = {
  'M2.2': { zh: '可申请知识产权申请专项辅导。', en: 'You can ask for coaching on IP applications.' },
  'M8.1': { zh: '可申请商标品牌指导站的注册、运用、保护和管理服务。', en: 'You can ask a trademark brand guidance station for registration, use, protection and management services.' },
  'M9.2': { zh: '可提交知识产权保护需求和侵权案件线索。', en: 'You can report protection needs and infringement case leads.' },
  'M10.1': { zh: '可申请知识产权维权援助。', en: 'You can ask for rights-protection assistance.' },
};

const NEEDS_FACTS: Record<string, Localized> = {
  'M5.1': { zh: '需有从高校、院所或企业许可、转让或作价入股取得知识产权的合同及交易额。', en: 'Needs a licence, assignment or equity contract taking in IP, and its transaction amount.' },
  'M7.4': { zh: '需有已还清本息的知识产权质押贷款（本金、出质占比率、放款与还清日期、实付利息）。', en: 'Needs an IP pledge loan repaid with its interest (principal, pledge share ratio, dates, interest paid).' },
  'M7.5': { zh: '需有知识产权质押融资实际支付的评估费。', en: 'Needs the evaluation fee actually paid for IP pledge financing.' },
};

function missingFor(kind: IpAssetKind): Localized {
  const label = IP_ASSET_KINDS[kind].label;
  switch (IP_ASSET_KINDS[kind].group) {
    case 'title':
      return { zh: `在企业档案中登记“${label.zh}”称号及认定日期。`, en: `Record the title "${label.en}" and its recognition date in your profile.` };
    case 'award':
      return { zh: `在企业档案中登记获得“${label.zh}”的专利号。`, en: `Record the patents that won the ${label.en} in your profile.` };
    case 'foreign':
      return { zh: `在企业档案中登记${label.zh}（法域和号码）。`, en: `Record each ${label.en.toLowerCase()} (jurisdiction and number) in your profile.` };
  }
}

const kindOfProvision = (id: string) => (Object.keys(IP_ASSET_KINDS) as IpAssetKind[]).find((k) => IP_ASSET_KINDS[k].provision === id);

/** Patents keep only their highest award: one patent is paid once, for its highest award. */
function highestAwards(assets: readonly IpAsset[]): IpAsset[] {
  const best = new Map<string, IpAsset>();
  for (const a of assets) {
    const rank = AWARD_RANK[a.kind];
    if (rank === undefined) continue;
    const key = assetItemKey(a);
    const prev = best.get(key);
    if (!prev || (AWARD_RANK[prev.kind] ?? 0) < rank) best.set(key, a);
  }
  return [...best.values()];
}

/**
 * Policy matching (政策匹配): from an enterprise's profile, the provisions it likely qualifies for,
 * the estimated sum, the reason for each and what is missing for the others. Amounts come from
 * assess() itself, so the estimate is the number a reviewer would see for the same facts.
 */
export function matchProvisions(profile: MatchProfile, options: MatchOptions = {}): MatchResult {
  const asOf = options.asOf ?? todayInChina();
  const fundingYear = options.fundingYear ?? yearOf(asOf);
  const policy = options.policy ?? builtInPolicies;
  const version = versionInForce(policy, asOf);
  const claimedTitles = new Set(profile.claimedTitles ?? []);
  const claimedItems = new Set(profile.claimedItems ?? []);
  const awards = highestAwards(profile.assets);
  const ctx = { fundingYear, asOf, policy };

  const gate: Localized | undefined =
    profile.srdiLevel === 'none'
      ? { zh: '这些措施面向专精特新中小企业：请先在企业档案中申报专精特新资质并经审核。', en: 'These measures are for SRDI SMEs: declare your SRDI status in the profile and have it verified first.' }
      : !profile.srdiVerified
        ? { zh: '专精特新资质尚待审核：以下为预估，审核通过后方可申报。', en: 'Your SRDI status awaits verification: these are estimates; you can claim once it is verified.' }
        : undefined;

  const matches: ProvisionMatch[] = [];
  let total = Money.zero();

  for (const p of version.provisions) {
    const base = { provision: p.id, kind: p.kind, title: p.title, reasons: [] as Localized[], missing: [] as Localized[] };
    const assetKind = kindOfProvision(p.id);
    if (assetKind) {
      const group = IP_ASSET_KINDS[assetKind].group;
      const held = (group === 'award' ? awards : profile.assets).filter((a) => a.kind === assetKind);
      if (!held.length) {
        matches.push({ ...base, status: 'missing', missing: [missingFor(assetKind)] });
        continue;
      }
      if (group === 'title') {
        // A title is paid once: the most recent recognition is the one that can still be new.
        const latest = [...held].sort((a, b) => (a.date < b.date ? 1 : -1))[0]!;
        if (claimedTitles.has(p.id)) {
          matches.push({ ...base, status: 'claimed', reasons: [{ zh: '该称号已申报或已获支持，每项只支持一次。', en: 'This title is claimed or paid already; it is paid once.' }] });
          continue;
        }
        const claim = claimForAssets([latest]);
        const a = assess(claim, ctx);
        if (a.eligible) {
          total = total.plus(Money.of(a.amount));
          matches.push({ ...base, status: 'likely', amount: a.amount, claim, reasons: [{ zh: `${latest.date} 获认定，属本资助年度可支持的新认定。`, en: `Recognized on ${latest.date}: new for funding year ${fundingYear}.` }] });
        } else {
          matches.push({ ...base, status: 'missing', reasons: a.reasons.map((r) => ({ zh: r.zh, en: r.en })), missing: [missingFor(assetKind)] });
        }
        continue;
      }
      const open = held.filter((a) => !claimedItems.has(assetItemKey(a)));
      if (!open.length) {
        matches.push({ ...base, status: 'claimed', reasons: [{ zh: `档案中的 ${held.length} 项均已申报或已获支持。`, en: `All ${held.length} recorded item(s) are claimed or paid already.` }] });
        continue;
      }
      const claim = claimForAssets(open);
      const a = assess(claim, { ...ctx, paidItems: [...claimedItems] });
      if (a.eligible) {
        total = total.plus(Money.of(a.amount));
        const skipped = held.length - open.length;
        matches.push({
          ...base,
          status: 'likely',
          amount: a.amount,
          claim,
          reasons: [
            { zh: `档案中有 ${open.length} 项可申报${skipped ? `（另有 ${skipped} 项已申报）` : ''}。`, en: `${open.length} item(s) in your profile can be claimed${skipped ? ` (${skipped} more claimed already)` : ''}.` },
          ],
        });
      } else {
        matches.push({ ...base, status: 'missing', reasons: a.reasons.map((r) => ({ zh: r.zh, en: r.en })), missing: [missingFor(assetKind)] });
      }
      continue;
    }
    const facts = NEEDS_FACTS[p.id];
    if (facts) {
      const cap = parameterAt(version, `${p.id}.annualCap`, asOf).value;
      matches.push({
        ...base,
        status: 'needs-facts',
        ...(cap === null ? {} : { upTo: Money.of(cap).toString() }),
        reasons: [cap === null ? { zh: p.summary.zh, en: p.summary.en } : { zh: `${p.summary.zh}（每年最高 ${formatYuan(cap)}）`, en: `${p.summary.en} (at most ${formatYuan(cap)} a year)` }],
        missing: [facts],
      });
      continue;
    }
    if (p.id === 'M2.1') {
      const inFocus = isGreenChannelIndustry(profile.industry);
      matches.push({
        ...base,
        status: inFocus ? 'service' : 'missing',
        reasons: inFocus ? [{ zh: '所属行业为绿色通道重点产业，可申请专利优先审查推荐。', en: 'Your industry is a green-channel focus industry: you can apply to be recommended for prioritized examination.' }] : [],
        missing: inFocus ? [] : [{ zh: '优先审查推荐面向装备制造、新型材料、清洁能源、数字信息、现代化工等重点产业。', en: 'Recommendation is for the focus industries: equipment manufacturing, new materials, clean energy, digital information, modern chemicals.' }],
      });
      continue;
    }
    const service = REQUESTABLE[p.id];
    if (service) matches.push({ ...base, status: 'service', reasons: [service] });
  }

  // M11.1 pays trusteeship agencies, not enterprises, and the count/budget provisions are the
  // region's targets: neither is something an enterprise can claim, so neither is listed.
  return { policyVersion: version.id, fundingYear, asOf, estimatedTotal: total.round().toString(), gate, matches };
}
