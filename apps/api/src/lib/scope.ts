import { eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import {
  adjudicationCases,
  brandNominations,
  applications,
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
 */
const NOTHING = sql`false`;

/**
 * The industry department (read only) sees what is in its area — the area of its account, or the
 * whole region when it has none — through the column that places a row in an area.
 */
const inArea = (user: SessionUser, column: Parameters<typeof eq>[0]) =>
  user.areaCode ? eq(column, user.areaCode) : undefined;

export function enterpriseScope(user: SessionUser): SQL | undefined {
  switch (user.role) {
    case 'enterprise':
      return user.enterpriseId ? eq(enterprises.id, user.enterpriseId) : NOTHING;
    case 'city-admin':
      return user.areaCode ? eq(enterprises.areaCode, user.areaCode) : NOTHING;
    case 'region-admin':
    case 'auditor':
      return undefined;
    case 'agency':
      // Agencies look enterprises up to record services (name and credit code only; see the station issue).
      return undefined;
    case 'industry-dept':
      return inArea(user, enterprises.areaCode);
  }
}

export function applicationScope(user: SessionUser): SQL | undefined {
  switch (user.role) {
    case 'enterprise':
      return user.enterpriseId ? eq(applications.enterpriseId, user.enterpriseId) : NOTHING;
    case 'city-admin':
      return user.areaCode ? eq(applications.areaCode, user.areaCode) : NOTHING;
    case 'region-admin':
    case 'auditor':
      return undefined;
    case 'agency':
      // An agency sees its own claims (the provisions paid to agencies, M11.1).
      return user.agencyId ? eq(applications.agencyId, user.agencyId) : NOTHING;
    case 'industry-dept':
      return inArea(user, applications.areaCode);
  }
}

/** Service requests: an enterprise's own, an agency's assigned ones, a city's (join enterprises), or all. */
export function serviceRequestScope(user: SessionUser): SQL | undefined {
  switch (user.role) {
    case 'enterprise':
      return eq(serviceRequests.enterpriseId, user.enterpriseId!);
    case 'agency':
      return eq(serviceRequests.agencyId, user.agencyId!);
    case 'city-admin':
      return eq(enterprises.areaCode, user.areaCode!);
    case 'region-admin':
    case 'auditor':
      return undefined;
    default:
      return NOTHING;
  }
}

/** Service records: an agency's own, a city's enterprises' (join enterprises), all for the region and auditors. */
export function serviceRecordScope(user: SessionUser): SQL | undefined {
  switch (user.role) {
    case 'agency':
      return eq(serviceRecords.agencyId, user.agencyId!);
    case 'city-admin':
      return eq(enterprises.areaCode, user.areaCode!);
    case 'region-admin':
    case 'auditor':
      return undefined;
    default:
      return NOTHING;
  }
}

/**
 * Records kept under the provisions: an enterprise's own, an agency's own, a city's area (and the
 * region-wide ones: funds, insurance products), all for the region and auditors.
 */
export function recordScope(user: SessionUser): SQL | undefined {
  switch (user.role) {
    case 'enterprise':
      return user.enterpriseId ? eq(provisionRecords.enterpriseId, user.enterpriseId) : NOTHING;
    case 'agency':
      return user.agencyId ? eq(provisionRecords.agencyId, user.agencyId) : NOTHING;
    case 'city-admin':
      return user.areaCode
        ? or(eq(provisionRecords.areaCode, user.areaCode), isNull(provisionRecords.areaCode))
        : NOTHING;
    case 'region-admin':
    case 'auditor':
      return undefined;
    default:
      return NOTHING;
  }
}

/** M9.3 adjudication cases: a city's own (the office handling it), all for the region and auditors. */
export function adjudicationScope(user: SessionUser): SQL | undefined {
  switch (user.role) {
    case 'city-admin':
      return user.areaCode ? eq(adjudicationCases.areaCode, user.areaCode) : NOTHING;
    case 'region-admin':
    case 'auditor':
      return undefined;
    case 'industry-dept':
      return inArea(user, adjudicationCases.areaCode);
    default:
      return NOTHING;
  }
}

/** M2.1 applications for prioritized examination: an enterprise's own, a city's area, all for the region and auditors. */
export function priorityExamScope(user: SessionUser): SQL | undefined {
  switch (user.role) {
    case 'enterprise':
      return user.enterpriseId ? eq(priorityExamApplications.enterpriseId, user.enterpriseId) : NOTHING;
    case 'city-admin':
      return user.areaCode ? eq(priorityExamApplications.areaCode, user.areaCode) : NOTHING;
    case 'region-admin':
    case 'auditor':
      return undefined;
    default:
      return NOTHING;
  }
}

/**
 * M8.2 brand nominations: an enterprise's own, those a station nominated, a city's area, all for
 * the region and auditors.
 */
export function brandScope(user: SessionUser): SQL | undefined {
  switch (user.role) {
    case 'enterprise':
      return user.enterpriseId ? eq(brandNominations.enterpriseId, user.enterpriseId) : NOTHING;
    case 'agency':
      return user.agencyId ? eq(brandNominations.agencyId, user.agencyId) : NOTHING;
    case 'city-admin':
      return user.areaCode ? eq(brandNominations.areaCode, user.areaCode) : NOTHING;
    case 'region-admin':
    case 'auditor':
      return undefined;
    default:
      return NOTHING;
  }
}

/**
 * M5.2 licence interests: an enterprise's own and those in the offers it licenses out, a city's
 * area (its enterprises' interests, or interests in the offers listed under it), all for the region
 * and auditors. The query joins `licence_offers`.
 */
export function licenceInterestScope(user: SessionUser): SQL | undefined {
  switch (user.role) {
    case 'enterprise':
      return user.enterpriseId
        ? or(
            eq(licenceInterests.enterpriseId, user.enterpriseId),
            eq(licenceOffers.licensorEnterpriseId, user.enterpriseId),
          )
        : NOTHING;
    case 'city-admin':
      return user.areaCode
        ? or(eq(licenceInterests.areaCode, user.areaCode), eq(licenceOffers.areaCode, user.areaCode))
        : NOTHING;
    case 'region-admin':
    case 'auditor':
      return undefined;
    default:
      return NOTHING;
  }
}

/** 好差评: an enterprise's own ratings, the responsible city's (the rating's area), all for the region and auditors. */
export function ratingScope(user: SessionUser): SQL | undefined {
  switch (user.role) {
    case 'enterprise':
      return user.enterpriseId ? eq(serviceRatings.enterpriseId, user.enterpriseId) : NOTHING;
    case 'city-admin':
      return user.areaCode ? eq(serviceRatings.areaCode, user.areaCode) : NOTHING;
    case 'region-admin':
    case 'auditor':
      return undefined;
    default:
      return NOTHING;
  }
}
