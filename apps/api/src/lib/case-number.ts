import { policyRegistry, promisedDueOn, type CalendarDate, type PolicyVersion } from '@huiqi/domain';
import { sql } from 'drizzle-orm';
import type { Tx } from '../db/client.js';

/**
 * 办件编号: "640100-2026-000123" — the claim's area code, the year it was first submitted (China
 * time) and the next number of that year's database sequence (next_case_no, migration 0009), so two
 * API processes on one PostgreSQL never give the same number. A claim keeps its number when it is
 * submitted again after a return.
 */
export async function nextCaseNo(tx: Tx, areaCode: string, year: number): Promise<string> {
  const r = (await tx.execute(sql`select next_case_no(${areaCode}, ${year}::integer) as n`)) as unknown as {
    rows: { n: string }[];
  };
  return r.rows[0]!.n;
}

/** 承诺时限 of a claim submitted on `submittedOn`: the guide's working days and the day they end. */
export function timeLimitOf(version: PolicyVersion, provision: string, submittedOn: CalendarDate) {
  const days =
    policyRegistry(version).claimProvisions.find((p) => p.id === provision)?.guide?.processingWorkingDays ??
    null;
  return {
    promisedWorkingDays: days,
    dueOn: days === null ? null : promisedDueOn(submittedOn, days),
  };
}
