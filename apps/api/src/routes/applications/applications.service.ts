import type { assessmentSchema } from '@huiqi/contracts';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '../../db/client.js';
import { applications, enterprises, reviewerConflicts } from '../../db/schema.js';
import { conflict, notFound } from '../../lib/api-error.js';
import type { SessionUser } from '../../lib/context.js';
import { applicationScope } from '../../lib/scope.js';

export const APPLICATION = { zh: '申报', en: 'The claim' };

export type ApplicationRow = typeof applications.$inferSelect;

export function applicationDto(a: ApplicationRow, enterpriseName: string) {
  return {
    id: a.id,
    enterpriseId: a.enterpriseId,
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
    origin: a.origin as 'enterprise' | 'proactive',
    version: a.version,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

/**
 * Loads a claim for a change, locked, inside the caller's scope (404 outside it), and checks the
 * state and the version the client saw: a stale or out-of-turn change is refused, never merged.
 * For a reviewer's decision the same round trip also locks the enterprise (its annual caps are
 * re-checked against what is decided now) and says whether the reviewer declared a conflict with it.
 */
export async function lockApplication(
  tx: Tx,
  user: SessionUser,
  id: string,
  allowed: readonly string[],
  version?: number,
  opts: { lockEnterprise?: boolean; conflictsOf?: string } = {},
) {
  const [row] = await tx
    .select({
      a: applications,
      enterpriseName: enterprises.name,
      conflicted: opts.conflictsOf
        ? sql<boolean>`exists (select 1 from ${reviewerConflicts} where ${reviewerConflicts.userId} = ${opts.conflictsOf} and ${reviewerConflicts.enterpriseId} = ${applications.enterpriseId})`
        : sql<boolean>`false`,
    })
    .from(applications)
    .innerJoin(enterprises, eq(enterprises.id, applications.enterpriseId))
    .where(and(eq(applications.id, id), applicationScope(user)))
    .for('update', { of: opts.lockEnterprise ? [applications, enterprises] : applications });
  if (!row) throw notFound(APPLICATION);
  if (version !== undefined && row.a.version !== version) {
    throw conflict('STALE_VERSION', '该申报已被他人修改，请刷新后重试。', 'The claim was changed by someone else: reload and try again.', { current: row.a.version });
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
