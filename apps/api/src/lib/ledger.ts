import { Money } from '@huiqi/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { budgetLedger, budgets } from '../db/schema.js';
import { conflict } from './api-error.js';

type Op = 'reserve' | 'post' | 'void' | 'reverse';

/**
 * Moves money through a budget envelope and writes the ledger row in the same transaction. The
 * guarded UPDATE is the check: under PostgreSQL's row lock it re-reads the row, so concurrent
 * approvals can never reserve past the total; the CHECK constraint is the second line.
 */
export async function ledger(tx: Tx, op: Op, b: { provision: string; year: number; amount: string; applicationId: string; requestId: string }): Promise<void> {
  const a = b.amount;
  const match = and(eq(budgets.provision, b.provision), eq(budgets.year, b.year));
  const set =
    op === 'reserve'
      ? { reserved: sql`${budgets.reserved} + ${a}::numeric` }
      : op === 'post'
        ? { reserved: sql`${budgets.reserved} - ${a}::numeric`, posted: sql`${budgets.posted} + ${a}::numeric` }
        : op === 'void'
          ? { reserved: sql`${budgets.reserved} - ${a}::numeric` }
          : { posted: sql`${budgets.posted} - ${a}::numeric` };
  const guard =
    op === 'reserve'
      ? sql`${budgets.reserved} + ${budgets.posted} + ${a}::numeric <= ${budgets.total}`
      : op === 'reverse'
        ? sql`${budgets.posted} >= ${a}::numeric`
        : sql`${budgets.reserved} >= ${a}::numeric`;
  const [row] = await tx.update(budgets).set(set).where(and(match, guard)).returning({ id: budgets.id });
  if (!row) {
    const [exists] = await tx.select().from(budgets).where(match);
    if (!exists) {
      throw conflict('NO_BUDGET', `${b.year} 年度 ${b.provision} 尚未设定预算，不能核准。`, `No budget is set for ${b.provision} in ${b.year}: nothing can be approved.`);
    }
    const available = Money.of(exists.total).minus(exists.reserved).minus(exists.posted).toString();
    throw conflict(
      op === 'reserve' ? 'BUDGET_EXHAUSTED' : 'LEDGER_MISMATCH',
      op === 'reserve' ? `${b.provision} ${b.year} 年度预算不足：需 ¥${a}，剩余可用 ¥${available}。` : '预算台账与申报不一致，未做更改。',
      op === 'reserve' ? `Not enough budget left for ${b.provision} in ${b.year}: ¥${a} needed, ¥${available} available.` : 'The budget ledger does not match the claim; nothing was changed.',
      { available },
    );
  }
  await tx.insert(budgetLedger).values({ budgetId: row.id, applicationId: b.applicationId, op, amount: a, requestId: b.requestId });
}
