import { AREAS, parameterAt, policyRegistry, scorecard as domainScorecard, versionInForce } from '@huiqi/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { applications, countQuotas, disbursements, enterprises, quotaMembers, serviceRecords } from '../../db/schema.js';
import type { SessionUser } from '../../lib/context.js';
import type { PolicySnapshot } from '../../lib/policy-store.js';
import { DECIDED } from '../../lib/claim-context.js';


/**
 * M13.1 for a year: per area, claims made, money granted (decided) and paid (payments less
 * clawbacks), services recorded by agencies and distinct enterprises served; per count measure,
 * distinct enterprises counted (quota members and agencies' service records) against the target.
 * A city admin sees its own area's row; the measures stay regional (that is what they are).
 */
export async function buildScorecard(db: Db, user: SessionUser, policy: PolicySnapshot, fundingYear: number) {
  // The count measures and the kind of each, from the version in force in the year.
  const version = versionInForce(policy.versions, `${fundingYear}-12-31`);
  const countMeasures = policyRegistry(version).countMeasures;
  const COUNT_MEASURES = countMeasures.map((m) => m.id);
  const yearOf = sql`extract(year from ${serviceRecords.servedOn})::int`;
  const [claims, paid, services, quotaRows, serviceRows] = await Promise.all([
    db
      .select({
        areaCode: applications.areaCode,
        claims: sql<number>`count(*) filter (where ${applications.status} not in ('draft','withdrawn'))::int`,
        granted: sql<string>`coalesce(sum(${applications.approvedAmount}) filter (where ${inArray(applications.status, DECIDED)}), 0)::numeric(18,2)::text`,
      })
      .from(applications)
      .where(eq(applications.fundingYear, fundingYear))
      .groupBy(applications.areaCode),
    db
      .select({ areaCode: applications.areaCode, paid: sql<string>`coalesce(sum(${disbursements.amount}), 0)::numeric(18,2)::text` })
      .from(disbursements)
      .innerJoin(applications, eq(applications.id, disbursements.applicationId))
      .where(eq(applications.fundingYear, fundingYear))
      .groupBy(applications.areaCode),
    db
      .select({ areaCode: enterprises.areaCode, services: sql<number>`count(*)::int`, served: sql<number>`count(distinct ${serviceRecords.enterpriseId})::int` })
      .from(serviceRecords)
      .innerJoin(enterprises, eq(enterprises.id, serviceRecords.enterpriseId))
      .where(sql`${yearOf} = ${fundingYear}`)
      .groupBy(enterprises.areaCode),
    db
      .select({ provision: countQuotas.provision, areaCode: enterprises.areaCode, enterpriseId: quotaMembers.enterpriseId })
      .from(quotaMembers)
      .innerJoin(countQuotas, eq(countQuotas.id, quotaMembers.quotaId))
      .innerJoin(enterprises, eq(enterprises.id, quotaMembers.enterpriseId))
      .where(and(eq(countQuotas.year, fundingYear), inArray(countQuotas.provision, COUNT_MEASURES))),
    db
      .selectDistinct({ provision: serviceRecords.provision, areaCode: enterprises.areaCode, enterpriseId: serviceRecords.enterpriseId })
      .from(serviceRecords)
      .innerJoin(enterprises, eq(enterprises.id, serviceRecords.enterpriseId))
      .where(and(sql`${yearOf} = ${fundingYear}`, inArray(serviceRecords.provision, COUNT_MEASURES))),
  ]);

  const visible = (area: string) => user.role !== 'city-admin' || user.areaCode === area;
  const areas = AREAS.filter((a) => visible(a.code)).map((a) => ({
    areaCode: a.code as string,
    claims: claims.find((r) => r.areaCode === a.code)?.claims ?? 0,
    granted: claims.find((r) => r.areaCode === a.code)?.granted ?? '0.00',
    paid: paid.find((r) => r.areaCode === a.code)?.paid ?? '0.00',
    services: services.find((r) => r.areaCode === a.code)?.services ?? 0,
    enterprisesServed: services.find((r) => r.areaCode === a.code)?.served ?? 0,
  }));

  // Distinct enterprises per measure and area: counted once whether enrolled or served.
  const inputs = countMeasures.map(({ id: provision, kind }) => {
    const seen = new Map<string, Set<string>>();
    for (const r of [...quotaRows, ...serviceRows].filter((x) => x.provision === provision)) {
      if (!seen.has(r.areaCode)) seen.set(r.areaCode, new Set());
      seen.get(r.areaCode)!.add(r.enterpriseId);
    }
    const target = Number(parameterAt(version, `${provision}.count`, `${fundingYear}-12-31`).value ?? 0);
    const tolerance = kind === 'count-approx' ? (parameterAt(version, `${provision}.tolerance`, `${fundingYear}-12-31`).value ?? undefined) : undefined;
    return { provision, kind, target, ...(tolerance ? { tolerance } : {}), byArea: Object.fromEntries([...seen].map(([area, set]) => [area, set.size])) };
  });
  const measures = domainScorecard(inputs).map((row, i) => ({
    provision: row.provision,
    title: countMeasures[i]!.title,
    counts: countMeasures[i]!.counts,
    kind: inputs[i]!.kind,
    target: inputs[i]!.target,
    achieved: row.region.achieved,
    met: row.region.met,
    areas: row.areas.filter((a) => visible(a.area)).map((a) => ({ areaCode: a.area as string, achieved: a.achieved, share: a.share })),
  }));
  return { fundingYear, areas, measures };
}
