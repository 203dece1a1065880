import { endpoints } from '@huiqi/contracts';
import { canAct, Money, statesFor } from '@huiqi/domain';
import { desc, eq, inArray, sql } from 'drizzle-orm';
import { withTx } from '../../db/client.js';
import { agencies, claims, disbursements, enterprises, noticeItems, notices } from '../../db/schema.js';
import { conflict, unprocessable } from '../../lib/api-error.js';
import { auditBy } from '../../lib/audit-by.js';
import { actorOf } from '../../lib/context.js';
import { serve, type AppRouteHandler } from '../../lib/endpoints.js';
import { ledger } from '../../lib/ledger.js';
import { lockClaim, moveClaim } from '../claims/claims.service.js';

const api = endpoints.notices;

async function noticeItemsOf(db: Parameters<typeof withTx>[0], ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({
      noticeId: noticeItems.noticeId,
      claimId: claims.id,
      // The payee: the enterprise, or the agency (M11.1).
      enterpriseName: sql<string>`coalesce(${enterprises.name}, ${agencies.name}, '')`,
      creditCode: sql<string>`coalesce(${enterprises.creditCode}, ${agencies.creditCode}, '')`,
      provision: claims.provision,
      amount: claims.approvedAmount,
    })
    .from(noticeItems)
    .innerJoin(claims, eq(claims.id, noticeItems.claimId))
    .leftJoin(enterprises, eq(enterprises.id, claims.enterpriseId))
    .leftJoin(agencies, eq(agencies.id, claims.agencyId))
    .where(inArray(noticeItems.noticeId, ids));
}

const publish: AppRouteHandler<typeof api.publish> = async (c) => {
  const input = c.req.valid('json');
  const { db, env } = c.get('deps');
  const ids = [...new Set(input.claimIds)];
  const out = await withTx(db, async (tx) => {
    const rows = await tx.select().from(claims).where(inArray(claims.id, ids)).for('update');
    const notApproved = ids.filter(
      (id) => !canAct('publish', rows.find((r) => r.id === id)?.status ?? '', 'region-admin'),
    );
    if (notApproved.length) {
      throw conflict(
        'NOT_APPROVED',
        `只有已核准的申报可以公示；以下不可：${notApproved.join('、')}。`,
        `Only approved claims can be published; these cannot: ${notApproved.join(', ')}.`,
        { notApproved },
      );
    }
    const now = new Date();
    const closesAt = new Date(now.getTime() + (input.days ?? env.NOTICE_DAYS) * 86_400_000).toISOString();
    const [notice] = await tx
      .insert(notices)
      .values({
        title: input.title,
        publishedAt: now.toISOString(),
        closesAt,
        objectionChannel: input.objectionChannel,
        createdBy: actorOf(c).actorId!,
      })
      .returning();
    await tx.insert(noticeItems).values(ids.map((claimId) => ({ noticeId: notice!.id, claimId })));
    await tx
      .update(claims)
      .set({ status: 'published', updatedAt: now.toISOString() })
      .where(inArray(claims.id, ids));
    for (const r of rows)
      await tx
        .update(claims)
        .set({ version: r.version + 1 })
        .where(eq(claims.id, r.id));
    await auditBy(c, tx, {
      action: 'notice.published',
      targetType: 'notice',
      targetId: notice!.id,
      after: { ...input, closesAt },
    });
    return notice!;
  });
  const items = await noticeItemsOf(db, [out.id]);
  return c.json(
    {
      id: out.id,
      title: out.title,
      publishedAt: out.publishedAt,
      closesAt: out.closesAt,
      objectionChannel: out.objectionChannel,
      items: items.map(({ noticeId: _n, ...i }) => ({ ...i, amount: i.amount ?? '0.00' })),
    },
    201,
  );
};

const list: AppRouteHandler<typeof api.list> = async (c) => {
  const { db } = c.get('deps');
  const rows = await db.select().from(notices).orderBy(desc(notices.publishedAt)).limit(50);
  const items = await noticeItemsOf(
    db,
    rows.map((r) => r.id),
  );
  return c.json(
    {
      items: rows.map((n) => ({
        id: n.id,
        title: n.title,
        publishedAt: n.publishedAt,
        closesAt: n.closesAt,
        objectionChannel: n.objectionChannel,
        items: items
          .filter((i) => i.noticeId === n.id)
          .map(({ noticeId: _n, ...i }) => ({ ...i, amount: i.amount ?? '0.00' })),
      })),
    },
    200,
  );
};

const disburse: AppRouteHandler<typeof api.disburse> = async (c) => {
  const user = c.get('user');
  const { id } = c.req.valid('param');
  const input = c.req.valid('json');
  const out = await withTx(c.get('deps').db, async (tx) => {
    const { a, enterpriseName } = await lockClaim(tx, user, id, [...statesFor('pay')]);
    const [open] = await tx
      .select({ closesAt: notices.closesAt })
      .from(noticeItems)
      .innerJoin(notices, eq(notices.id, noticeItems.noticeId))
      .where(eq(noticeItems.claimId, id))
      .orderBy(desc(notices.closesAt))
      .limit(1);
    if (open && new Date(open.closesAt) > new Date()) {
      throw unprocessable(
        'NOTICE_OPEN',
        `公示期至 ${open.closesAt} 结束，期满后方可拨付。`,
        `The notice period ends at ${open.closesAt}; payment comes after it.`,
      );
    }
    if (!Money.of(input.amount).equals(a.approvedAmount!)) {
      throw unprocessable(
        'AMOUNT_MISMATCH',
        `拨付金额须等于核准金额 ¥${a.approvedAmount}。`,
        `The payment must equal the approved amount ¥${a.approvedAmount}.`,
      );
    }
    await tx.insert(disbursements).values({
      claimId: id,
      kind: 'payment',
      paidOn: input.paidOn,
      amount: Money.of(input.amount).toString(),
      voucherNo: input.voucherNo,
      createdBy: user.id,
    });
    return moveClaim(c, tx, { a, enterpriseName }, 'paid', input);
  });
  return c.json(out, 200);
};

const clawback: AppRouteHandler<typeof api.clawback> = async (c) => {
  const user = c.get('user');
  const { id } = c.req.valid('param');
  const input = c.req.valid('json');
  const out = await withTx(c.get('deps').db, async (tx) => {
    const { a, enterpriseName } = await lockClaim(tx, user, id, [...statesFor('claw-back')]);
    const amount = Money.of(input.amount);
    if (!amount.isPositive() || amount.compare(a.approvedAmount!) > 0) {
      throw unprocessable(
        'AMOUNT_OUT_OF_RANGE',
        `追回金额须大于零且不超过已拨付 ¥${a.approvedAmount}。`,
        `The clawback must be above zero and at most the ¥${a.approvedAmount} paid.`,
      );
    }
    await tx.insert(disbursements).values({
      claimId: id,
      kind: 'clawback',
      paidOn: input.paidOn,
      amount: amount.times(-1).toString(),
      voucherNo: input.voucherNo,
      reason: input.reason,
      createdBy: user.id,
    });
    await ledger(tx, 'reverse', {
      provision: a.provision,
      year: a.fundingYear,
      amount: amount.toString(),
      claimId: id,
      requestId: actorOf(c).requestId,
    });
    return moveClaim(c, tx, { a, enterpriseName }, 'clawed-back', input);
  });
  return c.json(out, 200);
};

export const noticeRoutes = serve(api, { publish, list, disburse, clawback });
