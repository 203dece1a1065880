import { policyRegistry } from '@huiqi/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { enterprises, serviceRecords } from '../../../db/schema.js';
import type { ScorecardSource } from './source.js';

/** Services agencies recorded in the year (the day served), by the enterprise served. */
export const serviceRecordsSource: ScorecardSource = {
  label: { zh: '服务机构的服务记录', en: 'Service records' },
  async records(db, q) {
    const types = policyRegistry(q.version).serviceTypes;
    const rows = await db
      .select({
        id: serviceRecords.id,
        provision: serviceRecords.provision,
        areaCode: enterprises.areaCode,
        enterpriseId: serviceRecords.enterpriseId,
        enterpriseName: enterprises.name,
        serviceType: serviceRecords.serviceType,
        date: serviceRecords.servedOn,
      })
      .from(serviceRecords)
      .innerJoin(enterprises, eq(enterprises.id, serviceRecords.enterpriseId))
      .where(
        and(
          sql`extract(year from ${serviceRecords.servedOn})::int = ${q.year}`,
          inArray(serviceRecords.provision, [...q.provisions]),
        ),
      );
    return rows.map(({ serviceType, ...r }) => ({
      ...r,
      what: types[serviceType]?.label ?? { zh: serviceType, en: serviceType },
      ref: { kind: 'enterprise', id: r.enterpriseId },
    }));
  },
};
