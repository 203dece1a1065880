import * as z from 'zod/mini';
import { isCalendarDate, type CalendarDate } from '../dates/calendar-date.js';
import { parseClaim } from '../claims/parse-claim.js';
import { itemKey } from '../claims/item-key.js';
import { fieldLabel } from '../claims/field-labels.js';
import { messages } from '../errors/messages.js';
import { checkJurisdiction, notAbroadOn } from '../jurisdictions/jurisdictions.js';
import type { AnyClaim } from '../policy/claim-types.js';
import { findProvision, ningxia } from '../policy/policy-book.js';
import type { ningxiaDraft } from '../policy/ningxia/version.js';
import { policyRegistry } from '../policy/registry.js';
import type { PolicyVersion } from '../policy/version.js';

type P = (typeof ningxiaDraft)['provisions'][number];

/**
 * What an enterprise holds that the money provisions pay for — titles, patent awards, grants
 * abroad — from the provisions' data (`matching.asset`): one kind = one provision, so the
 * profile, the matcher and the claim form all speak of the same thing.
 */
export type IpAssetKind = P extends infer Q
  ? Q extends { matching: { asset: { kind: infer K } } }
    ? K
    : never
  : never;
export const IP_ASSET_KINDS = policyRegistry(ningxia).assetKinds as Readonly<
  Record<IpAssetKind, ReturnType<typeof policyRegistry>['assetKinds'][string]>
>;
export const IP_ASSET_KIND_IDS = Object.keys(IP_ASSET_KINDS) as [IpAssetKind, ...IpAssetKind[]];

/** Award ranks: one patent is paid once, for its highest award (PROVISIONS.md, M1.4–M1.6). */
export const AWARD_RANK: Partial<Record<IpAssetKind, number>> = Object.fromEntries(
  Object.entries(IP_ASSET_KINDS).flatMap(([k, v]) => (v.rank === undefined ? [] : [[k, v.rank]])),
);

const fail = (ctx: z.core.$RefinementCtx, path: string, zh: string, en: string) =>
  ctx.addIssue({ code: 'custom', path: [path], message: en, params: { zh, en } });

/**
 * One IP asset as an enterprise declares it. Titles carry the recognition date; awards the patent
 * number; grants abroad the jurisdiction and number. Dates are when it was recognized/awarded/granted.
 */
export const ipAssetSchema = z
  .strictObject({
    kind: z.enum(IP_ASSET_KIND_IDS, { error: `kind: one of ${IP_ASSET_KIND_IDS.join(', ')}` }),
    date: z.string(),
    number: z.optional(z.string().check(z.trim(), z.maxLength(64))),
    jurisdiction: z.optional(z.string().check(z.trim(), z.toUpperCase())),
  })
  .check(
    z.superRefine((a, ctx) => {
      if (!isCalendarDate(a.date))
        fail(
          ctx,
          'date',
          `日期 ${a.date} 无效，请按 YYYY-MM-DD 填写。`,
          `date ${a.date} is not a valid YYYY-MM-DD date.`,
        );
      const group = IP_ASSET_KINDS[a.kind].group;
      if (group !== 'title' && !a.number)
        fail(
          ctx,
          'number',
          '请填写专利号或授权（注册）号。',
          'give the patent or grant/registration number.',
        );
      if (a.number && !/^[\p{L}\p{N} .\-/()]+$/u.test(a.number)) {
        fail(
          ctx,
          'number',
          '编号只能包含字母、数字、空格和 . - / ( )。',
          'the number may contain letters, digits, spaces and . - / ( ).',
        );
      }
      if (group === 'foreign') {
        // The provision's items field says what is granted (patent or trademark) and how it is named.
        const provision = findProvision(ningxia, IP_ASSET_KINDS[a.kind].provision);
        const items = provision.claim?.fields.find((f) => f.role === 'items');
        // Abroad or not as read on the day it was granted (the reading is a dated parameter; a
        // date that is not one, refused above, is read as the first day of the policy).
        const problem = checkJurisdiction(
          a.jurisdiction ?? '',
          items?.grantKind ?? 'patent',
          notAbroadOn(provision, isCalendarDate(a.date) ? a.date : ningxia.effectiveFrom),
        );
        if (problem) {
          const label = items?.label ?? fieldLabel('jurisdiction');
          const details = { field: label.en, fieldZh: label.zh, ...problem.details };
          fail(ctx, 'jurisdiction', messages[problem.code].zh(details), messages[problem.code].en(details));
        }
      } else if (a.jurisdiction) {
        fail(ctx, 'jurisdiction', '只有国外授权需要填写法域。', 'only grants abroad have a jurisdiction.');
      }
      if (group === 'title' && a.number) fail(ctx, 'number', '称号不需要编号。', 'a title has no number.');
    }),
  );

export type IpAsset = z.infer<typeof ipAssetSchema>;

/** The key under which an asset is paid once: the same as the per-item rule's itemKey ('' for a title, paid once per enterprise). */
export function assetItemKey(a: IpAsset): string {
  const number = a.number ?? '';
  return IP_ASSET_KINDS[a.kind].group === 'foreign'
    ? itemKey({ jurisdiction: a.jurisdiction ?? '', number })
    : itemKey(number);
}

/**
 * The claim for assets of one kind: a title with its (latest) recognition date, or every patent,
 * grant or registration as the items of one claim — its fields read by role from the provision.
 * Validated like any claim made on `date`.
 */
export function claimForAssets<C = AnyClaim>(
  assets: readonly IpAsset[],
  version: PolicyVersion<C>,
  date: CalendarDate,
): C {
  const kind = assets[0]?.kind;
  if (!kind || assets.some((a) => a.kind !== kind))
    throw new Error('claimForAssets: give one or more assets of one kind');
  const asset = policyRegistry(version).assetKinds[kind];
  if (!asset) throw new Error(`claimForAssets: the version pays for no asset of kind ${kind}`);
  const provision = findProvision(version, asset.provision);
  const byRole = (role: string) => provision.claim!.fields.find((f) => f.role === role)!.key;
  switch (asset.group) {
    case 'title':
      return parseClaim(
        {
          provision: provision.id,
          [byRole('recognized')]: assets
            .map((a) => a.date)
            .sort()
            .at(-1),
        },
        version,
        date,
      );
    case 'award':
      return parseClaim(
        { provision: provision.id, [byRole('items')]: assets.map((a) => a.number) },
        version,
        date,
      );
    case 'foreign':
      return parseClaim(
        {
          provision: provision.id,
          [byRole('items')]: assets.map((a) => ({ jurisdiction: a.jurisdiction, number: a.number })),
        },
        version,
        date,
      );
  }
}
