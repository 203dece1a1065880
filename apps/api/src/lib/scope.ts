import { eq, sql, type SQL } from 'drizzle-orm';
import { applications, enterprises, serviceRecords, serviceRequests } from '../db/schema.js';
import type { SessionUser } from './context.js';

/**
 * Server-side scoping, in one place: the WHERE condition that limits what a user may see.
 * Everything outside it answers 404, as if it did not exist.
 */
const NOTHING = sql`false`;

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
      return NOTHING;
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
    default:
      return undefined;
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
