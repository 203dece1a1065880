import { policyRegistry } from '@huiqi/domain';
import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { adjudicationCases, enterprises } from '../../../db/schema.js';
import { counts, recordsOfYear } from '../../records/record-figures.js';
import type { Kind } from '../../records/record-kinds.js';
import type { ScorecardSource, SourceRecord } from './source.js';

/**
 * The record kinds the provisions declare (their `records`), as the scorecard counts them: each
 * kind is a figure of its provision (`recordKindFigure`), and this source answers its records of the
 * year with `figure` = the kind. The generic records (`provision_records`, the records page) count as
 * the records page counts them — verified where the kind is verified, only those matching its
 * `when` — with the `sum` field as the amount; a kind kept by its own flow (M9.3's adjudication
 * register) is read from its own table. In the unit `enterprises`, each enterprise a record is about
 * or lists (met at an event, attending) is a record of its own, in that enterprise's area, so the
 * figure counts distinct enterprises where they are; otherwise a record is in its own area, or
 * region-wide (null: the region's own record, in the region's figure only).
 */
export const recordsSource: ScorecardSource = {
  label: { zh: '各项措施的记录', en: 'Records of the measures' },
  async records(db, q) {
    const kinds = Object.values(policyRegistry(q.version).recordKinds).filter((k) =>
      q.provisions.includes(k.provision),
    );
    const [generic, flows] = await Promise.all([
      genericRecords(
        db,
        kinds.filter((k) => !k.flow),
        q.year,
      ),
      Promise.all(kinds.filter((k) => k.flow).map((k) => FLOWS[k.flow!]?.(db, k, q.year) ?? [])),
    ]);
    return [...generic, ...flows.flat()];
  },
};

const textOf = (kind: Kind, data: Record<string, unknown>) => {
  const f = kind.fields.find((x) => x.input === 'text' && typeof data[x.key] === 'string');
  return f ? String(data[f.key]) : '';
};

async function genericRecords(db: Db, kinds: Kind[], year: number): Promise<SourceRecord[]> {
  const rows = await recordsOfYear(db, kinds, year);
  const byId = new Map(kinds.map((k) => [k.id, k]));
  const counted = rows.filter((r) => counts(byId.get(r.kind)!, r));
  // The enterprises the records are about or list: their names, and their areas (where they count).
  const listedIn = (k: Kind, r: (typeof rows)[number]) =>
    [
      ...(r.enterpriseId ? [r.enterpriseId] : []),
      ...k.fields
        .filter((f) => f.input === 'enterprises')
        .flatMap((f) => (r.data[f.key] as string[] | undefined) ?? []),
    ].filter((id, i, all) => all.indexOf(id) === i);
  const ids = [...new Set(counted.flatMap((r) => listedIn(byId.get(r.kind)!, r)))];
  const known = new Map(
    ids.length
      ? (
          await db
            .select({ id: enterprises.id, name: enterprises.name, areaCode: enterprises.areaCode })
            .from(enterprises)
            .where(inArray(enterprises.id, ids))
        ).map((e) => [e.id, e])
      : [],
  );
  return counted.flatMap((r): SourceRecord[] => {
    const k = byId.get(r.kind)!;
    const title = textOf(k, r.data);
    const what = {
      zh: title ? `${k.label.zh}：${title}` : k.label.zh,
      en: title ? `${k.label.en}: ${title}` : k.label.en,
    };
    const base = {
      provision: r.provision,
      figure: k.id,
      date: String(r.data[k.dateField] ?? `${year}-12-31`),
      what,
      ref: { kind: 'record', id: r.id },
    };
    if (k.counts.unit === 'enterprises')
      return listedIn(k, r).flatMap((id) => {
        const e = known.get(id);
        return e
          ? [{ ...base, id: `${r.id}:${id}`, areaCode: e.areaCode, enterpriseId: id, enterpriseName: e.name }]
          : [];
      });
    const e = r.enterpriseId ? known.get(r.enterpriseId) : undefined;
    return [
      {
        ...base,
        id: r.id,
        areaCode: r.areaCode,
        enterpriseId: r.enterpriseId,
        enterpriseName: e?.name ?? null,
        amount: k.counts.sum ? String(r.data[k.counts.sum] ?? '0') : null,
      },
    ];
  });
}

/** Kinds kept by their own flow, read from their own tables (a flow not listed counts nothing yet). */
const FLOWS: Readonly<Record<string, (db: Db, kind: Kind, year: number) => Promise<SourceRecord[]>>> = {
  // M9.3: the requests received in the year, in the office's area.
  adjudication: async (db, kind, year) =>
    (
      await db
        .select({
          id: adjudicationCases.id,
          areaCode: adjudicationCases.areaCode,
          caseNo: adjudicationCases.caseNo,
          patentNumber: adjudicationCases.patentNumber,
          requester: adjudicationCases.requesterName,
          enterpriseId: adjudicationCases.requesterEnterpriseId,
          date: adjudicationCases.receivedOn,
        })
        .from(adjudicationCases)
        .where(sql`extract(year from ${adjudicationCases.receivedOn})::int = ${year}`)
    ).map(({ caseNo, patentNumber, requester, ...r }) => ({
      ...r,
      provision: kind.provision,
      figure: kind.id,
      enterpriseName: r.enterpriseId ? requester : null,
      what: {
        zh: `${caseNo}（${requester}，专利 ${patentNumber}）`,
        en: `${caseNo} (${requester}, patent ${patentNumber})`,
      },
      ref: { kind: 'adjudication-case', id: r.id },
    })),
};
