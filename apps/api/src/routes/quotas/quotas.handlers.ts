import { findProvision, parameterAt, versionInForce } from '@huiqi/domain';
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import { withTx } from '../../db/client.js';
import { countQuotas, enterprises, quotaMembers } from '../../db/schema.js';
import { ApiError, conflict, notFound, unprocessable } from '../../lib/api-error.js';
import { auditBy } from '../../lib/audit-by.js';
import { aboutTerms } from '../../lib/about-terms.js';
import { endpoints } from '@huiqi/contracts';
import { serve, type AppRouteHandler } from '../../lib/endpoints.js';

const api = endpoints.quotas;

const COUNT_KINDS = ['count-target', 'count-approx', 'count-cap'];
const dto = (q: typeof countQuotas.$inferSelect) => ({
  id: q.id,
  provision: q.provision,
  year: q.year,
  kind: q.kind,
  target: q.target,
  used: q.used,
});

const list: AppRouteHandler<typeof api.list> = async (c) => {
  const { year } = c.req.valid('query');
  const rows = await c
    .get('deps')
    .db.select()
    .from(countQuotas)
    .where(year ? eq(countQuotas.year, year) : undefined)
    .orderBy(asc(countQuotas.year), asc(countQuotas.provision));
  return c.json({ items: rows.map(dto) }, 200);
};

const create: AppRouteHandler<typeof api.create> = async (c) => {
  const input = c.req.valid('json');
  const deps = c.get('deps');
  const { versions } = await deps.policy.get();
  const asOf = `${input.year}-01-01`;
  const version = versionInForce(versions, asOf);
  const provision = findProvision(version, input.provision);
  if (!COUNT_KINDS.includes(provision.kind)) {
    throw unprocessable(
      'NOT_A_COUNT_QUOTA',
      `${input.provision} 不是按企业数计的指标。`,
      `${input.provision} is not counted in enterprises.`,
    );
  }
  // A selection counted in brands (M8.2) is not a quota of enterprises: its places are taken by
  // selecting brands (brands.handlers.ts), one enterprise possibly several times.
  if (provision.counts === 'brands') {
    throw unprocessable(
      'COUNTED_IN_BRANDS',
      `${input.provision} 按商标品牌（个）计数，请在品牌遴选中遴选。`,
      `${input.provision} counts brands, not enterprises: select them under brand selection.`,
    );
  }
  const target = Number(parameterAt(version, `${input.provision}.count`, asOf).value);
  const row = await withTx(deps.db, async (tx) => {
    const [row] = await tx
      .insert(countQuotas)
      .values({ provision: input.provision, year: input.year, kind: provision.kind, target })
      .onConflictDoNothing()
      .returning();
    if (!row)
      throw conflict(
        'QUOTA_EXISTS',
        `${input.year} 年度 ${input.provision} 指标已存在。`,
        `${input.provision} already has a quota for ${input.year}.`,
      );
    await auditBy(c, tx, {
      action: 'quota.created',
      targetType: 'quota',
      targetId: row.id,
      after: dto(row),
    });
    return row;
  });
  return c.json(dto(row), 201);
};

const addMember: AppRouteHandler<typeof api.addMember> = async (c) => {
  const user = c.get('user');
  const { id } = c.req.valid('param');
  const input = c.req.valid('json');
  const deps = c.get('deps');
  // "About N" is read as M2.1's own endpoint reads it (count × (1 + tolerance), the parameters in
  // force), before the transaction: the policy store reads the database. Provision, year and kind
  // of a quota never change.
  const [known] = await deps.db.select().from(countQuotas).where(eq(countQuotas.id, id));
  if (!known) throw notFound({ zh: '指标', en: 'The quota' });
  const about =
    known.kind === 'count-approx' ? aboutTerms(await deps.policy.get(), known.provision, known.year) : null;
  const out = await withTx(deps.db, async (tx) => {
    const [quota] = await tx.select().from(countQuotas).where(eq(countQuotas.id, id));
    if (!quota) throw notFound({ zh: '指标', en: 'The quota' });
    const [enterprise] = await tx
      .select({ id: enterprises.id })
      .from(enterprises)
      .where(eq(enterprises.id, input.enterpriseId));
    if (!enterprise) throw notFound({ zh: '企业', en: 'The enterprise' });
    const [member] = await tx
      .insert(quotaMembers)
      .values({
        quotaId: id,
        enterpriseId: input.enterpriseId,
        overrideReason: input.overrideReason ?? null,
        addedBy: user.id,
      })
      .onConflictDoNothing()
      .returning();
    if (!member) return { quota: dto(quota), alreadyCounted: true, overridden: false };
    // The guarded increment is the decision, under the row lock: a cap never passes its number,
    // and "about N" passes its upper bound only with a reason.
    const reason = input.overrideReason ?? null;
    const [updated] = await tx
      .update(countQuotas)
      .set({ used: sql`${countQuotas.used} + 1` })
      .where(
        and(
          eq(countQuotas.id, id),
          quota.kind === 'count-target'
            ? undefined
            : about
              ? reason
                ? undefined
                : lte(sql`${countQuotas.used} + 1`, about.upperBound)
              : lte(sql`${countQuotas.used} + 1`, countQuotas.target),
        ),
      )
      .returning();
    if (!updated) {
      if (quota.kind === 'count-cap')
        throw conflict(
          'QUOTA_FULL',
          `${quota.provision} ${quota.year} 年度 ${quota.target} 个名额已满。`,
          `${quota.provision} is full for ${quota.year}: all ${quota.target} places are taken.`,
        );
      throw new ApiError(
        422,
        'OVERRIDE_REASON_REQUIRED',
        `${quota.provision} ${quota.year} 年度约 ${about!.count} 家（至多 ${about!.upperBound} 家仍属“左右”），已达上限：超出须填写理由。`,
        `${quota.provision} is about ${about!.count} for ${quota.year} (up to ${about!.upperBound} is still "about"), and that is reached: going past it needs a reason.`,
        [
          {
            path: 'overrideReason',
            zh: '已达上限：请说明超出数量的理由。',
            en: 'The number is reached: say why this one counts past it.',
          },
        ],
      );
    }
    const overridden = about !== null && updated.used > about.upperBound;
    await auditBy(c, tx, {
      action: overridden ? 'quota.member-added-over' : 'quota.member-added',
      targetType: 'quota',
      targetId: id,
      after: { enterpriseId: input.enterpriseId, used: updated.used, overrideReason: reason },
    });
    return { quota: dto(updated), alreadyCounted: false, overridden };
  });
  return c.json(out, 200);
};

export const quotaRoutes = serve(api, { list, create, addMember });
