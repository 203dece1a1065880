import {
  parameterAt,
  policyRegistry,
  scorecardFigure,
  versionInForce,
  type PolicyVersion,
  type ScorecardEntry,
} from '@huiqi/domain';
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { claims, disbursements, enterprises, serviceRecords } from '../../db/schema.js';
import { notFound } from '../../lib/api-error.js';
import type { SessionUser } from '../../lib/context.js';
import type { PolicySnapshot } from '../../lib/policy-store.js';
import { DECIDED } from '../../lib/claim-context.js';
import { SCORECARD_SOURCES, type SourceRecord } from './sources/index.js';

/**
 * M13.1 for a year, derived from the registry: per area, claims made, money granted (decided) and
 * paid (payments less clawbacks), services recorded and distinct enterprises served; then every
 * figure every provision declares (its module's `scorecard`), counted from the record sources it
 * names, against its target or floor with the clause's words, met or not by its rule. A city admin
 * sees its own area's columns; the figures' goals stay regional (that is what they are).
 */
export async function buildScorecard(db: Db, user: SessionUser, policy: PolicySnapshot, fundingYear: number) {
  return (await scorecardWithRecords(db, user, policy, fundingYear)).card;
}

/** The scorecard and, for the workbook, each figure's records in the caller's areas. */
export async function scorecardWithRecords(
  db: Db,
  user: SessionUser,
  policy: PolicySnapshot,
  fundingYear: number,
) {
  const version = versionInForce(policy.versions, endOfYear(fundingYear));
  const yearOf = sql`extract(year from ${serviceRecords.servedOn})::int`;
  const [claimed, paid, services] = await Promise.all([
    db
      .select({
        areaCode: claims.areaCode,
        claims: sql<number>`count(*) filter (where ${claims.status} not in ('draft','withdrawn'))::int`,
        granted: sql<string>`coalesce(sum(${claims.approvedAmount}) filter (where ${inArray(claims.status, DECIDED)}), 0)::numeric(18,2)::text`,
      })
      .from(claims)
      .where(eq(claims.fundingYear, fundingYear))
      .groupBy(claims.areaCode),
    db
      .select({
        areaCode: claims.areaCode,
        paid: sql<string>`coalesce(sum(${disbursements.amount}), 0)::numeric(18,2)::text`,
      })
      .from(disbursements)
      .innerJoin(claims, eq(claims.id, disbursements.claimId))
      .where(eq(claims.fundingYear, fundingYear))
      .groupBy(claims.areaCode),
    db
      .select({
        areaCode: enterprises.areaCode,
        services: sql<number>`count(*)::int`,
        served: sql<number>`count(distinct ${serviceRecords.enterpriseId})::int`,
      })
      .from(serviceRecords)
      .innerJoin(enterprises, eq(enterprises.id, serviceRecords.enterpriseId))
      .where(sql`${yearOf} = ${fundingYear}`)
      .groupBy(enterprises.areaCode),
  ]);

  // A region-wide record (no area) is in the region's figure, which every official sees.
  const visible = (area: string | null) =>
    area === null || user.role !== 'city-admin' || user.areaCode === area;
  const areas = version.areas
    .filter((a) => visible(a.code))
    .map((a) => ({
      areaCode: a.code as string,
      claims: claimed.find((r) => r.areaCode === a.code)?.claims ?? 0,
      granted: claimed.find((r) => r.areaCode === a.code)?.granted ?? '0.00',
      paid: paid.find((r) => r.areaCode === a.code)?.paid ?? '0.00',
      services: services.find((r) => r.areaCode === a.code)?.services ?? 0,
      enterprisesServed: services.find((r) => r.areaCode === a.code)?.served ?? 0,
    }));

  const rows = await figureRows(db, version, fundingYear);
  const visibleAreas = version.areas.filter((a) => visible(a.code));
  const measures = rows.map(({ entry, records }) => {
    const { provision, figure } = entry;
    const goal = figure.goal
      ? parameterAt(version, `${provision}.${figure.goal}`, endOfYear(fundingYear))
      : null;
    const tolerance = figure.tolerance
      ? parameterAt(version, `${provision}.${figure.tolerance}`, endOfYear(fundingYear)).value
      : null;
    const row = scorecardFigure(figure, records, version.areas, goal?.value ?? null, tolerance);
    return {
      provision,
      measure: entry.measure,
      title: entry.title,
      figure: figure.id,
      label: figure.label,
      unit: figure.unit,
      rule: figure.met,
      goal: row.region.goal,
      goalWords: goal?.reference ?? null,
      goalSource: goal?.source ?? null,
      tolerance,
      value: row.region.value,
      records: row.region.records,
      ratio: row.region.ratio,
      met: row.region.met,
      remaining: row.region.remaining,
      areas: row.areas.filter((a) => visible(a.areaCode)),
    };
  });
  const registry = policyRegistry(version);
  const card = {
    fundingYear,
    areaCodes: visibleAreas.map((a) => a.code),
    areas,
    measures,
    untracked: [
      ...registry.untracked.map((u) => ({
        provision: u.id,
        measure: u.measure,
        title: u.title,
        figure: null,
      })),
      ...splitByRegistered(registry.scorecardFigures).waiting.map((e) => ({
        provision: e.provision,
        measure: e.measure,
        title: e.title,
        figure: e.figure.label,
      })),
    ].sort((a, b) => a.measure - b.measure),
  };
  return {
    card,
    records: rows.map(({ entry, records }) => ({
      entry,
      records: records.filter((r) => visible(r.areaCode)),
    })),
  };
}

