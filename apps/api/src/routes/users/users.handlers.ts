import { endpoints } from '@huiqi/contracts';
import { and, asc, eq, ilike, ne, or, sql, type SQL } from 'drizzle-orm';
import { withTx } from '../../db/client.js';
import { agencies, users } from '../../db/schema.js';
import { conflict, notFound } from '../../lib/api-error.js';
import { auditBy } from '../../lib/audit-by.js';
import { serve, type AppRouteHandler } from '../../lib/endpoints.js';
import { newAccount, usernameTaken } from '../../lib/passwords.js';
import { insertAccount } from '../../lib/accounts.js';
import { endSessionsOf } from '../../lib/sessions.js';

/**
 * Staff accounts, managed by the region. Separation of duties: one role per account, fixed at
 * creation (no one is promoted, least of all themself); an admin never disables or enables their
 * own account; auditors only read; every change is in the audit trail that the auditors verify.
 */
const api = endpoints.users;
const USER = { zh: '账号', en: 'The account' };

function staffDto(u: typeof users.$inferSelect, agencyName: string | null) {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    areaCode: u.areaCode,
    agencyId: u.agencyId,
    agencyName,
    disabled: u.disabled,
    lockedUntil: u.lockedUntil,
    createdAt: u.createdAt,
  };
}

const list: AppRouteHandler<typeof api.list> = async (c) => {
  const q = c.req.valid('query');
  const conds: (SQL | undefined)[] = [ne(users.role, 'enterprise')];
  if (q.role) conds.push(eq(users.role, q.role));
  if (q.q)
    conds.push(
      or(
        ilike(users.username, `%${q.q.replace(/[%_\\]/g, '\\$&')}%`),
        ilike(users.displayName, `%${q.q.replace(/[%_\\]/g, '\\$&')}%`),
      ),
    );
  const rows = await c
    .get('deps')
    .db.select({ u: users, agencyName: agencies.name })
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(and(...conds))
    .orderBy(asc(users.role), asc(users.username))
    .limit(1000);
  return c.json({ items: rows.map((r) => staffDto(r.u, r.agencyName)) }, 200);
};

const create: AppRouteHandler<typeof api.create> = async (c) => {
  const input = c.req.valid('json');
  const { db, env } = c.get('deps');
  const account = await newAccount(input, env);
  const row = await withTx(db, async (tx) => {
    let agencyName: string | null = null;
    if (input.role === 'agency') {
      const [agency] = await tx.select().from(agencies).where(eq(agencies.id, input.agencyId!));
      if (!agency) throw notFound({ zh: '服务机构', en: 'The agency' });
      agencyName = agency.name;
    }
    const areaCode =
      input.role === 'city-admin' || input.role === 'industry-dept' ? (input.areaCode ?? null) : null;
    const agencyId = input.role === 'agency' ? input.agencyId! : null;
    const shown = (u: typeof users.$inferSelect) => staffDto(u, agencyName);
    return shown(
      await insertAccount(c, tx, { ...account, role: input.role, areaCode, agencyId }, 'user.created', shown),
    );
  }).catch(usernameTaken(input.username));
  return c.json(row, 201);
};

const unlock: AppRouteHandler<typeof api.unlock> = async (c) => {
  const me = c.get('user');
  const { id } = c.req.valid('param');
  if (id === me.id)
    throw conflict(
      'CANNOT_CHANGE_SELF',
      '不能解锁自己的账号：请由另一位管理员操作。',
      'You cannot unlock your own account: ask another administrator.',
    );
  const row = await withTx(c.get('deps').db, async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, id)).for('update');
    if (!before) throw notFound(USER);
    // A new epoch: the per-source counters are keyed by it, so every source's lock on the account ends too.
    const [after] = await tx
      .update(users)
      .set({ failedLogins: 0, lockedUntil: null, loginEpoch: sql`${users.loginEpoch} + 1` })
      .where(eq(users.id, id))
      .returning();
    await auditBy(c, tx, {
      action: 'user.unlocked',
      targetType: 'user',
      targetId: id,
      before: { failedLogins: before.failedLogins, lockedUntil: before.lockedUntil },
      after: { failedLogins: 0, lockedUntil: null },
    });
    return { id: after!.id, username: after!.username, lockedUntil: after!.lockedUntil };
  });
  return c.json(row, 200);
};

const setDisabled: AppRouteHandler<typeof api.setDisabled> = async (c) => {
  const me = c.get('user');
  const { id, action } = c.req.valid('param');
  if (id === me.id)
    throw conflict(
      'CANNOT_CHANGE_SELF',
      '不能停用或启用自己的账号：请由另一位管理员操作。',
      'You cannot disable or enable your own account: ask another administrator.',
    );
  const row = await withTx(c.get('deps').db, async (tx) => {
    const [before] = await tx
      .select()
      .from(users)
      .where(and(eq(users.id, id), ne(users.role, 'enterprise')))
      .for('update');
    if (!before) throw notFound(USER);
    const [after] = await tx
      .update(users)
      .set({
        disabled: action === 'disable',
        ...(action === 'enable'
          ? { failedLogins: 0, lockedUntil: null, loginEpoch: sql`${users.loginEpoch} + 1` }
          : {}),
      })
      .where(eq(users.id, id))
      .returning();
    if (action === 'disable') await endSessionsOf(tx, id);
    await auditBy(c, tx, {
      action: `user.${action}d`,
      targetType: 'user',
      targetId: id,
      before: staffDto(before, null),
      after: staffDto(after!, null),
    });
    return staffDto(after!, null);
  });
  return c.json(row, 200);
};

const agencyList: AppRouteHandler<typeof api.agencies> = async (c) => {
  const rows = await c
    .get('deps')
    .db.select({ id: agencies.id, name: agencies.name, kind: agencies.kind, areaCode: agencies.areaCode })
    .from(agencies)
    .orderBy(asc(agencies.name));
  return c.json({ items: rows }, 200);
};

export const userRoutes = serve(api, { list, create, unlock, setDisabled, agencies: agencyList });
