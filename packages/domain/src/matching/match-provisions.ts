import type { AnyClaim } from '../policy/claim-types.js';
import { todayInChina, yearOf, type CalendarDate } from '../dates/calendar-date.js';
import { Money } from '../money/money.js';
import { formatYuan } from '../money/format-yuan.js';
import { parameterAt, versionInForce, type PolicySource } from '../policy/policy-book.js';
import type { Localized, ProvisionKind } from '../policy/schema.js';
import { isGreenChannelIndustry } from '../registry/industries.js';
import { assess } from '../rules/assess.js';
import type { Assessment } from '../rules/assessment.js';
import { AWARD_RANK, assetItemKey, claimForAssets, type IpAsset, type IpAssetKind } from './ip-assets.js';

/** What the matcher reads of an enterprise: its profile and what it already claimed. */
export interface MatchProfile {
  srdiLevel: 'none' | 'provincial' | 'little-giant';
  srdiVerified: boolean;
  industry: string;
  assets: readonly IpAsset[];
  /** Provisions of once-only titles already claimed or paid (a claim not withdrawn or rejected). */
  claimedTitles?: readonly string[];
  /** Item keys (itemKey) of patents and grants abroad already claimed or paid. */
  claimedItems?: readonly string[];
}

export interface MatchOptions {
  /** The policy to match against (required: nothing applies a region's policy by default). */
  policy: PolicySource;
  region?: string;
  /** The date matching is for; default: today in China, stated in the result. */
  asOf?: CalendarDate;
  fundingYear?: number;
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
  claim?: AnyClaim;
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

function missingFor({ label, group }: { label: Localized; group: 'title' | 'award' | 'foreign' }): Localized {
  switch (group) {
    case 'title':
      return {
        zh: `在企业档案中登记“${label.zh}”称号及认定日期。`,
        en: `Record the title "${label.en}" and its recognition date in your profile.`,
      };
    case 'award':
      return {
        zh: `在企业档案中登记获得“${label.zh}”的专利号。`,
        en: `Record the patents that won the ${label.en} in your profile.`,
      };
    case 'foreign':
      return {
        zh: `在企业档案中登记${label.zh}（法域和号码）。`,
        en: `Record each ${label.en.toLowerCase()} (jurisdiction and number) in your profile.`,
      };
  }
}

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
export function matchProvisions(profile: MatchProfile, options: MatchOptions): MatchResult {
  const asOf = options.asOf ?? todayInChina();
  const fundingYear = options.fundingYear ?? yearOf(asOf);
  const policy = options.policy;
  const version = versionInForce(policy, asOf, options.region);
  const claimedTitles = new Set(profile.claimedTitles ?? []);
  const claimedItems = new Set(profile.claimedItems ?? []);
  const awards = highestAwards(profile.assets);
  const ctx = { fundingYear, asOf, policy, ...(options.region ? { region: options.region } : {}) };

  const gate: Localized | undefined =
    profile.srdiLevel === 'none'
      ? {
          zh: '这些措施面向专精特新中小企业：请先在企业档案中申报专精特新资质并经审核。',
          en: 'These measures are for SRDI SMEs: declare your SRDI status in the profile and have it verified first.',
        }
      : !profile.srdiVerified
        ? {
            zh: '专精特新资质尚待审核：以下为预估，审核通过后方可申报。',
            en: 'Your SRDI status awaits verification: these are estimates; you can claim once it is verified.',
          }
        : undefined;

  const matches: ProvisionMatch[] = [];
  let total = Money.zero();

  for (const p of version.provisions) {
    const base = {
      provision: p.id,
      kind: p.kind,
      title: p.title,
      reasons: [] as Localized[],
      missing: [] as Localized[],
    };
    const asset = p.matching?.asset;
    if (asset) {
      const assetKind = asset.kind as IpAssetKind;
      const group = asset.group;
      const held = (group === 'award' ? awards : profile.assets).filter((a) => a.kind === assetKind);
      // Held but not claimable as recorded: what the assessment says, and what to add.
      const notYet = (a: { reasons: readonly Localized[] }) => ({
        ...base,
        status: 'missing' as const,
        reasons: a.reasons.map((r) => ({ zh: r.zh, en: r.en })),
        missing: [missingFor(asset)],
      });
      // Assessed from the profile: likely, with the amount and why, or not yet as the assessment says.
      const likelyOrNotYet = (claim: AnyClaim, a: Assessment, reason: Localized) => {
        if (!a.eligible) return void matches.push(notYet(a));
        total = total.plus(Money.of(a.amount));
        matches.push({ ...base, status: 'likely', amount: a.amount, claim, reasons: [reason] });
      };
      if (!held.length) {
        matches.push({ ...base, status: 'missing', missing: [missingFor(asset)] });
        continue;
      }
      if (group === 'title') {
        // A title is paid once: the most recent recognition is the one that can still be new.
        const latest = [...held].sort((a, b) => (a.date < b.date ? 1 : -1))[0]!;
        if (claimedTitles.has(p.id)) {
          matches.push({
            ...base,
            status: 'claimed',
            reasons: [
              {
                zh: '该称号已申报或已获支持，每项只支持一次。',
                en: 'This title is claimed or paid already; it is paid once.',
              },
            ],
          });
          continue;
        }
        const claim = claimForAssets([latest], version, asOf);
        likelyOrNotYet(claim, assess(claim, ctx), {
          zh: `${latest.date} 获认定，属本资助年度可支持的新认定。`,
          en: `Recognized on ${latest.date}: new for funding year ${fundingYear}.`,
        });
        continue;
      }
      const open = held.filter((a) => !claimedItems.has(assetItemKey(a)));
      if (!open.length) {
        matches.push({
          ...base,
          status: 'claimed',
          reasons: [
            {
              zh: `档案中的 ${held.length} 项均已申报或已获支持。`,
              en: `All ${held.length} recorded item(s) are claimed or paid already.`,
            },
          ],
        });
        continue;
      }
      const claim = claimForAssets(open, version, asOf);
      const skipped = held.length - open.length;
      likelyOrNotYet(claim, assess(claim, { ...ctx, paidItems: [...claimedItems] }), {
        zh: `档案中有 ${open.length} 项可申报${skipped ? `（另有 ${skipped} 项已申报）` : ''}。`,
        en: `${open.length} item(s) in your profile can be claimed${skipped ? ` (${skipped} more claimed already)` : ''}.`,
      });
      continue;
    }
    const facts = p.matching?.needsFacts;
    if (facts) {
      const capKey = p.bookkeeping?.annualCap;
      const cap = capKey ? parameterAt(version, `${p.id}.${capKey}`, asOf).value : null;
      matches.push({
        ...base,
        status: 'needs-facts',
        ...(cap === null ? {} : { upTo: Money.of(cap).toString() }),
        reasons: [
          cap === null
            ? { zh: p.summary.zh, en: p.summary.en }
            : {
                zh: `${p.summary.zh}（每年最高 ${formatYuan(cap)}）`,
                en: `${p.summary.en} (at most ${formatYuan(cap)} a year)`,
              },
        ],
        missing: [facts],
      });
      continue;
    }
    if (p.matching?.ranksFocusIndustries) {
      // The focus industries rank applicants (以……产业为重点); they are not a condition: every
      // SRDI SME may apply, and one in a focus industry is told it is ranked first.
      const inFocus = isGreenChannelIndustry(profile.industry);
      matches.push({
        ...base,
        status: 'service',
        reasons: [
          inFocus
            ? {
                zh: '所属行业为重点产业，申请专利优先审查推荐时优先排序。',
                en: 'Your industry is a focus industry: your application for a prioritized-examination recommendation ranks first.',
              }
            : {
                zh: '可申请专利优先审查推荐；装备制造、新型材料、清洁能源、数字信息、现代化工等重点产业优先排序。',
                en: 'You can apply to be recommended for prioritized examination; the focus industries (equipment manufacturing, new materials, clean energy, digital information, modern chemicals) rank first.',
              },
        ],
      });
      continue;
    }
    const service = p.matching?.request;
    if (service) matches.push({ ...base, status: 'service', reasons: [service] });
  }

  // Provisions paid to agencies (M11.1) have no asset, facts or request hint, and the count and
  // budget provisions are the region's targets: none is listed for an enterprise.
  return {
    policyVersion: version.id,
    fundingYear,
    asOf,
    estimatedTotal: total.round().toString(),
    gate,
    matches,
  };
}
