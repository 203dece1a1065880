import { and, eq, inArray, sql } from 'drizzle-orm';
import { enterprises, serviceRequests } from '../../../db/schema.js';
import type { ScorecardSource } from './source.js';

/** What enterprises asked for in the year (China time): case leads, assistance, coaching, trademark help. */
export const serviceRequestsSource: ScorecardSource = {
  label: { zh: '企业提出的请求', en: 'Requests from enterprises' },
  async records(db, q) {
    const day = sql<string>`to_char(${serviceRequests.createdAt} at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`;
    const rows = await db
      .select({
        id: serviceRequests.id,
        provision: serviceRequests.provision,
        areaCode: enterprises.areaCode,
        enterpriseId: serviceRequests.enterpriseId,
        enterpriseName: enterprises.name,
        title: serviceRequests.title,
        date: day,
      })
      .from(serviceRequests)
      .innerJoin(enterprises, eq(enterprises.id, serviceRequests.enterpriseId))
      .where(
        and(
          sql`extract(year from ${serviceRequests.createdAt} at time zone 'Asia/Shanghai')::int = ${q.year}`,
          inArray(serviceRequests.provision, [...q.provisions]),
        ),
      );
    return rows.map(({ title, ...r }) => ({
      ...r,
      what: { zh: title, en: title },
      ref: { kind: 'enterprise', id: r.enterpriseId },
    }));
  },
};
