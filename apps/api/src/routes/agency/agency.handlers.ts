import { endpoints } from '@huiqi/contracts';
import { EVENT_KINDS, parameterAt, versionInForce } from '@huiqi/domain';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { withTx } from '../../db/client.js';
import {
  agencies,
  enterprises,
  serviceEventAttendees,
  serviceEvents,
  serviceRecords,
  users,
} from '../../db/schema.js';
import { conflict, notFound } from '../../lib/api-error.js';
import { auditBy } from '../../lib/audit-by.js';
import { serve, type AppRouteHandler } from '../../lib/endpoints.js';
import { newAccount, usernameTaken } from '../../lib/passwords.js';
import { insertAccount } from '../../lib/accounts.js';
import { enterpriseMatches } from '../../lib/search.js';
import { endSessionsOf } from '../../lib/sessions.js';

const api = endpoints.agency;

const workerDto = (u: typeof users.$inferSelect) => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  agencyAdmin: u.agencyAdmin,
  disabled: u.disabled,
  createdAt: u.createdAt,
});

const lookup: AppRouteHandler<typeof api.lookup> = async (c) => {
  const { q } = c.req.valid('query');
  const rows = await c
    .get('deps')
    .db.select({
      id: enterprises.id,
      name: enterprises.name,
      creditCode: enterprises.creditCode,
      areaCode: enterprises.areaCode,
    })
    .from(enterprises)
    .where(enterpriseMatches(q))
    .orderBy(asc(enterprises.name))
    .limit(20);
  return c.json({ items: rows }, 200);
};

const targets: AppRouteHandler<typeof api.targets> = async (c) => {
  const user = c.get('user');
  const { year } = c.req.valid('query');
  const { db, policy } = c.get('deps');
  const [agency] = await db.select().from(agencies).where(eq(agencies.id, user.agencyId!));
  // Distinct enterprises per provision (the year's count) and per month (first service that month).
  const rows = await db
    .select({
      provision: serviceRecords.provision,
      enterpriseId: serviceRecords.enterpriseId,
      month: sql<number>`extract(month from ${serviceRecords.servedOn})::int`,
    })
    .from(serviceRecords)
    .where(
      and(
        eq(serviceRecords.agencyId, user.agencyId!),
        sql`extract(year from ${serviceRecords.servedOn})::int = ${year}`,
      ),
    );
  const version = versionInForce((await policy.get()).versions, `${year}-12-31`);
  const provisions = [...new Set(rows.map((r) => r.provision))].sort();
  const items = provisions.map((provision) => {
    const mine = rows.filter((r) => r.provision === provision);
    const firstMonth = new Map<string, number>();
    for (const r of mine)
      firstMonth.set(r.enterpriseId, Math.min(firstMonth.get(r.enterpriseId) ?? 13, r.month));
    const byMonth = Array.from(
      { length: 12 },
      (_, m) => [...firstMonth.values()].filter((x) => x === m + 1).length,
    );
    let target: number | null = null;
    try {
      target = Number(parameterAt(version, `${provision}.count`, `${year}-12-31`).value);
    } catch {
      target = null; // a provision without a count target (M9.2, M10.1…)
    }
    return { provision, target, served: firstMonth.size, records: mine.length, byMonth };
  });
  return c.json({ year, agency: { id: agency!.id, name: agency!.name, kind: agency!.kind }, items }, 200);
};

const createEvent: AppRouteHandler<typeof api.createEvent> = async (c) => {
  const user = c.get('user');
  const input = c.req.valid('json');
  const { db } = c.get('deps');
  const out = await withTx(db, async (tx) => {
    const [seen] = await tx
      .select()
      .from(serviceEvents)
      .where(and(eq(serviceEvents.agencyId, user.agencyId!), eq(serviceEvents.clientId, input.clientId)));
    if (seen) return { status: 200 as const, id: seen.id };
    const ids = [...new Set(input.enterpriseIds)];
    const found = await tx
      .select({ id: enterprises.id })
      .from(enterprises)
      .where(inArray(enterprises.id, ids));
    if (found.length !== ids.length) throw notFound({ zh: '参加企业', en: 'An attending enterprise' });
    const [row] = await tx
      .insert(serviceEvents)
      .values({
        agencyId: user.agencyId!,
        clientId: input.clientId,
        kind: input.kind,
        provision: EVENT_KINDS[input.kind].provision,
        title: input.title,
        heldOn: input.heldOn,
        place: input.place,
        createdBy: user.id,
      })
      .returning();
    await tx
      .insert(serviceEventAttendees)
      .values(ids.map((enterpriseId) => ({ eventId: row!.id, enterpriseId })));
    await auditBy(c, tx, {
      action: 'service-event.created',
      targetType: 'service-event',
      targetId: row!.id,
      after: input,
    });
    return { status: 201 as const, id: row!.id };
  });
  const [event] = await eventsOf(c.get('deps').db, user.agencyId!, out.id);
  return c.json(event!, out.status);
};

