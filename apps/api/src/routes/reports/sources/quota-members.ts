import { and, eq, inArray, sql } from 'drizzle-orm';
import { countQuotas, enterprises, quotaMembers } from '../../../db/schema.js';
import type { ScorecardSource } from './source.js';

/** Enterprises the region counted toward a provision's quota of the year (with any reason for going past it). */
export const quotaMembersSource: ScorecardSource = {
  label: { zh: '区级计入指标的企业', en: 'Enterprises counted by the region' },
  async records(db, q) {
    const rows = await db
      .select({
        quotaId: quotaMembers.quotaId,
        provision: countQuotas.provision,
        areaCode: enterprises.areaCode,
        enterpriseId: quotaMembers.enterpriseId,
        enterpriseName: enterprises.name,
        overrideReason: quotaMembers.overrideReason,
        date: sql<string>`to_char(${quotaMembers.createdAt} at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`,
      })
      .from(quotaMembers)
      .innerJoin(countQuotas, eq(countQuotas.id, quotaMembers.quotaId))
      .innerJoin(enterprises, eq(enterprises.id, quotaMembers.enterpriseId))
      .where(and(eq(countQuotas.year, q.year), inArray(countQuotas.provision, [...q.provisions])));
    return rows.map(({ quotaId, overrideReason, ...r }) => ({
      ...r,
      id: `${quotaId}:${r.enterpriseId}`,
      what: overrideReason
        ? {
            zh: `计入指标（超出理由：${overrideReason}）`,
            en: `Counted (past the number: ${overrideReason})`,
          }
        : { zh: '计入指标', en: 'Counted' },
      ref: { kind: 'enterprise', id: r.enterpriseId },
    }));
  },
};
