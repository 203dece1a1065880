import { Money } from '@huiqi/domain';
import { asc, eq } from 'drizzle-orm';
import { withTx } from '../../db/client.js';
import { budgets } from '../../db/schema.js';
import { conflict } from '../../lib/api-error.js';
import { auditBy } from '../../lib/audit-by.js';
import { endpoints } from '@huiqi/contracts';
import { serve, type AppRouteHandler } from '../../lib/endpoints.js';

const api = endpoints.budgets;

export function budgetDto(b: typeof budgets.$inferSelect) {
  return {
    id: b.id,
    provision: b.provision,
    year: b.year,
    total: b.total,
    reserved: b.reserved,
    posted: b.posted,
    available: Money.of(b.total).minus(b.reserved).minus(b.posted).toString(),
  };
}

const list: AppRouteHandler<typeof api.list> = async (c) => {
  const { year } = c.req.valid('query');
  const rows = await c
    .get('deps')
    .db.select()
    .from(budgets)
    .where(year ? eq(budgets.year, year) : undefined)
    .orderBy(asc(budgets.year), asc(budgets.provision));
  return c.json({ items: rows.map(budgetDto) }, 200);
};

const create: AppRouteHandler<typeof api.create> = async (c) => {
  const input = c.req.valid('json');
  const row = await withTx(c.get('deps').db, async (tx) => {
    const [row] = await tx.insert(budgets).values(input).onConflictDoNothing().returning();
    if (!row)
      throw conflict(
        'BUDGET_EXISTS',
        `${input.year} 年度 ${input.provision} 已设定预算。`,
        `${input.provision} already has a budget for ${input.year}.`,
      );
    await auditBy(c, tx, {
      action: 'budget.created',
      targetType: 'budget',
      targetId: row.id,
      after: input,
    });
    return row;
  });
  return c.json(budgetDto(row), 201);
};

export const budgetRoutes = serve(api, { list, create });
