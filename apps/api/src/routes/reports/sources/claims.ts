import { policyRegistry } from '@huiqi/domain';
import { inArray, and, eq, sql } from 'drizzle-orm';
import { agencies, applications, enterprises } from '../../../db/schema.js';
import { DECIDED } from '../../../lib/claim-context.js';
import type { ScorecardSource } from './source.js';

/** Decided claims of a funding year, at their approved amounts (what was granted). */
export const claimsSource: ScorecardSource = {
  label: { zh: '已决定的申报', en: 'Decided claims' },
  async records(db, q) {
    const rows = await db
      .select({
        id: applications.id,
        provision: applications.provision,
        status: applications.status,
        areaCode: applications.areaCode,
        enterpriseId: applications.enterpriseId,
        enterpriseName: sql<string | null>`coalesce(${enterprises.name}, ${agencies.name})`,
        amount: sql<string>`coalesce(${applications.approvedAmount}, 0)::numeric(18,2)::text`,
        date: sql<string>`to_char(${applications.updatedAt} at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`,
      })
      .from(applications)
      .leftJoin(enterprises, eq(enterprises.id, applications.enterpriseId))
      // An agency's own claim (M11.1) names the agency where an enterprise's names the enterprise.
      .leftJoin(agencies, eq(agencies.id, applications.agencyId))
      .where(
        and(
          eq(applications.fundingYear, q.year),
          inArray(applications.provision, [...q.provisions]),
          inArray(applications.status, DECIDED),
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
        ref: { kind: 'application', id: r.id },
      }));
  },
};
