import { endpoints } from '@huiqi/contracts';
import { IP_ASSET_KINDS, assetItemKey, matchProvisions, todayInChina, type IpAssetKind } from '@huiqi/domain';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { withTx, type Tx } from '../../db/client.js';
import { enterpriseIpAssets, users } from '../../db/schema.js';
import { conflict, forbidden, notFound } from '../../lib/api-error.js';
import { auditBy } from '../../lib/audit-by.js';
import { claimedByEnterprise, versionOn } from '../../lib/claim-context.js';
import { type AppEnv, type Ctx, type SessionUser } from '../../lib/context.js';
import { serve, type AppRouteHandler } from '../../lib/endpoints.js';
import { newAccount, usernameTaken } from '../../lib/passwords.js';
import { insertAccount } from '../../lib/accounts.js';
import { endSessionsOf } from '../../lib/sessions.js';
import { visibleEnterprise } from '../enterprises/enterprises.handlers.js';

const api = endpoints.profile;
const ENTERPRISE = { zh: '企业', en: 'The enterprise' };
const ASSET = { zh: '知识产权记录', en: 'The IP asset' };
const MEMBER = { zh: '企业账号', en: 'The member account' };

/** The database to read enterprise `id`'s own rows from, once the caller is shown to see it. */
async function readingEnterprise<E extends AppEnv>(c: Ctx<E>, id: string) {
  await visibleEnterprise(c.get('deps').db, c.get('user'), id);
  return c.get('deps').db;
}

/** Only the enterprise's own users change its profile; anyone else in scope reads it. */
function ownEnterprise(user: SessionUser, id: string) {
  if (user.role !== 'enterprise')
    throw forbidden('只有企业本身可以修改企业档案。', 'Only the enterprise itself changes its profile.');
  if (user.enterpriseId !== id) throw notFound(ENTERPRISE);
}

const assetDto = (a: typeof enterpriseIpAssets.$inferSelect) => ({
  id: a.id,
  kind: a.kind as IpAssetKind,
  provision: IP_ASSET_KINDS[a.kind as IpAssetKind].provision,
  date: a.date,
  number: a.number,
  jurisdiction: a.jurisdiction,
  createdAt: a.createdAt,
});

const memberDto = (u: typeof users.$inferSelect) => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  admin: u.enterpriseAdmin,
  disabled: u.disabled,
  createdAt: u.createdAt,
});

/**
 * Only an active administrator of the enterprise's account manages its members (403 otherwise), and
 * never disables themself — so the account always keeps one. The administrators' rows are locked to
 * the end of the transaction (in id order: no deadlock), so two administrators disabling each other
 * at once take turns, and the second, no longer active, is refused.
 */
async function assertAdmin(tx: Tx, user: SessionUser, enterpriseId: string): Promise<void> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(eq(users.enterpriseId, enterpriseId), eq(users.enterpriseAdmin, true), eq(users.disabled, false)),
    )
    .orderBy(asc(users.id))
    .for('update');
  if (!rows.some((r) => r.id === user.id))
    throw forbidden(
      '只有企业账号的在用管理员可以管理成员。',
      'Only an active administrator of the enterprise account manages its members.',
    );
}

const ipAssets: AppRouteHandler<typeof api.ipAssets> = async (c) => {
  // The IP profile is shared with the industry department of the enterprise's area (M9.1).
  const { id } = c.req.valid('param');
  const rows = await (
    await readingEnterprise(c, id)
  )
    .select()
    .from(enterpriseIpAssets)
    .where(eq(enterpriseIpAssets.enterpriseId, id))
    .orderBy(asc(enterpriseIpAssets.kind), asc(enterpriseIpAssets.date));
  return c.json({ items: rows.map(assetDto) }, 200);
};

const addIpAsset: AppRouteHandler<typeof api.addIpAsset> = async (c) => {
  const user = c.get('user');
  const { id } = c.req.valid('param');
  ownEnterprise(user, id);
  const input = c.req.valid('json');
  const itemKey = assetItemKey(input);
  const row = await withTx(c.get('deps').db, async (tx) => {
    const [dup] = await tx
      .select({ id: enterpriseIpAssets.id })
      .from(enterpriseIpAssets)
      .where(
        and(
          eq(enterpriseIpAssets.enterpriseId, id),
          eq(enterpriseIpAssets.kind, input.kind),
          eq(enterpriseIpAssets.itemKey, itemKey),
        ),
      );
    if (dup) {
      const label = IP_ASSET_KINDS[input.kind].label;
      throw conflict(
        'ASSET_EXISTS',
        `档案中已有该${label.zh}${input.number ? ` ${input.number}` : ''}。`,
        `The profile already holds this ${label.en}${input.number ? ` ${input.number}` : ''}.`,
      );
    }
    const [row] = await tx
      .insert(enterpriseIpAssets)
      .values({
        enterpriseId: id,
        kind: input.kind,
        date: input.date,
        number: input.number ?? null,
        jurisdiction: input.jurisdiction ?? null,
        itemKey,
        createdBy: user.id,
      })
      .returning();
    await auditBy(c, tx, {
      action: 'enterprise.ip-asset.added',
      targetType: 'enterprise',
      targetId: id,
      after: assetDto(row!),
    });
    return row!;
  });
  return c.json(assetDto(row), 201);
};

