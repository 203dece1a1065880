import type { assessmentSchema } from '@huiqi/contracts';
import { dueStatus, todayInChina } from '@huiqi/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '../../db/client.js';
import { agencies, applications, enterprises, reviewerConflicts } from '../../db/schema.js';
import { conflict, notFound } from '../../lib/api-error.js';
import type { SessionUser } from '../../lib/context.js';
import { applicationScope } from '../../lib/scope.js';

export const APPLICATION = { zh: '申报', en: 'The claim' };

export type ApplicationRow = typeof applications.$inferSelect;

/** The applicant's name: the enterprise's, or the agency's (join both, left). */
export const applicantName = sql<string>`coalesce(${enterprises.name}, ${agencies.name}, '')`;

export function applicationDto(a: ApplicationRow, enterpriseName: string, today = todayInChina()) {
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
export async function lockApplicant(tx: Tx, a: Pick<ApplicationRow, 'enterpriseId' | 'agencyId'>) {
  if (a.enterpriseId) {
    const [e] = await tx.select().from(enterprises).where(eq(enterprises.id, a.enterpriseId)).for('update');
    return { enterprise: e!, agency: null };
  }
  const [g] = await tx.select().from(agencies).where(eq(agencies.id, a.agencyId!)).for('update');
  return { enterprise: null, agency: g! };
}

/**
 * Loads a claim for a change, locked, inside the caller's scope (404 outside it), and checks the
 * state and the version the client saw: a stale or out-of-turn change is refused, never merged.
 * For a reviewer's decision it also locks the applicant, enterprise or agency (its annual caps are
 * re-checked against what is decided now) and says whether the reviewer declared a conflict with it.
 */
export async function lockApplication(
  tx: Tx,
  user: SessionUser,
  id: string,
  allowed: readonly string[],
  version?: number,
  opts: { lockApplicant?: boolean; conflictsOf?: string } = {},
) {
  // The claim is locked alone (an outer join cannot be locked on its nullable side), then its
  // applicant's name is read and, for a decision, the applicant locked too.
  const [locked] = await tx
    .select()
    .from(applications)
    .where(and(eq(applications.id, id), applicationScope(user)))
    .for('update');
  const [row] = locked
    ? await tx
        .select({
          a: applications,
          enterpriseName: applicantName,
          conflicted:
            opts.conflictsOf && locked.enterpriseId
              ? sql<boolean>`exists (select 1 from ${reviewerConflicts} where ${reviewerConflicts.userId} = ${opts.conflictsOf} and ${reviewerConflicts.enterpriseId} = ${locked.enterpriseId})`
              : sql<boolean>`false`,
        })
        .from(applications)
        .leftJoin(enterprises, eq(enterprises.id, applications.enterpriseId))
        .leftJoin(agencies, eq(agencies.id, applications.agencyId))
        .where(eq(applications.id, id))
    : [];
  if (row && opts.lockApplicant) await lockApplicant(tx, row.a);
  if (!row) throw notFound(APPLICATION);
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
