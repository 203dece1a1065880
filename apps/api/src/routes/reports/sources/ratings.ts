import { isPoorRating, RATING_LEVEL_NAMES, type RatingLevel } from '@huiqi/contracts';
import { eq, sql } from 'drizzle-orm';
import { enterprises, serviceRatings } from '../../../db/schema.js';
import type { ScorecardSource } from './source.js';

/**
 * 好差评 given in the year (China time), each in its responsible city: a rating of 非常满意, 满意 or
 * 基本满意 scores 1 and 不满意 or 非常不满意 0, so the figure's mean is the satisfaction rate —
 * (非常满意 + 满意 + 基本满意) / all ratings. Counted for the provision that declares the figure
 * (M13.1, the scorecard's own), whatever the rated claim or request was under.
 */
export const ratingsSource: ScorecardSource = {
  label: { zh: '好差评', en: 'Service ratings' },
  async records(db, q) {
    const rows = await db
      .select({
        id: serviceRatings.id,
        areaCode: serviceRatings.areaCode,
        enterpriseId: serviceRatings.enterpriseId,
        enterpriseName: enterprises.name,
        subjectType: serviceRatings.subjectType,
        subjectId: serviceRatings.subjectId,
        subjectLabel: serviceRatings.subjectLabel,
        level: serviceRatings.level,
        date: sql<string>`to_char(${serviceRatings.createdAt} at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`,
      })
      .from(serviceRatings)
      .innerJoin(enterprises, eq(enterprises.id, serviceRatings.enterpriseId))
      .where(
        sql`extract(year from ${serviceRatings.createdAt} at time zone 'Asia/Shanghai')::int = ${q.year}`,
      );
    // Every rating counts for the figure, under each provision naming this source.
    return q.provisions.flatMap((provision) =>
      rows.map((r) => {
        const name = RATING_LEVEL_NAMES[r.level as RatingLevel];
        return {
          id: r.id,
          provision,
          areaCode: r.areaCode,
          enterpriseId: r.enterpriseId,
          enterpriseName: r.enterpriseName,
          date: r.date,
          score: isPoorRating(r.level) ? '0' : '1',
          what: { zh: `${name.zh} · ${r.subjectLabel}`, en: `${name.en} · ${r.subjectLabel}` },
          ref: r.subjectType === 'claim' ? { kind: 'claim', id: r.subjectId } : { kind: 'rating', id: r.id },
        };
      }),
    );
  },
};
