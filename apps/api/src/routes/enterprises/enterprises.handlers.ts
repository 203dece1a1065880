import { endpoints } from '@huiqi/contracts';
import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import { withTx, type Db } from '../../db/client.js';
import { enterprises, users } from '../../db/schema.js';
import { conflict, notFound } from '../../lib/api-error.js';
import { audit } from '../../lib/audit.js';
import { auditBy } from '../../lib/audit-by.js';
import { publicUser, type SessionUser } from '../../lib/context.js';
import { serve, type AppRouteHandler } from '../../lib/endpoints.js';
import { enterpriseMatches } from '../../lib/search.js';
import { assertStrongPassword, hashPassword, usernameTaken } from '../../lib/passwords.js';
import { enterpriseScope } from '../../lib/scope.js';
import { sessionTimes, startSession } from '../../lib/sessions.js';

const ENTERPRISE = { zh: '企业', en: 'The enterprise' };

const api = endpoints.enterprises;

export function enterpriseDto(e: typeof enterprises.$inferSelect) {
  return {
    id: e.id,
    creditCode: e.creditCode,
    name: e.name,
    areaCode: e.areaCode,
    industry: e.industry,
    srdiLevel: e.srdiLevel as 'none' | 'provincial' | 'little-giant',
    srdiVerified: e.srdiVerified,
    status: e.status as 'pending' | 'verified' | 'rejected',
    verifiedAt: e.verifiedAt,
    contactName: e.contactName,
    contactPhone: e.contactPhone,
    createdAt: e.createdAt,
  };
}

const register: AppRouteHandler<typeof api.register> = async (c) => {
  const { db, env } = c.get('deps');
  const input = c.req.valid('json');
  assertStrongPassword(input.password, env, input.username);
  const [dup] = await db
    .select({ id: enterprises.id })
    .from(enterprises)
    .where(eq(enterprises.creditCode, input.creditCode));
  if (dup)
    throw conflict(
      'CREDIT_CODE_TAKEN',
      `统一社会信用代码 ${input.creditCode} 已注册。`,
      `Credit code ${input.creditCode} is registered already.`,
    );
  const passwordHash = await hashPassword(input.password);
  const { enterprise, user, session } = await withTx(db, async (tx) => {
    const [enterprise] = await tx
      .insert(enterprises)
      .values({
        creditCode: input.creditCode,
        name: input.name,
        areaCode: input.areaCode,
        industry: input.industry,
        srdiLevel: input.srdiLevel,
        contactName: input.contactName,
        contactPhone: input.contactPhone,
      })
      .returning();
    const [user] = await tx
      .insert(users)
      .values({
        username: input.username,
        displayName: input.contactName,
        passwordHash,
        role: 'enterprise',
        enterpriseId: enterprise!.id,
        enterpriseAdmin: true,
      })
      .returning();
    const requestId = c.get('requestId');
    await audit(tx, {
      actorId: user!.id,
      actorRole: 'enterprise',
      action: 'enterprise.registered',
      targetType: 'enterprise',
      targetId: enterprise!.id,
      after: enterpriseDto(enterprise!),
      requestId,
    });
    return { enterprise: enterprise!, user: user!, session: await startSession(tx, c, user!.id) };
  }).catch(usernameTaken(input.username));
  const u = publicUser(user);
  c.set('user', u);
  return c.json(
    {
      enterprise: enterpriseDto(enterprise),
      me: { user: u, session: sessionTimes(c, session.lastSeenAt, session.expiresAt) },
    },
    201,
  );
};

const list: AppRouteHandler<typeof api.list> = async (c) => {
  const user = c.get('user');
  const { db } = c.get('deps');
  const q = c.req.valid('query');
  const conds: (SQL | undefined)[] = [enterpriseScope(user)];
  if (q.status) conds.push(eq(enterprises.status, q.status));
  if (q.areaCode) conds.push(eq(enterprises.areaCode, q.areaCode));
  if (q.q) conds.push(enterpriseMatches(q.q));
  const where = and(...conds);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(enterprises)
      .where(where)
      .orderBy(desc(enterprises.createdAt), enterprises.id)
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(enterprises).where(where),
  ]);
  return c.json(
    { items: rows.map(enterpriseDto), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize },
    200,
  );
};

/** The enterprise if the caller may see it (404 otherwise, as if it did not exist). */
export async function visibleEnterprise(db: Db, user: SessionUser, id: string) {
  const [row] = await db
    .select()
    .from(enterprises)
    .where(and(eq(enterprises.id, id), enterpriseScope(user)));
  if (!row) throw notFound(ENTERPRISE);
  return row;
}

const get: AppRouteHandler<typeof api.get> = async (c) => {
  const row = await visibleEnterprise(c.get('deps').db, c.get('user'), c.req.valid('param').id);
  return c.json(enterpriseDto(row), 200);
};

const verify: AppRouteHandler<typeof api.verify> = async (c) => {
  const user = c.get('user');
  const { id } = c.req.valid('param');
  const input = c.req.valid('json');
  const { db } = c.get('deps');
  const updated = await withTx(db, async (tx) => {
    const [before] = await tx
      .select()
      .from(enterprises)
      .where(and(eq(enterprises.id, id), enterpriseScope(user)))
      .for('update');
    if (!before) throw notFound(ENTERPRISE);
    const [after] = await tx
      .update(enterprises)
      .set({
        status: input.status,
        srdiVerified: input.status === 'verified' && input.srdiVerified,
        verifiedAt: new Date().toISOString(),
        verifiedBy: user.id,
      })
      .where(eq(enterprises.id, id))
      .returning();
    await auditBy(c, tx, {
      action: `enterprise.${input.status}`,
      targetType: 'enterprise',
      targetId: id,
      before: enterpriseDto(before),
      after: { ...enterpriseDto(after!), comment: input.comment },
    });
    return after!;
  });
  return c.json(enterpriseDto(updated), 200);
};

export const enterpriseRoutes = serve(api, { register, list, get, verify });
