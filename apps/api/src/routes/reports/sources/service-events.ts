import { and, eq, inArray, sql } from 'drizzle-orm';
import { agencies, serviceEvents } from '../../../db/schema.js';
import type { ScorecardSource } from './source.js';

/** Matchmaking and campaign events agencies held in the year, in the agency's area. */
export const serviceEventsSource: ScorecardSource = {
  label: { zh: '对接、宣传活动', en: 'Events' },
  async records(db, q) {
    const rows = await db
      .select({
        id: serviceEvents.id,
        provision: serviceEvents.provision,
        areaCode: agencies.areaCode,
        title: serviceEvents.title,
        place: serviceEvents.place,
        agency: agencies.name,
        date: serviceEvents.heldOn,
      })
      .from(serviceEvents)
      .innerJoin(agencies, eq(agencies.id, serviceEvents.agencyId))
      .where(
        and(
          sql`extract(year from ${serviceEvents.heldOn})::int = ${q.year}`,
          inArray(serviceEvents.provision, [...q.provisions]),
        ),
      );
    return rows.map(({ title, place, agency, ...r }) => ({
      ...r,
      enterpriseId: null,
      enterpriseName: null,
      what: { zh: `${title}（${place}，${agency}）`, en: `${title} (${place}, ${agency})` },
      ref: { kind: 'service-event', id: r.id },
    }));
  },
};
