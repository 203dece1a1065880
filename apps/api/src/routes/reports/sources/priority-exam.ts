import { and, eq, inArray, sql } from 'drizzle-orm';
import { enterprises, priorityExamApplications } from '../../../db/schema.js';
import type { ScorecardSource } from './source.js';

/**
 * Enterprises the region recommended for patent prioritized examination in a year (one application
 * an enterprise a year, so each counts once), with any reason for going past "about N".
 */
export const priorityExamSource: ScorecardSource = {
  label: { zh: '区级推荐优先审查的企业', en: 'Enterprises recommended for prioritized examination' },
  async records(db, q) {
    const rows = await db
      .select({
        id: priorityExamApplications.id,
        areaCode: priorityExamApplications.areaCode,
        enterpriseId: priorityExamApplications.enterpriseId,
        enterpriseName: enterprises.name,
        overReason: priorityExamApplications.overReason,
        date: sql<string>`to_char(${priorityExamApplications.decidedAt} at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`,
      })
      .from(priorityExamApplications)
      .innerJoin(enterprises, eq(enterprises.id, priorityExamApplications.enterpriseId))
      .where(
        and(
          eq(priorityExamApplications.year, q.year),
          inArray(priorityExamApplications.status, ['recommended']),
        ),
      );
    return q.provisions.flatMap((provision) =>
      rows.map(({ overReason, ...r }) => ({
        ...r,
        provision,
        what: overReason
          ? {
              zh: `推荐优先审查（超出理由：${overReason}）`,
              en: `Recommended (past the number: ${overReason})`,
            }
          : { zh: '推荐优先审查', en: 'Recommended for prioritized examination' },
        ref: { kind: 'priority-exam', id: r.id },
      })),
    );
  },
};