const events: AppRouteHandler<typeof api.events> = async (c) => {
  const user = c.get('user');
  return c.json({ items: await eventsOf(c.get('deps').db, user.agencyId!) }, 200);
};

const workers: AppRouteHandler<typeof api.workers> = async (c) => {
  const user = c.get('user');
  const rows = await c
    .get('deps')
    .db.select()
    .from(users)
    .where(eq(users.agencyId, user.agencyId!))
    .orderBy(asc(users.username));
  return c.json({ items: rows.map(workerDto) }, 200);
};

const addWorker: AppRouteHandler<typeof api.addWorker> = async (c) => {
  const user = c.get('user');
  const input = c.req.valid('json');
  const { db, env } = c.get('deps');
  const account = await newAccount(input, env);
  const row = await withTx(db, async (tx) => {
    const values = {
      ...account,
      role: 'agency' as const,
      agencyId: user.agencyId!,
      agencyAdmin: input.agencyAdmin,
    };
    return insertAccount(c, tx, values, 'agency.worker-added', workerDto);
  }).catch(usernameTaken(input.username));
  return c.json(workerDto(row), 201);
};

const disableWorker: AppRouteHandler<typeof api.disableWorker> = async (c) => {
  const user = c.get('user');
  const { id } = c.req.valid('param');
  if (id === user.id)
    throw conflict('CANNOT_CHANGE_SELF', '不能停用自己的账号。', 'You cannot disable your own account.');
  const row = await withTx(c.get('deps').db, async (tx) => {
    const [before] = await tx
      .select()
      .from(users)
      .where(and(eq(users.id, id), eq(users.agencyId, user.agencyId!)))
      .for('update');
    if (!before) throw notFound({ zh: '人员', en: 'The worker' });
    const [after] = await tx.update(users).set({ disabled: true }).where(eq(users.id, id)).returning();
    await endSessionsOf(tx, id);
    await auditBy(c, tx, {
      action: 'agency.worker-disabled',
      targetType: 'user',
      targetId: id,
      before: workerDto(before),
      after: workerDto(after!),
    });
    return after!;
  });
  return c.json(workerDto(row), 200);
};

const reportSyncErrors: AppRouteHandler<typeof api.reportSyncErrors> = async (c) => {
  const { errors } = c.req.valid('json');
  for (const e of errors) c.get('deps').metrics.stationSyncErrors(e.kind, e.code, e.count);
  return c.json({ counted: errors.reduce((n, e) => n + e.count, 0) }, 200);
};

async function eventsOf(db: Parameters<typeof withTx>[0], agencyId: string, id?: string) {
  const rows = await db
    .select()
    .from(serviceEvents)
    .where(and(eq(serviceEvents.agencyId, agencyId), id ? eq(serviceEvents.id, id) : undefined))
    .orderBy(desc(serviceEvents.heldOn))
    .limit(200);
  const att = rows.length
    ? await db
        .select({ eventId: serviceEventAttendees.eventId, id: enterprises.id, name: enterprises.name })
        .from(serviceEventAttendees)
        .innerJoin(enterprises, eq(enterprises.id, serviceEventAttendees.enterpriseId))
        .where(
          inArray(
            serviceEventAttendees.eventId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  return rows.map((r) => ({
    id: r.id,
    clientId: r.clientId,
    kind: r.kind,
    provision: r.provision,
    title: r.title,
    heldOn: r.heldOn,
    place: r.place,
    attendees: att.filter((a) => a.eventId === r.id).map((a) => ({ id: a.id, name: a.name })),
    createdAt: r.createdAt,
  }));
}

export const agencyRoutes = serve(api, {
  lookup,
  targets,
  createEvent,
  events,
  workers,
  addWorker,
  disableWorker,
  reportSyncErrors,
});
