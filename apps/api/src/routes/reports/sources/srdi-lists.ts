import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { claims, enterpriseIpAssets, enterprises, srdiListEntries } from '../../../db/schema.js';
import type { ScorecardSource } from './source.js';

const LEVEL = {
  provincial: { zh: '自治区级专精特新中小企业', en: 'SRDI SME (regional list)' },
  'little-giant': { zh: '国家级专精特新“小巨人”企业', en: '"Little giant" (national list)' },
} as const;

/**
 * M9.1 information sharing: the enterprises of the year's imported SRDI and little-giant lists
 * (figure `listed`), and those of them whose IP information the departments find on the platform
 * (figure `shared`): an IP asset in the enterprise's profile, or a claim it submitted (any year,
 * past draft). Both in the enterprise's area, dated the day the list was imported (China time).
 */
export const srdiListsSource: ScorecardSource = {
  label: { zh: '专精特新名单', en: 'SRDI lists' },
  async records(db, q) {
    if (!q.provisions.length) return [];
    const hasAssets = sql<boolean>`exists (select 1 from ${enterpriseIpAssets} where ${enterpriseIpAssets.enterpriseId} = ${srdiListEntries.enterpriseId})`;
    const hasClaims = sql<boolean>`exists (select 1 from ${claims} where ${and(
      eq(claims.enterpriseId, srdiListEntries.enterpriseId),
      ne(claims.status, 'draft'),
    )})`;
    const rows = await db
      .select({
        id: srdiListEntries.id,
        areaCode: enterprises.areaCode,
        enterpriseId: srdiListEntries.enterpriseId,
        enterpriseName: enterprises.name,
        level: srdiListEntries.level,
        assets: hasAssets,
        claims: hasClaims,
        date: sql<string>`to_char(${srdiListEntries.createdAt} at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`,
      })
      .from(srdiListEntries)
      .innerJoin(enterprises, eq(enterprises.id, srdiListEntries.enterpriseId))
      .where(and(eq(srdiListEntries.year, q.year), inArray(srdiListEntries.level, Object.keys(LEVEL))));
    // Every provision naming this source (M9.1) gets the same records; the figure says which count.
    return q.provisions.flatMap((provision) =>
      rows.flatMap(({ level, assets, claims, ...r }) => {
        const what = LEVEL[level as keyof typeof LEVEL];
        const listed = {
          ...r,
          provision,
          figure: 'listed',
          what,
          ref: { kind: 'enterprise', id: r.enterpriseId },
        };
        if (!assets && !claims) return [listed];
        const seen = [
          ...(assets ? [{ zh: '知识产权档案', en: 'IP profile' }] : []),
          ...(claims ? [{ zh: '申报', en: 'claims' }] : []),
        ];
        // The same entry, counted in the second figure (ids are unique within a figure).
        const shared = {
          ...listed,
          figure: 'shared',
          what: {
            zh: `${what.zh}（可见：${seen.map((s) => s.zh).join('、')}）`,
            en: `${what.en} (visible: ${seen.map((s) => s.en).join(', ')})`,
          },
        };
        return [listed, shared];
      }),
    );
  },
};
