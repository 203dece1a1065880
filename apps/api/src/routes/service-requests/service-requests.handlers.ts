import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { withTx } from '../../db/client.js';
import { agencies, enterprises, serviceRequests } from '../../db/schema.js';
import { conflict, notFound } from '../../lib/api-error.js';
import { audit } from '../../lib/audit.js';
import { actorOf, requireUser, type SessionUser } from '../../lib/context.js';
import { router } from '../../lib/openapi.js';
import { assignRequest, createRequest, listRequests, REQUEST_KINDS } from './service-requests.routes.js';

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

function scope(user: SessionUser): SQL | undefined {
  switch (user.role) {
    case 'enterprise':
      return eq(serviceRequests.enterpriseId, user.enterpriseId!);
    case 'agency':
      return eq(serviceRequests.agencyId, user.agencyId!);
    case 'city-admin':
      return eq(enterprises.areaCode, user.areaCode!);
    default:
      return undefined;
  }
}

export const serviceRequestRoutes = router()
  .openapi(createRequest, async (c) => {
    const user = requireUser(c, 'enterprise');
    const input = c.req.valid('json');
    const { db } = c.get('deps');
    const out = await withTx(db, async (tx) => {
      const [e] = await tx.select().from(enterprises).where(eq(enterprises.id, user.enterpriseId!));
      const [row] = await tx.insert(serviceRequests).values({ ...input, provision: REQUEST_KINDS[input.kind], enterpriseId: e!.id, createdBy: user.id }).returning();
      await audit(tx, { ...actorOf(c), action: 'service-request.created', targetType: 'service-request', targetId: row!.id, after: input });
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
      .where(scope(user))
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
      const [before] = await tx.select().from(serviceRequests).where(eq(serviceRequests.id, id)).for('update');
      if (!before) throw notFound({ zh: '服务请求', en: 'The request' });
      if (before.status !== 'open') throw conflict('WRONG_STATE', '只有待分派的请求可以分派。', 'Only open requests can be assigned.');
      const [row] = await tx.update(serviceRequests).set({ agencyId, status: 'assigned', updatedAt: sql`now()` }).where(and(eq(serviceRequests.id, id))).returning();
      const [e] = await tx.select({ name: enterprises.name }).from(enterprises).where(eq(enterprises.id, row!.enterpriseId));
      await audit(tx, { ...actorOf(c), action: 'service-request.assigned', targetType: 'service-request', targetId: id, before: { status: before.status }, after: { status: 'assigned', agencyId } });
      return dto(row!, e!.name);
    });
    return c.json(out, 200);
  });
