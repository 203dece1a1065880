import { REQUEST_KINDS } from '@huiqi/domain';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { withTx } from '../../db/client.js';
import { agencies, enterprises, serviceRequestEvents, serviceRequests, users } from '../../db/schema.js';
import { conflict, notFound } from '../../lib/api-error.js';
import { audit } from '../../lib/audit.js';
import { actorOf, requireUser } from '../../lib/context.js';
import { router } from '../../lib/openapi.js';
import { serviceRequestScope } from '../../lib/scope.js';
import {
  actOnRequest,
  assignRequest,
  createRequest,
  listRequestEvents,
  listRequests,
} from './service-requests.routes.js';

type Row = typeof serviceRequests.$inferSelect;
const dto = (r: Row, enterpriseName: string) => ({
  id: r.id,
  enterpriseId: r.enterpriseId,
  enterpriseName,
  kind: r.kind,
  provision: r.provision,
  title: r.title,
  description: r.description,
  status: r.status as 'open',
  agencyId: r.agencyId,
  outcome: r.outcome,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

export const serviceRequestRoutes = router()
  .openapi(createRequest, async (c) => {
    const user = requireUser(c, 'enterprise');
    const input = c.req.valid('json');
    const { db } = c.get('deps');
    const out = await withTx(db, async (tx) => {
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
      await audit(tx, {
        ...actorOf(c),
        action: 'service-request.created',
        targetType: 'service-request',
        targetId: row!.id,
        after: input,
      });
      return dto(row!, e!.name);
    });
    return c.json(out, 201);
  })
  .openapi(listRequests, async (c) => {
    const user = requireUser(c);
    const rows = await c
      .get('deps')
      .db.select({ r: serviceRequests, name: enterprises.name })
      .from(serviceRequests)
      .innerJoin(enterprises, eq(enterprises.id, serviceRequests.enterpriseId))
      .where(serviceRequestScope(user))
      .orderBy(desc(serviceRequests.createdAt))
      .limit(500);
    return c.json({ items: rows.map((x) => dto(x.r, x.name)) }, 200);
  })
  .openapi(assignRequest, async (c) => {
    requireUser(c, 'region-admin');
    const { id } = c.req.valid('param');
    const { agencyId } = c.req.valid('json');
    const out = await withTx(c.get('deps').db, async (tx) => {
      const [agency] = await tx.select().from(agencies).where(eq(agencies.id, agencyId));
      if (!agency) throw notFound({ zh: '服务机构', en: 'The agency' });
      const [before] = await tx
        .select()
        .from(serviceRequests)
        .where(eq(serviceRequests.id, id))
        .for('update');
      if (!before) throw notFound({ zh: '服务请求', en: 'The request' });
      if (before.status !== 'open')
        throw conflict('WRONG_STATE', '只有待分派的请求可以分派。', 'Only open requests can be assigned.');
      const [row] = await tx
        .update(serviceRequests)
        .set({ agencyId, status: 'assigned', updatedAt: sql`now()` })
        .where(and(eq(serviceRequests.id, id)))
        .returning();
      const [e] = await tx
        .select({ name: enterprises.name })
        .from(enterprises)
        .where(eq(enterprises.id, row!.enterpriseId));
      await audit(tx, {
        ...actorOf(c),
        action: 'service-request.assigned',
        targetType: 'service-request',
        targetId: id,
        before: { status: before.status },
        after: { status: 'assigned', agencyId },
      });
      return dto(row!, e!.name);
    });
    return c.json(out, 200);
  })
  .openapi(actOnRequest, async (c) => {
    const user = requireUser(c, 'agency');
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
    const out = await withTx(c.get('deps').db, async (tx) => {
      const [before] = await tx
        .select()
        .from(serviceRequests)
        .where(and(eq(serviceRequests.id, id), eq(serviceRequests.agencyId, user.agencyId!)))
        .for('update');
      if (!before) throw notFound({ zh: '服务请求', en: 'The request' });
      if (!(FROM[step] as readonly string[]).includes(before.status)) {
        throw conflict(
          'WRONG_STATE',
          `该请求当前为“${before.status}”，不能执行此操作。`,
          `The request is ${before.status}: it cannot be ${step === 'accept' ? 'accepted' : step === 'close' ? 'closed' : 'updated'} now.`,
        );
      }
      const [row] = await tx
        .update(serviceRequests)
        .set({ status: TO[step], ...(step === 'close' ? { outcome: note } : {}), updatedAt: sql`now()` })
        .where(eq(serviceRequests.id, id))
        .returning();
      await tx
        .insert(serviceRequestEvents)
        .values({ requestId: id, kind: KIND[step], note, createdBy: user.id });
      const [e] = await tx
        .select({ name: enterprises.name })
        .from(enterprises)
        .where(eq(enterprises.id, row!.enterpriseId));
      await audit(tx, {
        ...actorOf(c),
        action: `service-request.${KIND[step]}`,
        targetType: 'service-request',
        targetId: id,
        before: { status: before.status },
        after: { status: TO[step], note },
      });
      return dto(row!, e!.name);
    });
    return c.json(out, 200);
  })
  .openapi(listRequestEvents, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    const { db } = c.get('deps');
    const [r] = await db
      .select({ id: serviceRequests.id })
      .from(serviceRequests)
      .innerJoin(enterprises, eq(enterprises.id, serviceRequests.enterpriseId))
      .where(and(eq(serviceRequests.id, id), serviceRequestScope(user)));
    if (!r) throw notFound({ zh: '服务请求', en: 'The request' });
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
  });
