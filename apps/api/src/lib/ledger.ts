import { Money } from '@huiqi/domain';
import { sql } from 'drizzle-orm';
import { sqlState, writeLast, type Tx } from '../db/client.js';
import { ph, prepared, type Raw } from '../db/prepared.js';
import { conflict } from './api-error.js';

type Op = 'reserve' | 'post' | 'void' | 'reverse';

/**
 * The guarded UPDATE and its ledger row in one statement (one round trip), built once per
 * operation (prepared.ts). When the guard refused, or there is no such budget, the statement
 * fails: budget_refusal (migration 0024) raises HQB09 with what is left, or HQB04. A refusal is an
 * error rather than an empty answer so that the move can ride behind the transaction's other
 * writes with its commit (`last`): the error aborts the transaction, and nothing is written.
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
    with moved as (update budgets set ${set} where provision = ${ph('provision')} and year = ${ph('year')} and ${guard} returning id),
    written as (
      insert into budget_ledger (budget_id, claim_id, op, amount, request_id)
      select id, ${ph('claimId')}, ${op}, ${a}, ${ph('requestId')} from moved
      returning budget_id)
    select budget_id from written
    union all
    select budget_refusal(${ph('provision')}, ${ph('year')}::integer) where not exists (select 1 from written)`;
});

/** A database error's field (node-postgres and PGlite put it on the error, drizzle on its cause). */
function field(e: unknown, name: 'detail'): string | undefined {
  const err = e as Record<string, unknown> & { cause?: Record<string, unknown> };
  const v = err?.cause?.[name] ?? err?.[name];
  return typeof v === 'string' ? v : undefined;
}

/** The refusal budget_refusal raised, as the 409 the client is told; any other error unchanged. */
function refusal(e: unknown, op: Op, b: { provision: string; year: number; amount: string }): unknown {
  const state = sqlState(e);
  if (state === 'HQB04') {
    return conflict(
      'NO_BUDGET',
      `${b.year} 年度 ${b.provision} 尚未设定预算，不能核准。`,
      `No budget is set for ${b.provision} in ${b.year}: nothing can be approved.`,
    );
  }
  if (state !== 'HQB09') return e;
  const a = b.amount;
  const available = Money.of(field(e, 'detail') ?? '0').toString();
  return conflict(
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

/**
 * Moves money through a budget envelope and writes the ledger row in the same transaction. The
 * guarded UPDATE is the check: under PostgreSQL's row lock it re-reads the row, so concurrent
 * approvals can never reserve past the total; the CHECK constraint is the second line. The ledger
 * row is inserted by the same statement, from the row the UPDATE returned.
 *
 * `when: 'last'` sends the move with the transaction's last writes and its commit (writeLast: no
 * round trip of its own, and the budget's row is locked only for the commit's round trip); its
 * refusal is then thrown by `withTx`. Only for a caller that reads nothing the move changes.
 */
export async function ledger(
  tx: Tx,
  op: Op,
  b: { provision: string; year: number; amount: string; claimId: string; requestId: string },
  when: 'now' | 'last' = 'now',
): Promise<void> {
  const run = () =>
    move(tx, b, op).then(
      () => undefined,
      (e: unknown) => {
        throw refusal(e, op, b);
      },
    );
  if (when === 'last' && writeLast(tx, run)) return;
  await run();
}
