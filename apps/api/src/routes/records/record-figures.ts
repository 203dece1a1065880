import { AREAS, Money, parameterAt, versionInForce } from '@huiqi/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { enterprises, provisionRecords } from '../../db/schema.js';
import type { SessionUser } from '../../lib/context.js';
import type { PolicySnapshot } from '../../lib/policy-store.js';
import { recordKindsAt, type Kind } from './record-kinds.js';

/** Whether a record counts: verified where its kind is verified, closed where its date comes at closing. */
export function counts(
  kind: Kind,
  r: { data: Record<string, unknown>; verification: string | null },
): boolean {
  if (kind.verifiedBy && r.verification !== 'verified') return false;
  if (kind.counts.when && r.data[kind.counts.when.field] !== kind.counts.when.equals) return false;
  return true;
}

/** The generic records of some kinds placed in a year (by each kind's date field). */
export async function recordsOfYear(db: Db, kinds: readonly Kind[], year: number) {
  if (!kinds.length) return [];
  return db
    .select({
      id: provisionRecords.id,
      kind: provisionRecords.kind,
      provision: provisionRecords.provision,
      enterpriseId: provisionRecords.enterpriseId,
      areaCode: provisionRecords.areaCode,
      data: provisionRecords.data,
      verification: provisionRecords.verification,
    })
    .from(provisionRecords)
    .where(
      and(
        eq(provisionRecords.year, year),
        inArray(
          provisionRecords.kind,
          kinds.map((k) => k.id),
        ),
      ),
    );
}

/**
 * What every record kind of the year's version counts (its `counts`: unit, summed field, target,
 * filter), for the region and per area. Distinct enterprises are counted once each (an enterprise
 * met at two events is one), in the area of the enterprise; other units in the record's area
 * (null: region-wide). A city admin sees its own area's figure beside the region's.
 */
export async function buildRecordFigures(db: Db, user: SessionUser, policy: PolicySnapshot, year: number) {
  const end = `${year}-12-31`;
  const version = versionInForce(policy.versions, end);
  const kinds = Object.values(recordKindsAt(policy, end)).filter((k) => !k.flow);
  const rows = await recordsOfYear(db, kinds, year);
  // Enterprises listed in records (met at events) are counted in their own area.
  const listed = new Set<string>();
  for (const k of kinds)
    for (const f of k.fields.filter((x) => x.input === 'enterprises'))
      for (const r of rows.filter((x) => x.kind === k.id))
        for (const id of (r.data[f.key] as string[] | undefined) ?? []) listed.add(id);
  const areaOf = new Map(
    listed.size
      ? (
          await db
            .select({ id: enterprises.id, areaCode: enterprises.areaCode })
            .from(enterprises)
            .where(inArray(enterprises.id, [...listed]))
        ).map((e) => [e.id, e.areaCode])
      : [],
  );
  const visible = (area: string | null) =>
    user.role !== 'city-admin' || area === null || area === user.areaCode;
  const areaCodes: (string | null)[] = [...AREAS.map((a) => a.code as string), null];

  return kinds.map((kind) => {
    const mine = rows.filter((r) => r.kind === kind.id);
    const counted = mine.filter((r) => counts(kind, r));
    const figureOf = (area: string | null | undefined): string => {
      const inArea = (a: string | null) => area === undefined || a === area;
      switch (kind.counts.unit) {
        case 'CNY':
          return Money.sum(
            counted.filter((r) => inArea(r.areaCode)).map((r) => String(r.data[kind.counts.sum!])),
          ).toString();
        case 'enterprises': {
          const ids = new Set<string>();
          for (const r of counted) {
            if (r.enterpriseId && inArea(r.areaCode)) ids.add(r.enterpriseId);
            for (const f of kind.fields.filter((x) => x.input === 'enterprises'))
              for (const id of (r.data[f.key] as string[] | undefined) ?? [])
                if (inArea(areaOf.get(id) ?? null)) ids.add(id);
          }
          return String(ids.size);
        }
        default:
          return String(counted.filter((r) => inArea(r.areaCode)).length);
      }
    };
    const target = kind.counts.target
      ? parameterAt(version, `${kind.provision}.${kind.counts.target}`, end).value
      : null;
    const figure = figureOf(undefined);
    return {
      kind: kind.id,
      provision: kind.provision,
      unit: kind.counts.unit,
      figure,
      target,
      met: target === null ? null : Money.of(figure).compare(target) >= 0,
      byArea: areaCodes
        .filter(visible)
        .map((areaCode) => ({ areaCode, figure: figureOf(areaCode) }))
        .filter((a) => a.areaCode !== null || (a.figure !== '0' && a.figure !== '0.00')),
      records: mine.filter((r) => visible(r.areaCode)).length,
    };
  });
}
