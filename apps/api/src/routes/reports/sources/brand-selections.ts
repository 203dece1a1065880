import { and, eq, inArray, sql } from 'drizzle-orm';
import { brandNominations, enterprises } from '../../../db/schema.js';
import type { ScorecardSource } from './source.js';

/** Brands the region selected for the year (counted in brands: one enterprise may have several). */
export const brandSelectionsSource: ScorecardSource = {
  label: { zh: '区级遴选入选的商标品牌', en: 'Brands selected by the region' },
  async records(db, q) {
    const rows = await db
      .select({
        id: brandNominations.id,
        provision: brandNominations.provision,
        areaCode: brandNominations.areaCode,
        enterpriseId: brandNominations.enterpriseId,
        enterpriseName: enterprises.name,
        trademarkName: brandNominations.trademarkName,
        niceClass: brandNominations.niceClass,
        date: sql<string>`to_char(${brandNominations.decidedAt} at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`,
      })
      .from(brandNominations)
      .innerJoin(enterprises, eq(enterprises.id, brandNominations.enterpriseId))
      .where(
        and(
          eq(brandNominations.year, q.year),
          eq(brandNominations.status, 'selected'),
          inArray(brandNominations.provision, [...q.provisions]),
        ),
      );
    return rows.map(({ trademarkName, niceClass, ...r }) => ({
      ...r,
      what: {
        zh: `入选商标“${trademarkName}”（第 ${niceClass} 类）`,
        en: `Selected trademark "${trademarkName}" (class ${niceClass})`,
      },
      ref: { kind: 'brand-nomination', id: r.id },
    }));
  },
};
