import { eq, isNull, or, sql, type Column, type SQL } from 'drizzle-orm';
import {
  adjudicationCases,
  brandNominations,
  claims,
  enterprises,
  licenceInterests,
  licenceOffers,
  priorityExamApplications,
  provisionRecords,
  serviceRatings,
  serviceRecords,
  serviceRequests,
} from '../db/schema.js';
import type { SessionUser } from './context.js';

/**
 * Server-side scoping, in one place: the WHERE condition that limits what a user may see.
 * Everything outside it answers 404, as if it did not exist.
 *
 * Each kind of row states only which columns tie it to an enterprise, an agency and an area; one
 * builder turns that into the condition for every role, so the rules below are the same for all
 * of them: the region's officers and the auditor see everything; an enterprise, an agency and a
 * city see the rows tied to their own enterprise, agency and area; the industry department (read
 * only) sees its area — or the whole region when its account has none — where the kind says it
 * may; and a role the kind does not name, or an account missing the identity its role needs, sees
 * nothing.
 */
const NOTHING = sql`false`;

/** The columns (any of which may match) or a condition built from the user's identity value. */
type Tie = Column | readonly Column[] | ((value: string) => SQL | undefined);

interface ScopeSpec {
  /** An enterprise sees the rows tied to it. */
  enterprise?: Tie;
  /** An agency sees the rows tied to it, or every row (`'all'`). */
  agency?: Tie | 'all';
  /** A city sees the rows in its area. */
  area?: Tie;
  /** The industry department reads the rows in its area through the `area` tie. */
  industryDept?: boolean;
}

function match(tie: Tie, value: string | null | undefined): SQL | undefined {
  if (!value) return NOTHING;
  if (typeof tie === 'function') return tie(value);
  const columns: readonly Column[] = Array.isArray(tie) ? tie : [tie as Column];
  return columns.length === 1 ? eq(columns[0]!, value) : or(...columns.map((col) => eq(col, value)));
}

/** The scope of one kind of row: a function from the signed-in user to its WHERE condition. */
function scopeOf(spec: ScopeSpec): (user: SessionUser) => SQL | undefined {
  return (user) => {
    switch (user.role) {
      case 'region-admin':
      case 'auditor':
        return undefined;
      case 'enterprise':
        return spec.enterprise ? match(spec.enterprise, user.enterpriseId) : NOTHING;
      case 'agency':
        if (spec.agency === 'all') return undefined;
        return spec.agency ? match(spec.agency, user.agencyId) : NOTHING;
      case 'city-admin':
        return spec.area ? match(spec.area, user.areaCode) : NOTHING;
      case 'industry-dept':
        if (!spec.industryDept || !spec.area) return NOTHING;
        return user.areaCode ? match(spec.area, user.areaCode) : undefined;
    }
  };
}

export const enterpriseScope = scopeOf({
  enterprise: enterprises.id,
  // Agencies look enterprises up to record services (name and credit code only; see the station issue).
  agency: 'all',
  area: enterprises.areaCode,
  industryDept: true,
});

/** Claims; an agency sees its own (the provisions paid to agencies, M11.1). */
export const claimScope = scopeOf({
  enterprise: claims.enterpriseId,
  agency: claims.agencyId,
  area: claims.areaCode,
  industryDept: true,
});

/** Service requests: an enterprise's own, an agency's assigned ones, a city's (the query joins enterprises). */
export const serviceRequestScope = scopeOf({
  enterprise: serviceRequests.enterpriseId,
  agency: serviceRequests.agencyId,
  area: enterprises.areaCode,
});

/** Service records: an agency's own, a city's enterprises' (the query joins enterprises). */
export const serviceRecordScope = scopeOf({
  agency: serviceRecords.agencyId,
  area: enterprises.areaCode,
});

/**
 * Records kept under the provisions: an enterprise's own, an agency's own, a city's area and the
 * region-wide ones that have no area (funds, insurance products).
 */
export const recordScope = scopeOf({
  enterprise: provisionRecords.enterpriseId,
  agency: provisionRecords.agencyId,
  area: (code) => or(eq(provisionRecords.areaCode, code), isNull(provisionRecords.areaCode)),
});

/** M9.3 adjudication cases: the city office handling it. */
export const adjudicationScope = scopeOf({ area: adjudicationCases.areaCode, industryDept: true });

/** M2.1 applications for prioritized examination. */
export const priorityExamScope = scopeOf({
  enterprise: priorityExamApplications.enterpriseId,
  area: priorityExamApplications.areaCode,
});

/** M8.2 brand nominations: an enterprise's own, those a station nominated, a city's area. */
export const brandScope = scopeOf({
  enterprise: brandNominations.enterpriseId,
  agency: brandNominations.agencyId,
  area: brandNominations.areaCode,
});

/**
 * M5.2 licence interests: an enterprise's own and those in the offers it licenses out; a city's
 * area (its enterprises' interests, or interests in the offers listed under it). The query joins
 * `licence_offers`.
 */
export const licenceInterestScope = scopeOf({
  enterprise: [licenceInterests.enterpriseId, licenceOffers.licensorEnterpriseId],
  area: [licenceInterests.areaCode, licenceOffers.areaCode],
});

/** 好差评: an enterprise's own ratings, the responsible city's (the rating's area). */
export const ratingScope = scopeOf({
  enterprise: serviceRatings.enterpriseId,
  area: serviceRatings.areaCode,
});
