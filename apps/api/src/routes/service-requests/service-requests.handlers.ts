import { endpoints } from '@huiqi/contracts';
import {
  REQUEST_CLOCK_STATES,
  REQUEST_KINDS,
  requestDueOn,
  requestDueStatus,
  requestHandleWithin,
  todayInChina,
} from '@huiqi/domain';
import { and, asc, desc, eq, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { withTx, type Db, type Tx } from '../../db/client.js';
import {
  agencies,
  enterprises,
  serviceRecords,
  serviceRequestAssignments,
  serviceRequestEvents,
  serviceRequests,
  users,
} from '../../db/schema.js';
import { conflict, notFound, unprocessable } from '../../lib/api-error.js';
import { auditBy } from '../../lib/audit-by.js';
import { versionOn } from '../../lib/claim-context.js';
import type { SessionUser } from '../../lib/context.js';
import { serve, type AppRouteHandler } from '../../lib/endpoints.js';
import type { PolicySnapshot, PolicyStore } from '../../lib/policy-store.js';
import { serviceRequestScope } from '../../lib/scope.js';

const api = endpoints.serviceRequests;

type Row = typeof serviceRequests.$inferSelect;
interface Joined {
  r: Row;
  name: string;
  areaCode: string;
  agencyName: string | null;
}
const REQUEST = { zh: '服务请求', en: 'The request' };
const AGENCY = { zh: '服务机构', en: 'The agency' };

const dto = ({ r, name, areaCode, agencyName }: Joined, today = todayInChina()) => ({
  id: r.id,
  enterpriseId: r.enterpriseId,
  enterpriseName: name,
  areaCode,
  kind: r.kind,
  provision: r.provision,
  title: r.title,
  description: r.description,
  status: r.status as 'open',
  agencyId: r.agencyId,
  agencyName,
  assignedOn: r.assignedOn,
  handleWorkingDays: r.handleWorkingDays,
  dueOn: r.dueOn,
  due: requestDueStatus(r.status, r.dueOn, today),
  outcome: r.outcome,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

/** Requests with their enterprise and current agency, as the list and every answer show them. */
const joined = (db: Db | Tx) =>
  db
    .select({
      r: serviceRequests,
      name: enterprises.name,
      areaCode: enterprises.areaCode,
      agencyName: agencies.name,
    })
    .from(serviceRequests)
    .innerJoin(enterprises, eq(enterprises.id, serviceRequests.enterpriseId))
    .leftJoin(agencies, eq(agencies.id, serviceRequests.agencyId));

async function one(db: Db | Tx, id: string) {
  const [row] = await joined(db).where(eq(serviceRequests.id, id));
  return dto(row!);
}

/**
 * The request for an official's change, locked, and only when it is in the caller's scope (a city's
 * own area, the region's all): another city's is 404, as if it were not there.
 */
async function lockInScope(tx: Tx, user: SessionUser, id: string) {
  const [inScope] = await tx
    .select({ id: serviceRequests.id })
    .from(serviceRequests)
    .innerJoin(enterprises, eq(enterprises.id, serviceRequests.enterpriseId))
    .where(and(eq(serviceRequests.id, id), serviceRequestScope(user)));
  if (!inScope) throw notFound(REQUEST);
  const [before] = await tx.select().from(serviceRequests).where(eq(serviceRequests.id, id)).for('update');
  return before!;
}

/** The working days for a request of this kind assigned today: given, or the provision's parameter. */
function daysFor(policy: PolicySnapshot, kind: string, today: string, given: number | undefined) {
  if (given !== undefined) return { days: given, parameterId: null };
  const p = requestHandleWithin(versionOn(policy, today), kind, today);
  return { days: Number(p.value), parameterId: p.id };
}

/**
 * Puts a request with an agency from today (an assignment or a reassignment): its clock restarts
 * with the working days given or the provision's, and the hand-over is kept in its history.
 */
async function assignTo(
  tx: Tx,
  before: Row,
  to: { agencyId: string; workingDays: number | undefined; fromAgencyId?: string | null; reason?: string },
  by: { snapshot: PolicySnapshot; today: string; userId: string },
) {
  const { days, parameterId } = daysFor(by.snapshot, before.kind, by.today, to.workingDays);
  const dueOn = requestDueOn(by.today, days);
  await tx
    .update(serviceRequests)
    .set({
      agencyId: to.agencyId,
      status: 'assigned',
      assignedOn: by.today,
      handleWorkingDays: days,
      dueOn,
      updatedAt: sql`now()`,
    })
    .where(eq(serviceRequests.id, before.id));
  await tx.insert(serviceRequestAssignments).values({
    requestId: before.id,
    agencyId: to.agencyId,
    fromAgencyId: to.fromAgencyId,
    assignedOn: by.today,
    workingDays: days,
    dueOn,
    reason: to.reason,
    createdBy: by.userId,
  });
  return { days, dueOn, parameterId };
}

const create: AppRouteHandler<typeof api.create> = async (c) => {
  const user = c.get('user');
  const input = c.req.valid('json');
  const { db } = c.get('deps');
  const id = await withTx(db, async (tx) => {
    const [e] = await tx.select().from(enterprises).where(eq(enterprises.id, user.enterpriseId!));
    const [row] = await tx
      .insert(serviceRequests)
      .values({
        ...input,
        provision: REQUEST_KINDS[input.kind].provision,
        enterpriseId: e!.id,
        createdBy: user.id,
      })
      .returning();
    await auditBy(c, tx, {
      action: 'service-request.created',
      targetType: 'service-request',
      targetId: row!.id,
      after: input,
    });
    return row!.id;
  });
  return c.json(await one(db, id), 201);
};

const list: AppRouteHandler<typeof api.list> = async (c) => {
  const user = c.get('user');
  const q = c.req.valid('query');
  const today = todayInChina();
  const where: (SQL | undefined)[] = [serviceRequestScope(user)];
  if (q.kind) where.push(eq(serviceRequests.kind, q.kind));
  if (q.status) where.push(eq(serviceRequests.status, q.status));
  const overdue = and(
    inArray(serviceRequests.status, [...REQUEST_CLOCK_STATES]),
    lt(serviceRequests.dueOn, today),
  )!;
  if (q.overdue === 'true') where.push(overdue);
  if (q.overdue === 'false') where.push(sql`not coalesce(${overdue}, false)`);
  const rows = await joined(c.get('deps').db)
    .where(and(...where))
    .orderBy(desc(serviceRequests.createdAt))
    .limit(500);
  return c.json({ items: rows.map((x) => dto(x, today)) }, 200);
};

const get: AppRouteHandler<typeof api.get> = async (c) => {
  const user = c.get('user');
  const { id } = c.req.valid('param');
  const { db } = c.get('deps');
  const [row] = await joined(db).where(and(eq(serviceRequests.id, id), serviceRequestScope(user)));
  if (!row) throw notFound(REQUEST);
  const [assignments, events, records] = await Promise.all([
    db
      .select({ a: serviceRequestAssignments, by: users.displayName })
      .from(serviceRequestAssignments)
      .innerJoin(users, eq(users.id, serviceRequestAssignments.createdBy))
      .where(eq(serviceRequestAssignments.requestId, id))
      .orderBy(asc(serviceRequestAssignments.createdAt)),
    db
      .select({ e: serviceRequestEvents, by: users.displayName })
      .from(serviceRequestEvents)
      .innerJoin(users, eq(users.id, serviceRequestEvents.createdBy))
      .where(eq(serviceRequestEvents.requestId, id))
      .orderBy(asc(serviceRequestEvents.createdAt)),
    db
      .select({ s: serviceRecords, agencyName: agencies.name })
      .from(serviceRecords)
      .innerJoin(agencies, eq(agencies.id, serviceRecords.agencyId))
      .where(eq(serviceRecords.requestId, id))
      .orderBy(asc(serviceRecords.servedOn), asc(serviceRecords.createdAt)),
  ]);
  const agencyIds = [
    ...new Set(assignments.flatMap((x) => [x.a.agencyId, x.a.fromAgencyId]).filter((x) => x !== null)),
  ];
  const names = new Map(
    (agencyIds.length
      ? await db
          .select({ id: agencies.id, name: agencies.name })
          .from(agencies)
          .where(inArray(agencies.id, agencyIds))
      : []
    ).map((a) => [a.id, a.name]),
  );
  const agencyOf = (agencyId: string) => ({ id: agencyId, name: names.get(agencyId)! });
  return c.json(
    {
      ...dto(row),
      assignments: assignments.map((x) => ({
        id: x.a.id,
        agency: agencyOf(x.a.agencyId),
        fromAgency: x.a.fromAgencyId ? agencyOf(x.a.fromAgencyId) : null,
        assignedOn: x.a.assignedOn,
        workingDays: x.a.workingDays,
        dueOn: x.a.dueOn,
        reason: x.a.reason,
        by: x.by,
        createdAt: x.a.createdAt,
      })),
      events: events.map((x) => ({
        id: x.e.id,
        kind: x.e.kind as 'accepted',
        note: x.e.note,
        by: x.by,
        createdAt: x.e.createdAt,
      })),
      records: records.map((x) => ({
        id: x.s.id,
        agencyName: x.agencyName,
        serviceType: x.s.serviceType,
        provision: x.s.provision,
        servedOn: x.s.servedOn,
        durationMinutes: x.s.durationMinutes,
        participants: x.s.participants,
        notes: x.s.notes,
      })),
    },
    200,
  );
};

/**
 * Who hands a request over to an agency, and from when under which policy: read before the
 * transaction (on PGlite a read inside would wait for it).
 */
async function handOverBy(policy: PolicyStore, user: SessionUser) {
  return { snapshot: await policy.get(), today: todayInChina(), userId: user.id };
}

/** The request an official hands over (in scope, locked) once the agency it goes to is known (404). */
async function lockForHandOver(tx: Tx, user: SessionUser, id: string, agencyId: string) {
  const before = await lockInScope(tx, user, id);
  const [agency] = await tx.select().from(agencies).where(eq(agencies.id, agencyId));
  if (!agency) throw notFound(AGENCY);
  return before;
}

const assign: AppRouteHandler<typeof api.assign> = async (c) => {
  const user = c.get('user');
  const { id } = c.req.valid('param');
  const { agencyId, workingDays } = c.req.valid('json');
  const { db, policy } = c.get('deps');
  const by = await handOverBy(policy, user);
  await withTx(db, async (tx) => {
    const before = await lockForHandOver(tx, user, id, agencyId);
    if (before.status !== 'open')
      throw conflict(
        'WRONG_STATE',
        '只有待分派的请求可以分派；已分派的请改派。',
        'Only open requests can be assigned; reassign one already assigned.',
      );
    const { days, dueOn, parameterId } = await assignTo(tx, before, { agencyId, workingDays }, by);
    await auditBy(c, tx, {
      action: 'service-request.assigned',
      targetType: 'service-request',
      targetId: id,
      before: { status: before.status, agencyId: null },
      after: { status: 'assigned', agencyId, workingDays: days, dueOn, parameterId },
    });
  });
  return c.json(await one(db, id), 200);
};

const reassign: AppRouteHandler<typeof api.reassign> = async (c) => {
  const user = c.get('user');
  const { id } = c.req.valid('param');
  const { agencyId, reason, workingDays } = c.req.valid('json');
  const { db, policy } = c.get('deps');
  const by = await handOverBy(policy, user);
  await withTx(db, async (tx) => {
    const before = await lockForHandOver(tx, user, id, agencyId);
    if (!(REQUEST_CLOCK_STATES as readonly string[]).includes(before.status))
      throw conflict(
        'WRONG_STATE',
        before.status === 'open' ? '该请求尚未分派：请先分派。' : '该请求已办结，不能改派。',
        before.status === 'open'
          ? 'The request is not assigned yet: assign it first.'
          : 'The request is closed: it cannot be reassigned.',
      );
    if (before.agencyId === agencyId)
      throw unprocessable(
        'SAME_AGENCY',
        '改派须选择另一家服务机构。',
        'Reassign to another agency than the one handling it.',
        { field: 'agencyId' },
      );
    const { days, dueOn, parameterId } = await assignTo(
      tx,
      before,
      { agencyId, workingDays, fromAgencyId: before.agencyId, reason },
      by,
    );
    await auditBy(c, tx, {
      action: 'service-request.reassigned',
      targetType: 'service-request',
      targetId: id,
      before: {
        status: before.status,
        agencyId: before.agencyId,
        workingDays: before.handleWorkingDays,
        dueOn: before.dueOn,
      },
      after: { status: 'assigned', agencyId, workingDays: days, dueOn, reason, parameterId },
    });
  });
  return c.json(await one(db, id), 200);
};

const act: AppRouteHandler<typeof api.act> = async (c) => {
  const user = c.get('user');
  const { id, step } = c.req.valid('param');
  const { note } = c.req.valid('json');
  // Each step is allowed from these states only: accept once, progress while in hand, close once.
  const FROM = {
    accept: ['assigned'],
    progress: ['in-progress'],
    close: ['assigned', 'in-progress'],
  } as const;
  const TO = { accept: 'in-progress', progress: 'in-progress', close: 'closed' } as const;
  const KIND = { accept: 'accepted', progress: 'progress', close: 'closed' } as const;
  const { db } = c.get('deps');
  await withTx(db, async (tx) => {
    const [before] = await tx
      .select()
      .from(serviceRequests)
      .where(and(eq(serviceRequests.id, id), eq(serviceRequests.agencyId, user.agencyId!)))
      .for('update');
    if (!before) throw notFound(REQUEST);
    if (!(FROM[step] as readonly string[]).includes(before.status)) {
      throw conflict(
        'WRONG_STATE',
        `该请求当前为“${before.status}”，不能执行此操作。`,
        `The request is ${before.status}: it cannot be ${step === 'accept' ? 'accepted' : step === 'close' ? 'closed' : 'updated'} now.`,
      );
    }
    await tx
      .update(serviceRequests)
      .set({ status: TO[step], ...(step === 'close' ? { outcome: note } : {}), updatedAt: sql`now()` })
      .where(eq(serviceRequests.id, id));
    await tx
      .insert(serviceRequestEvents)
      .values({ requestId: id, kind: KIND[step], note, createdBy: user.id });
    await auditBy(c, tx, {
      action: `service-request.${KIND[step]}`,
      targetType: 'service-request',
      targetId: id,
      before: { status: before.status },
      after: { status: TO[step], note },
    });
  });
  return c.json(await one(db, id), 200);
};

const events: AppRouteHandler<typeof api.events> = async (c) => {
  const user = c.get('user');
  const { id } = c.req.valid('param');
  const { db } = c.get('deps');
  const [r] = await db
    .select({ id: serviceRequests.id })
    .from(serviceRequests)
    .innerJoin(enterprises, eq(enterprises.id, serviceRequests.enterpriseId))
    .where(and(eq(serviceRequests.id, id), serviceRequestScope(user)));
  if (!r) throw notFound(REQUEST);
  const rows = await db
    .select({ e: serviceRequestEvents, by: users.displayName })
    .from(serviceRequestEvents)
    .innerJoin(users, eq(users.id, serviceRequestEvents.createdBy))
    .where(eq(serviceRequestEvents.requestId, id))
    .orderBy(asc(serviceRequestEvents.createdAt));
  return c.json(
    {
      items: rows.map((x) => ({
        id: x.e.id,
        kind: x.e.kind as 'accepted',
        note: x.e.note,
        by: x.by,
        createdAt: x.e.createdAt,
      })),
    },
    200,
  );
};

export const serviceRequestRoutes = serve(api, { create, list, get, assign, reassign, act, events });
