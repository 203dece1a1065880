import { endpoints } from '@huiqi/contracts';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { agencies, enterprises, serviceEventAttendees, serviceEvents } from '../../db/schema.js';
import { serve, type AppRouteHandler } from '../../lib/endpoints.js';

const api = endpoints.serviceEvents;

const list: AppRouteHandler<typeof api.list> = async (c) => {
  const user = c.get('user');
  const { year, provision } = c.req.valid('query');
  const { db } = c.get('deps');
  const city = user.role === 'city-admin' ? user.areaCode! : null;
  // A city's events: run by one of its agencies, or attended by one of its enterprises.
  const inCity = city
    ? sql`(${agencies.areaCode} = ${city} or exists (select 1 from ${serviceEventAttendees} a join ${enterprises} e on e.id = a.enterprise_id where a.event_id = ${serviceEvents.id} and e.area_code = ${city}))`
    : undefined;
  const rows = await db
    .select({ e: serviceEvents, agency: agencies })
    .from(serviceEvents)
    .innerJoin(agencies, eq(agencies.id, serviceEvents.agencyId))
    .where(
      and(
        sql`extract(year from ${serviceEvents.heldOn})::int = ${year}`,
        provision ? eq(serviceEvents.provision, provision) : undefined,
        inCity,
      ),
    )
    .orderBy(desc(serviceEvents.heldOn), desc(serviceEvents.createdAt));
  const attendees = rows.length
    ? await db
        .select({
          eventId: serviceEventAttendees.eventId,
          id: enterprises.id,
          name: enterprises.name,
          areaCode: enterprises.areaCode,
        })
        .from(serviceEventAttendees)
        .innerJoin(enterprises, eq(enterprises.id, serviceEventAttendees.enterpriseId))
        .where(
          inArray(
            serviceEventAttendees.eventId,
            rows.map((r) => r.e.id),
          ),
        )
        .orderBy(enterprises.name)
    : [];
  const visible = (a: { areaCode: string }) => !city || a.areaCode === city;
  const items = rows.map(({ e, agency }) => {
    const all = attendees.filter((a) => a.eventId === e.id);
    return {
      id: e.id,
      kind: e.kind,
      provision: e.provision,
      title: e.title,
      heldOn: e.heldOn,
      place: e.place,
      agency: { id: agency.id, name: agency.name, areaCode: agency.areaCode },
      attendance: all.length,
      attendees: all.filter(visible).map(({ id, name, areaCode }) => ({ id, name, areaCode })),
    };
  });
  const provisions = [...new Set(items.map((i) => i.provision))].sort();
  const totals = provisions.map((p) => {
    const mine = items.filter((i) => i.provision === p);
    return {
      provision: p,
      events: mine.length,
      enterprises: new Set(mine.flatMap((i) => i.attendees.map((a) => a.id))).size,
    };
  });
  return c.json({ year, items, totals }, 200);
};

export const serviceEventRoutes = serve(api, { list });
