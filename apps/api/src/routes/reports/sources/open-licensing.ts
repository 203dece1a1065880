import { and, eq, inArray, sql } from 'drizzle-orm';
import { enterprises, licenceInterests, licenceOffers } from '../../../db/schema.js';
import type { ScorecardSource } from './source.js';

/**
 * M5.2 open licensing: the patents offered in the year (figure `offers`, one record an offer, placed
 * in the area it is listed under — the licensor enterprise's, the recording city's or the one the
 * region names), and the licences concluded through the platform in the year (figure
 * `licences`, by the concluded date, in the licensee's area). What the clause asks is that licences
 * flow (畅通流转渠道): the licences concluded are the outcome, the offers what the platform lists.
 */
export const openLicensingSource: ScorecardSource = {
  label: { zh: '专利开放许可与经平台达成的许可', en: 'Open licence offers and licences concluded' },
  async records(db, q) {
    const [offers, licences] = await Promise.all([
      db
        .select({
          id: licenceOffers.id,
          provision: licenceOffers.provision,
          areaCode: licenceOffers.areaCode,
          enterpriseId: licenceOffers.licensorEnterpriseId,
          licensorName: licenceOffers.licensorName,
          patentNumber: licenceOffers.patentNumber,
          patentTitle: licenceOffers.patentTitle,
          date: sql<string>`to_char(${licenceOffers.createdAt} at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`,
        })
        .from(licenceOffers)
        .where(and(eq(licenceOffers.year, q.year), inArray(licenceOffers.provision, [...q.provisions]))),
      db
        .select({
          id: licenceInterests.id,
          provision: licenceOffers.provision,
          areaCode: licenceInterests.areaCode,
          enterpriseId: licenceInterests.enterpriseId,
          enterpriseName: enterprises.name,
          patentNumber: licenceOffers.patentNumber,
          licensorName: licenceOffers.licensorName,
          fee: licenceInterests.fee,
          date: sql<string>`to_char(${licenceInterests.concludedOn}, 'YYYY-MM-DD')`,
        })
        .from(licenceInterests)
        .innerJoin(licenceOffers, eq(licenceOffers.id, licenceInterests.offerId))
        .innerJoin(enterprises, eq(enterprises.id, licenceInterests.enterpriseId))
        .where(
          and(
            eq(licenceInterests.status, 'concluded'),
            sql`extract(year from ${licenceInterests.concludedOn})::int = ${q.year}`,
            inArray(licenceOffers.provision, [...q.provisions]),
          ),
        ),
    ]);
    return [
      ...offers.map(({ licensorName, patentNumber, patentTitle, ...r }) => ({
        ...r,
        enterpriseName: r.enterpriseId ? licensorName : null,
        figure: 'offers',
        what: {
          zh: `${licensorName}开放许可专利 ${patentNumber}（${patentTitle}）`,
          en: `${licensorName} offers patent ${patentNumber} (${patentTitle}) for open licence`,
        },
        ref: { kind: 'licence-offer', id: r.id },
      })),
      ...licences.map(({ licensorName, patentNumber, fee, ...r }) => ({
        ...r,
        figure: 'licences',
        amount: fee,
        what: {
          zh: `获得${licensorName}专利 ${patentNumber} 的许可（许可使用费 ${fee} 元）`,
          en: `Licence of patent ${patentNumber} from ${licensorName} (fee ${fee} yuan)`,
        },
        ref: { kind: 'licence-interest', id: r.id },
      })),
    ];
  },
};
