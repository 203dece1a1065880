import { Money } from '@huiqi/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { budgets } from '../db/schema.js';
import { ph, prepared, type Raw } from '../db/prepared.js';
import { conflict } from './api-error.js';

type Op = 'reserve' | 'post' | 'void' | 'reverse';

/**
 * The guarded UPDATE and its ledger row in one statement (one round trip), built once per
 * operation (prepared.ts): no row comes back when the guard refused, or when there is no such budget.
 */
const move = prepared<Raw>((_db, op) => {
  const a = sql`${ph('amount')}::numeric`;
  const set = {
    reserve: sql`reserved = reserved + ${a}`,
    post: sql`reserved = reserved - ${a}, posted = posted + ${a}`,
    void: sql`reserved = reserved - ${a}`,
    reverse: sql`posted = posted - ${a}`,
  }[op as Op];
  const guard = {
    reserve: sql`reserved + posted + ${a} <= total`,
    post: sql`reserved >= ${a}`,
    void: sql`reserved >= ${a}`,
    reverse: sql`posted >= ${a}`,
  }[op as Op];
  return sql`
    with moved as (update budgets set ${set} where provision = ${ph('provision')} and year = ${ph('year')} and ${guard} returning id)
    insert into budget_ledger (budget_id, claim_id, op, amount, request_id)
    select id, ${ph('claimId')}, ${op}, ${a}, ${ph('requestId')} from moved
    returning budget_id`;
});

/**
 * Moves money through a budget envelope and writes the ledger row in the same transaction. The
 * guarded UPDATE is the check: under PostgreSQL's row lock it re-reads the row, so concurrent
 * approvals can never reserve past the total; the CHECK constraint is the second line. The ledger
 * row is inserted by the same statement, from the row the UPDATE returned.
 */
export async function ledger(
  tx: Tx,
  op: Op,
  b: { provision: string; year: number; amount: string; claimId: string; requestId: string },
): Promise<void> {
  const a = b.amount;
  const written = await move(tx, b, op);
  if (written.rows.length > 0) return;
  const [exists] = await tx
    .select()
    .from(budgets)
    .where(and(eq(budgets.provision, b.provision), eq(budgets.year, b.year)));
  if (!exists) {
    throw conflict(
      'NO_BUDGET',
      `${b.year} 年度 ${b.provision} 尚未设定预算，不能核准。`,
      `No budget is set for ${b.provision} in ${b.year}: nothing can be approved.`,
    );
  }
  const available = Money.of(exists.total).minus(exists.reserved).minus(exists.posted).toString();
  throw conflict(
    op === 'reserve' ? 'BUDGET_EXHAUSTED' : 'LEDGER_MISMATCH',
    op === 'reserve'
      ? `${b.provision} ${b.year} 年度预算不足：需 ¥${a}，剩余可用 ¥${available}。`
      : '预算台账与申报不一致，未做更改。',
    op === 'reserve'
      ? `Not enough budget left for ${b.provision} in ${b.year}: ¥${a} needed, ¥${available} available.`
      : 'The budget ledger does not match the claim; nothing was changed.',
    { available },
  );
}
