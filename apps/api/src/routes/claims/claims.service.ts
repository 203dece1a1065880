import type { assessmentSchema } from '@huiqi/contracts';
import { dueStatus, todayInChina } from '@huiqi/domain';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '../../db/client.js';
import { agencies, claims, enterprises, reviewerConflicts } from '../../db/schema.js';
import { conflict, notFound } from '../../lib/api-error.js';
import { auditBy } from '../../lib/audit-by.js';
import type { AppEnv, Ctx, SessionUser } from '../../lib/context.js';
import { DECIDED, type DecidedAmounts } from '../../lib/claim-context.js';
import { claimScope } from '../../lib/scope.js';
import { ph, prepared, rowOf, type Raw } from '../../db/prepared.js';

export const CLAIM = { zh: '申报', en: 'The claim' };

export type ClaimRow = typeof claims.$inferSelect;

/** The applicant's name: the enterprise's, or the agency's (join both, left). */
export const applicantName = sql<string>`coalesce(${enterprises.name}, ${agencies.name}, '')`;

export function claimDto(a: ClaimRow, enterpriseName: string, today = todayInChina()) {
  return {
    id: a.id,
    applicant: a.agencyId ? ('agency' as const) : ('enterprise' as const),
    enterpriseId: a.enterpriseId,
    agencyId: a.agencyId,
    enterpriseName,
    roundId: a.roundId,
    provision: a.provision,
    status: a.status,
    claim: a.claim as Record<string, unknown>,
    assessment: (a.assessment ?? null) as z.infer<typeof assessmentSchema> | null,
    assessedAmount: a.assessedAmount,
    approvedAmount: a.approvedAmount,
    amountReason: a.amountReason,
    areaCode: a.areaCode,
    fundingYear: a.fundingYear,
    submittedAt: a.submittedAt,
    caseNo: a.caseNo,
    promisedWorkingDays: a.promisedWorkingDays,
    dueOn: a.dueOn,
    due: dueStatus(a.status, a.dueOn, today),
    origin: a.origin as 'enterprise' | 'proactive',
    version: a.version,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

/**
 * Locks the applicant's row (the enterprise, or the agency): two of its claims decided or submitted
 * at once then run one after the other, so its annual cap or its once-a-year award is checked
 * against what the other decided.
 */
export async function lockApplicant(tx: Tx, a: Pick<ClaimRow, 'enterpriseId' | 'agencyId'>) {
  if (a.enterpriseId) {
    const [e] = await tx.select().from(enterprises).where(eq(enterprises.id, a.enterpriseId)).for('update');
    return { enterprise: e!, agency: null };
  }
  const [g] = await tx.select().from(agencies).where(eq(agencies.id, a.agencyId!)).for('update');
  return { enterprise: null, agency: g! };
}

/** The domain's decided statuses as an SQL array literal (constants, so part of the statement's text). */
const DECIDED_ARRAY = `array[${DECIDED.map((s) => `'${s}'`).join(',')}]::text[]`;

/**
 * The lock-and-read of a claim as one statement, built once per shape (the role's scope, whether
 * the applicant is locked too, whether a reviewer's conflicts are looked up). The claim is locked
 * first (its CTE is read by the others), then, for a decision, its enterprise or agency: the same
 * order as every other writer, so two never wait for each other in a cycle. The claim's row comes
 * back as of the lock (PostgreSQL re-reads a row changed while it waited, and re-checks the scope).
 * For a city approval it also returns what the applicant's other claims of the provision were
 * decided at (decided_of_provision, migration 0024): the function, evaluated once the claim and
 * the applicant are locked, reads with a snapshot of its own, so it sees a concurrent decision of
 * the same applicant that committed while this statement waited for the applicant's lock.
 */
const lockAndRead = prepared<Raw>((_db, shape) => {
  const [role, identity, lockApplicant, conflicts, decided] = shape.split(':');
  const scope = claimScope({
    role,
    enterpriseId: identity!.includes('e') ? ph('scopeEnterprise') : null,
    agencyId: identity!.includes('a') ? ph('scopeAgency') : null,
    areaCode: identity!.includes('c') ? ph('scopeArea') : null,
  } as SessionUser);
  const forUpdate = lockApplicant === 'lock' ? sql` for update` : sql``;
  return sql`
    with locked as materialized (
      select * from ${claims} where ${claims.id} = ${ph('id')} and ${scope ?? sql`true`} for update
    ),
    e as materialized (select id, name from ${enterprises} where id = (select enterprise_id from locked)${forUpdate}),
    g as materialized (select id, name from ${agencies} where id = (select agency_id from locked)${forUpdate})
    select locked.*, coalesce(e.name, g.name, '') as applicant_name,
      ${conflicts === 'conflicts' ? sql`exists (select 1 from ${reviewerConflicts} c where c.user_id = ${ph('conflictsOf')} and c.enterprise_id = locked.enterprise_id)` : sql`false`} as conflicted,
      ${decided === 'decided' ? sql`decided_of_provision(locked.enterprise_id, locked.agency_id, locked.id, locked.provision, ${sql.raw(DECIDED_ARRAY)})` : sql`null`} as decided
    from locked left join e on true left join g on true`;
});

/** decided_of_provision's answer: [funding year, amount][] as jsonb (parsed by the driver, or left as text). */
function decidedOf(v: unknown): DecidedAmounts | undefined {
  if (v === null || v === undefined) return undefined;
  const rows = (typeof v === 'string' ? JSON.parse(v) : v) as [number, string | null][];
  return rows.map(([fundingYear, amount]) => ({ fundingYear: Number(fundingYear), amount }));
}

/**
 * Loads a claim for a change, locked, inside the caller's scope (404 outside it), and checks the
 * state and the version the client saw: a stale or out-of-turn change is refused, never merged.
 * For a reviewer's decision it also locks the applicant, enterprise or agency (its annual caps are
 * re-checked against what is decided now) and says whether the reviewer declared a conflict with it;
 * with `decided`, what the applicant's other claims of the provision were decided at (claimContext).
 * One round trip.
 */
export async function lockClaim(
  tx: Tx,
  user: SessionUser,
  id: string,
  allowed: readonly string[],
  version?: number,
  opts: { lockApplicant?: boolean; conflictsOf?: string; decided?: boolean } = {},
) {
  const identity = `${user.enterpriseId ? 'e' : ''}${user.agencyId ? 'a' : ''}${user.areaCode ? 'c' : ''}`;
  const shape = `${user.role}:${identity}:${opts.lockApplicant ? 'lock' : ''}:${opts.conflictsOf ? 'conflicts' : ''}:${opts.decided ? 'decided' : ''}`;
  const { rows } = await lockAndRead(
    tx,
    {
      id,
      scopeEnterprise: user.enterpriseId,
      scopeAgency: user.agencyId,
      scopeArea: user.areaCode,
      conflictsOf: opts.conflictsOf,
    },
    shape,
  );
  const raw = rows[0];
  const row = raw && {
    a: rowOf(claims, raw),
    enterpriseName: String(raw.applicant_name ?? ''),
    conflicted: raw.conflicted === true,
    decided: decidedOf(raw.decided),
  };
  if (!row) throw notFound(CLAIM);
  if (version !== undefined && row.a.version !== version) {
    throw conflict(
      'STALE_VERSION',
      '该申报已被他人修改，请刷新后重试。',
      'The claim was changed by someone else: reload and try again.',
      { current: row.a.version },
    );
  }
  if (!allowed.includes(row.a.status)) {
    throw conflict(
      'WRONG_STATE',
      `当前状态“${row.a.status}”下不能执行此操作（允许：${allowed.join('、')}）。`,
      `Not possible while the claim is ${row.a.status} (allowed: ${allowed.join(', ')}).`,
      { status: row.a.status },
    );
  }
  return row;
}

/**
 * A locked claim's step to `status` that changes nothing else (its version one up), with its audit
 * row: the status before, and after it the new one with what the step recorded beside it (`after`).
 * The enterprise's withdrawal, the payment and the clawback are this step.
 */
export async function moveClaim<E extends AppEnv>(
  c: Ctx<E>,
  tx: Tx,
  { a, enterpriseName }: { a: ClaimRow; enterpriseName: string },
  status: 'withdrawn' | 'paid' | 'clawed-back',
  after: Record<string, unknown> = {},
) {
  const [row] = await tx
    .update(claims)
    .set({ status, version: a.version + 1, updatedAt: new Date().toISOString() })
    .where(eq(claims.id, a.id))
    .returning();
  await auditBy(c, tx, {
    action: `claim.${status}`,
    targetType: 'claim',
    targetId: a.id,
    before: { status: a.status },
    after: { status, ...after },
  });
  return claimDto(row!, enterpriseName);
}