const removeIpAsset: AppRouteHandler<typeof api.removeIpAsset> = async (c) => {
  const user = c.get('user');
  const { id, assetId } = c.req.valid('param');
  ownEnterprise(user, id);
  await withTx(c.get('deps').db, async (tx) => {
    const [before] = await tx
      .delete(enterpriseIpAssets)
      .where(and(eq(enterpriseIpAssets.id, assetId), eq(enterpriseIpAssets.enterpriseId, id)))
      .returning();
    if (!before) throw notFound(ASSET);
    await auditBy(c, tx, {
      action: 'enterprise.ip-asset.removed',
      targetType: 'enterprise',
      targetId: id,
      before: assetDto(before),
    });
  });
  return c.json({ ok: true as const }, 200);
};

const matches: AppRouteHandler<typeof api.matches> = async (c) => {
  const user = c.get('user');
  const { id } = c.req.valid('param');
  const { fundingYear } = c.req.valid('query');
  const { db, policy } = c.get('deps');
  const e = await visibleEnterprise(db, user, id);
  const snapshot = await policy.get();
  const asOf = todayInChina();
  const [assets, claimed] = await Promise.all([
    db.select().from(enterpriseIpAssets).where(eq(enterpriseIpAssets.enterpriseId, id)),
    claimedByEnterprise(db, id, versionOn(snapshot, asOf)),
  ]);
  const result = matchProvisions(
    {
      srdiLevel: e.srdiLevel as 'none' | 'provincial' | 'little-giant',
      srdiVerified: e.srdiVerified,
      industry: e.industry,
      assets: assets.map((a) => ({
        kind: a.kind as IpAssetKind,
        date: a.date,
        ...(a.number ? { number: a.number } : {}),
        ...(a.jurisdiction ? { jurisdiction: a.jurisdiction } : {}),
      })),
      ...claimed,
    },
    { asOf, ...(fundingYear ? { fundingYear } : {}), policy: snapshot.versions },
  );
  return c.json(result as never, 200);
};

const members: AppRouteHandler<typeof api.members> = async (c) => {
  const { id } = c.req.valid('param');
  const rows = await (
    await readingEnterprise(c, id)
  )
    .select()
    .from(users)
    .where(eq(users.enterpriseId, id))
    .orderBy(asc(users.createdAt));
  return c.json({ items: rows.map(memberDto) }, 200);
};

const addMember: AppRouteHandler<typeof api.addMember> = async (c) => {
  const user = c.get('user');
  const { id } = c.req.valid('param');
  ownEnterprise(user, id);
  const input = c.req.valid('json');
  const { db, env } = c.get('deps');
  const account = await newAccount(input, env);
  const row = await withTx(db, async (tx) => {
    await assertAdmin(tx, user, id);
    return insertAccount(
      c,
      tx,
      { ...account, role: 'enterprise', enterpriseId: id, enterpriseAdmin: input.admin ?? false },
      'enterprise.member.added',
      (u) => ({ ...memberDto(u), enterpriseId: id }),
    );
  }).catch(usernameTaken(input.username));
  return c.json(memberDto(row), 201);
};

/**
 * One member of the caller's own enterprise changed by an active administrator of its account: the
 * member's row locked, `set` written, `also` done in the same transaction, the change audited with
 * the row before and after. Another enterprise's member is a 404.
 */
async function changeMember<E extends AppEnv>(
  c: Ctx<E>,
  { id, userId }: { id: string; userId: string },
  action: 'enterprise.member.disabled' | 'enterprise.member.enabled',
  set: PgUpdateSetSource<typeof users>,
  also?: (tx: Tx) => Promise<unknown>,
) {
  const user = c.get('user');
  return withTx(c.get('deps').db, async (tx) => {
    await assertAdmin(tx, user, id);
    const [before] = await tx
      .select()
      .from(users)
      .where(and(eq(users.id, userId), eq(users.enterpriseId, id)))
      .for('update');
    if (!before) throw notFound(MEMBER);
    const [after] = await tx.update(users).set(set).where(eq(users.id, userId)).returning();
    await also?.(tx);
    await auditBy(c, tx, {
      action,
      targetType: 'user',
      targetId: userId,
      before: memberDto(before),
      after: memberDto(after!),
    });
    return after!;
  });
}

const disableMember: AppRouteHandler<typeof api.disableMember> = async (c) => {
  const user = c.get('user');
  const ids = c.req.valid('param');
  ownEnterprise(user, ids.id);
  if (ids.userId === user.id)
    throw conflict('CANNOT_DISABLE_SELF', '不能停用自己的账号。', 'You cannot disable your own account.');
  // Disabled at once: the member's open sessions end with it.
  const row = await changeMember(c, ids, 'enterprise.member.disabled', { disabled: true }, (tx) =>
    endSessionsOf(tx, ids.userId),
  );
  return c.json(memberDto(row), 200);
};

const enableMember: AppRouteHandler<typeof api.enableMember> = async (c) => {
  const ids = c.req.valid('param');
  ownEnterprise(c.get('user'), ids.id);
  // Enabled afresh: whatever sign-in locks it had are lifted (a new epoch for the per-source counts).
  const row = await changeMember(c, ids, 'enterprise.member.enabled', {
    disabled: false,
    failedLogins: 0,
    lockedUntil: null,
    loginEpoch: sql`${users.loginEpoch} + 1`,
  });
  return c.json(memberDto(row), 200);
};

export const profileRoutes = serve(api, {
  ipAssets,
  addIpAsset,
  removeIpAsset,
  matches,
  members,
  addMember,
  disableMember,
  enableMember,
});
