import { policyRegistry } from '@huiqi/domain';
import { inArray, and, eq, sql } from 'drizzle-orm';
import { agencies, claims, enterprises } from '../../../db/schema.js';
import { DECIDED } from '../../../lib/claim-context.js';
import type { ScorecardSource } from './source.js';

/** Decided claims of a funding year, at their approved amounts (what was granted). */
export const claimsSource: ScorecardSource = {
  label: { zh: '已决定的申报', en: 'Decided claims' },
  async records(db, q) {
    const rows = await db
      .select({
        id: claims.id,
        provision: claims.provision,
        status: claims.status,
        areaCode: claims.areaCode,
        enterpriseId: claims.enterpriseId,
        enterpriseName: sql<string | null>`coalesce(${enterprises.name}, ${agencies.name})`,
        amount: sql<string>`coalesce(${claims.approvedAmount}, 0)::numeric(18,2)::text`,
        date: sql<string>`to_char(${claims.updatedAt} at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`,
      })
      .from(claims)
      .leftJoin(enterprises, eq(enterprises.id, claims.enterpriseId))
      // An agency's own claim (M11.1) names the agency where an enterprise's names the enterprise.
      .leftJoin(agencies, eq(agencies.id, claims.agencyId))
      .where(
        and(
          eq(claims.fundingYear, q.year),
          inArray(claims.provision, [...q.provisions]),
          inArray(claims.status, DECIDED),
        ),
      );
    // A project whose amount the region sets (M4.2) is granted only when the region has set it: the
    // city's approval carries the amount requested, not one granted.
    const reviewerSets = policyRegistry(q.version).reviewerSetsAmount;
    return rows
      .filter((r) => !(r.status === 'city-approved' && reviewerSets.has(r.provision)))
      .map(({ status: _status, ...r }) => ({
        ...r,
        what: { zh: '核准资助的申报', en: 'Claim granted' },
        ref: { kind: 'claim', id: r.id },
      }));
  },
};
