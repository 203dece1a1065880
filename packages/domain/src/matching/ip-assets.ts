import { z } from 'zod';
import { isCalendarDate } from '../dates/calendar-date.js';
import type { Localized } from '../policy/schema.js';
import { parseClaim } from '../claims/parse-claim.js';
import type { Claim } from '../claims/schema.js';
import { itemKey } from '../claims/item-key.js';
import { fieldLabel } from '../claims/field-labels.js';
import { messages } from '../errors/messages.js';
import { checkJurisdiction } from '../jurisdictions/jurisdictions.js';

/**
 * What an enterprise holds that the money provisions of Part 1 pay for: titles (M1.1–M1.3),
 * patent awards (M1.4–M1.6) and grants abroad (M1.7, M1.8). One kind = one provision, so the
 * profile, the matcher and the claim form all speak of the same thing.
 */
export const IP_ASSET_KINDS = {
  'national-demonstration': { provision: 'M1.1', group: 'title', label: { zh: '国家知识产权示范企业', en: 'National IP Demonstration Enterprise' } },
  'national-advantage': { provision: 'M1.2', group: 'title', label: { zh: '国家知识产权优势企业', en: 'National IP Advantage Enterprise' } },
  'regional-pilot': { provision: 'M1.3', group: 'title', label: { zh: '自治区知识产权培优试点企业', en: 'Regional IP Cultivation Pilot Enterprise' } },
  'patent-gold': { provision: 'M1.4', group: 'award', label: { zh: '中国专利金奖', en: 'China Patent Gold Award' } },
  'patent-silver': { provision: 'M1.5', group: 'award', label: { zh: '中国专利银奖', en: 'China Patent Silver Award' } },
  'patent-excellence': { provision: 'M1.6', group: 'award', label: { zh: '中国专利优秀奖', en: 'China Patent Excellence Award' } },
  'foreign-patent': { provision: 'M1.7', group: 'foreign', label: { zh: '国外授权发明专利', en: 'Invention patent granted abroad' } },
  'foreign-trademark': { provision: 'M1.8', group: 'foreign', label: { zh: '国外注册商标', en: 'Trademark registered abroad' } },
} as const satisfies Record<string, { provision: string; group: 'title' | 'award' | 'foreign'; label: Localized }>;

export type IpAssetKind = keyof typeof IP_ASSET_KINDS;
export const IP_ASSET_KIND_IDS = Object.keys(IP_ASSET_KINDS) as [IpAssetKind, ...IpAssetKind[]];

/** Award ranks: one patent is paid once, for its highest award (PROVISIONS.md, M1.4–M1.6). */
export const AWARD_RANK: Partial<Record<IpAssetKind, number>> = { 'patent-gold': 3, 'patent-silver': 2, 'patent-excellence': 1 };

const fail = (ctx: z.RefinementCtx, path: string, zh: string, en: string) =>
  ctx.addIssue({ code: 'custom', path: [path], message: en, params: { zh, en } });

/**
 * One IP asset as an enterprise declares it. Titles carry the recognition date; awards the patent
 * number; grants abroad the jurisdiction and number. Dates are when it was recognized/awarded/granted.
 */
export const ipAssetSchema = z
  .strictObject({
    kind: z.enum(IP_ASSET_KIND_IDS, { error: `kind: one of ${IP_ASSET_KIND_IDS.join(', ')}` }),
    date: z.string(),
    number: z.string().trim().max(64).optional(),
    jurisdiction: z.string().trim().toUpperCase().optional(),
  })
  .superRefine((a, ctx) => {
    if (!isCalendarDate(a.date)) fail(ctx, 'date', `日期 ${a.date} 无效，请按 YYYY-MM-DD 填写。`, `date ${a.date} is not a valid YYYY-MM-DD date.`);
    const group = IP_ASSET_KINDS[a.kind].group;
    if (group !== 'title' && !a.number) fail(ctx, 'number', '请填写专利号或授权（注册）号。', 'give the patent or grant/registration number.');
    if (a.number && !/^[\p{L}\p{N} .\-/()]+$/u.test(a.number)) {
      fail(ctx, 'number', '编号只能包含字母、数字、空格和 . - / ( )。', 'the number may contain letters, digits, spaces and . - / ( ).');
    }
    if (group === 'foreign') {
      const problem = checkJurisdiction(a.jurisdiction ?? '', a.kind === 'foreign-patent' ? 'patent' : 'trademark');
      if (problem) {
        const label = fieldLabel(a.kind === 'foreign-patent' ? 'grants' : 'registrations');
        const details = { field: label.en, fieldZh: label.zh, ...problem.details };
        fail(ctx, 'jurisdiction', messages[problem.code].zh(details), messages[problem.code].en(details));
      }
    } else if (a.jurisdiction) {
      fail(ctx, 'jurisdiction', '只有国外授权需要填写法域。', 'only grants abroad have a jurisdiction.');
    }
    if (group === 'title' && a.number) fail(ctx, 'number', '称号不需要编号。', 'a title has no number.');
  });

export type IpAsset = z.infer<typeof ipAssetSchema>;

/** The key under which an asset is paid once: the same as the per-item rule's itemKey ('' for a title, paid once per enterprise). */
export function assetItemKey(a: IpAsset): string {
  const number = a.number ?? '';
  return IP_ASSET_KINDS[a.kind].group === 'foreign' ? itemKey({ jurisdiction: a.jurisdiction ?? '', number }) : itemKey(number);
}

/**
 * The claim for assets of one kind: a title with its (latest) recognition date, or every patent,
 * grant or registration as the items of one claim. Validated like any claim.
 */
export function claimForAssets(assets: readonly IpAsset[]): Claim {
  const kind = assets[0]?.kind;
  if (!kind || assets.some((a) => a.kind !== kind)) throw new Error('claimForAssets: give one or more assets of one kind');
  const provision = IP_ASSET_KINDS[kind].provision;
  switch (IP_ASSET_KINDS[kind].group) {
    case 'title':
      return parseClaim({ provision, recognizedOn: assets.map((a) => a.date).sort().at(-1) });
    case 'award':
      return parseClaim({ provision, patents: assets.map((a) => a.number) });
    case 'foreign':
      return parseClaim({ provision, [provision === 'M1.7' ? 'grants' : 'registrations']: assets.map((a) => ({ jurisdiction: a.jurisdiction, number: a.number })) });
  }
}