const endOfYear = (year: number) => `${year}-12-31`;

/**
 * Each figure the version's provisions declare, with its records of the year: every record source
 * is asked once, for all the provisions naming it.
 */
async function figureRows(db: Db, version: PolicyVersion<unknown>, year: number) {
  const { ready } = splitByRegistered(policyRegistry(version).scorecardFigures);
  const wanted = new Map<string, Set<string>>();
  for (const e of ready)
    for (const s of e.figure.sources) wanted.set(s, (wanted.get(s) ?? new Set()).add(e.provision));
  const fetched = new Map(
    await Promise.all(
      [...wanted].map(
        async ([name, provisions]) =>
          [
            name,
            await SCORECARD_SOURCES[name]!.records(db, { provisions: [...provisions], year, version }),
          ] as const,
      ),
    ),
  );
  return ready.map((entry) => ({
    entry,
    records: entry.figure.sources.flatMap((s) => fetched.get(s)!.filter((r) => belongs(r, entry))),
  }));
}

/** A record counts for a figure of its provision (and, when the source says which figure, that one). */
const belongs = (r: SourceRecord, e: ScorecardEntry) =>
  r.provision === e.provision && (r.figure === undefined || r.figure === e.figure.id);

/**
 * Figures whose record sources are all registered, and those waiting for one (a record kind declared
 * before the feature that keeps its records has landed): these are listed as not yet recorded.
 */
function splitByRegistered(entries: readonly ScorecardEntry[]) {
  const ok = (e: ScorecardEntry) => e.figure.sources.every((s) => s in SCORECARD_SOURCES);
  return { ready: entries.filter(ok), waiting: entries.filter((e) => !ok(e)) };
}

/** The page size of a drill-down: a figure's records, most recent first. */
export const DRILL_LIMIT = 500;

/**
 * The records behind one figure of the scorecard, in the caller's scope (a city sees its own
 * area's; another area answers 404), most recent first.
 */
export async function figureRecords(
  db: Db,
  user: SessionUser,
  policy: PolicySnapshot,
  q: { fundingYear: number; provision: string; figure: string; areaCode?: string | undefined },
) {
  const version = versionInForce(policy.versions, endOfYear(q.fundingYear));
  const entry = splitByRegistered(policyRegistry(version).scorecardFigures).ready.find(
    (e) => e.provision === q.provision && e.figure.id === q.figure,
  );
  if (!entry) throw notFound({ zh: '该指标', en: 'The figure' });
  const own = user.role === 'city-admin' ? user.areaCode : undefined;
  if (q.areaCode && !version.areas.some((a) => a.code === q.areaCode))
    throw notFound({ zh: '地区', en: 'The area' });
  if (own && q.areaCode && q.areaCode !== own) throw notFound({ zh: '地区', en: 'The area' });
  const area = q.areaCode ?? own;
  const known = new Set(version.areas.map((a) => a.code));
  const records = (
    await Promise.all(
      entry.figure.sources.map((s) =>
        SCORECARD_SOURCES[s]!.records(db, { provisions: [entry.provision], year: q.fundingYear, version }),
      ),
    )
  )
    .flat()
    .filter(
      (r) =>
        belongs(r, entry) && (r.areaCode === null || known.has(r.areaCode)) && (!area || r.areaCode === area),
    )
    .sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? 1 : -1));
  return {
    provision: entry.provision,
    figure: entry.figure.id,
    unit: entry.figure.unit,
    areaCode: area ?? null,
    total: records.length,
    truncated: records.length > DRILL_LIMIT,
    items: records.slice(0, DRILL_LIMIT).map((r) => ({
      id: r.id,
      areaCode: r.areaCode,
      date: r.date,
      enterpriseId: r.enterpriseId ?? null,
      enterpriseName: r.enterpriseName,
      what: r.what,
      amount: r.amount ?? null,
      score: r.score ?? null,
      ref: r.ref,
    })),
  };
}
