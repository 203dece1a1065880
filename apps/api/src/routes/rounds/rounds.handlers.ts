import { endpoints } from '@huiqi/contracts';
import { policyRegistry, todayInChina } from '@huiqi/domain';
import { versionOn } from '../../lib/claim-context.js';
import { desc } from 'drizzle-orm';
import { withTx } from '../../db/client.js';
import { fundingRounds } from '../../db/schema.js';
import { unprocessable } from '../../lib/api-error.js';
import { auditBy } from '../../lib/audit-by.js';
import { serve, type AppRouteHandler } from '../../lib/endpoints.js';

const api = endpoints.rounds;

export function roundDto(r: typeof fundingRounds.$inferSelect, today = todayInChina()) {
  return {
    id: r.id,
    year: r.year,
    name: r.name,
    opensOn: r.opensOn,
    closesOn: r.closesOn,
    provisions: r.provisions,
    open: r.opensOn <= today && today <= r.closesOn,
  };
}

const list: AppRouteHandler<typeof api.list> = async (c) => {
  const rows = await c.get('deps').db.select().from(fundingRounds).orderBy(desc(fundingRounds.opensOn));
  return c.json({ items: rows.map((r) => roundDto(r)) }, 200);
};

const create: AppRouteHandler<typeof api.create> = async (c) => {
  const input = c.req.valid('json');
  const claimable = policyRegistry(
    versionOn(await c.get('deps').policy.get(), input.opensOn),
  ).claimProvisionIds;
  const unknown = input.provisions.filter((p) => !claimable.includes(p));
  if (unknown.length) {
    throw unprocessable(
      'NOT_CLAIMABLE',
      `这些条款不可申报资金：${unknown.join('、')}。`,
      `These provisions cannot be claimed: ${unknown.join(', ')}.`,
    );
  }
  const row = await withTx(c.get('deps').db, async (tx) => {
    const [row] = await tx.insert(fundingRounds).values(input).returning();
    await auditBy(c, tx, {
      action: 'round.created',
      targetType: 'round',
      targetId: row!.id,
      after: input,
    });
    return row!;
  });
  return c.json(roundDto(row), 201);
};

export const roundRoutes = serve(api, { list, create });
