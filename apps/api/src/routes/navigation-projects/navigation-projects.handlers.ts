import {
  APPROVED_STATES,
  CLAIM_STATES,
  floorOutlook,
  IN_REVIEW_STATES,
  Money,
  parameterAt,
  policyRegistry,
  todayInChina,
  versionInForce,
  yearInChina,
  type Provision,
} from '@huiqi/domain';
import { endpoints } from '@huiqi/contracts';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { withTx, type Db } from '../../db/client.js';
import {
  agencies,
  claims,
  budgets,
  enterprises,
  navigationReports,
  type ClaimStatus,
} from '../../db/schema.js';
import { ApiError, conflict, notFound, unprocessable } from '../../lib/api-error.js';
import { auditBy } from '../../lib/audit-by.js';
import type { Ctx } from '../../lib/context.js';
import { serve, type AppRouteHandler } from '../../lib/endpoints.js';
import { evidenceType, fileResponse, safeFilename } from '../../lib/evidence-upload.js';
import { claimScope } from '../../lib/scope.js';
import { applicantName, lockClaim } from '../claims/claims.service.js';
import { attachmentDto } from '../attachments/attachment-dto.js';

const api = endpoints.navigationProjects;
const REPORT = { zh: '专利导航报告', en: 'The navigation report' };
const APPROVED = APPROVED_STATES as readonly ClaimStatus[] as ClaimStatus[];
const IN_REVIEW = IN_REVIEW_STATES as readonly ClaimStatus[] as ClaimStatus[];

/** The project's name: the claim's one-line text field, as its provision declares it. */
function projectOf(provision: Provision | undefined, claim: unknown): string {
  const key = provision?.claim?.fields.find((f) => f.input === 'text')?.key;
  const v = key ? (claim as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' ? v : '';
}

async function projectProvisions(c: Parameters<AppRouteHandler<typeof api.floors>>[0], year: number) {
  const { versions } = await c.get('deps').policy.get();
  const version = versionInForce(versions, `${year}-12-31`);
  return { version, ids: [...policyRegistry(version).reviewerSetsAmount] };
}

const floors: AppRouteHandler<typeof api.floors> = async (c) => {
  const year = c.req.valid('query').year ?? yearInChina();
  const { db } = c.get('deps');
  const { version, ids } = await projectProvisions(c, year);
  if (!ids.length) return c.json({ items: [] }, 200);
  const end = `${year}-12-31`;
  const [sums, envelopes] = await Promise.all([
    db
      .select({
        provision: claims.provision,
        granted: sql<string>`coalesce(sum(${claims.approvedAmount}) filter (where ${inArray(claims.status, APPROVED)}), 0)::numeric(18,2)::text`,
        inReview: sql<string>`coalesce(sum(coalesce(${claims.approvedAmount}, ${claims.assessedAmount})) filter (where ${inArray(claims.status, IN_REVIEW)}), 0)::numeric(18,2)::text`,
        projects: sql<number>`(count(*) filter (where ${inArray(claims.status, APPROVED)}))::int`,
      })
      .from(claims)
      .where(and(eq(claims.fundingYear, year), inArray(claims.provision, ids)))
      .groupBy(claims.provision),
    db
      .select()
      .from(budgets)
      .where(and(eq(budgets.year, year), inArray(budgets.provision, ids))),
  ]);
  const items = ids.map((id) => {
    const p = version.provisions.find((x) => x.id === id)!;
    const floor = parameterAt(version, `${id}.floor`, end).value!;
    const s = sums.find((x) => x.provision === id);
    const b = envelopes.find((x) => x.provision === id);
    const outlook = floorOutlook({
      floor,
      granted: s?.granted ?? '0',
      inReview: s?.inReview ?? '0',
      budgetTotal: b?.total ?? null,
      year,
      today: todayInChina(),
    });
    return {
      provision: id,
      year,
      floor: outlook.floor,
      floorSource: p.parameters.floor!.source,
      floorReference: p.parameters.floor!.reference,
      budgetTotal: b?.total ?? null,
      budgetAvailable: b ? Money.of(b.total).minus(b.reserved).minus(b.posted).toString() : null,
      granted: outlook.achieved,
      inReview: Money.of(s?.inReview ?? '0').toString(),
      inReach: outlook.inReach,
      shortfall: outlook.shortfall,
      ratio: outlook.ratio,
      met: outlook.met,
      daysLeft: outlook.daysLeft,
      warning: outlook.warning,
      projects: s?.projects ?? 0,
    };
  });
  return c.json({ items }, 200);
};

type ReportRow = {
  r: typeof navigationReports.$inferSelect;
  a: Pick<typeof claims.$inferSelect, 'provision' | 'areaCode' | 'claim' | 'approvedAmount'>;
  name: string;
};

function reportDto({ r, a, name }: ReportRow, provisions: readonly Provision[]) {
  return {
    ...attachmentDto(r),
    claimId: r.claimId,
    provision: a.provision,
    enterpriseName: name,
    areaCode: a.areaCode,
    project: projectOf(
      provisions.find((p) => p.id === a.provision),
      a.claim,
    ),
    approvedAmount: a.approvedAmount,
    summary: r.summary,
  };
}

/** Reports with their claims, in the caller's scope (another's is not found). */
function reportsInScope(db: Db) {
  return db
    .select({
      r: navigationReports,
      a: {
        provision: claims.provision,
        areaCode: claims.areaCode,
        claim: claims.claim,
        approvedAmount: claims.approvedAmount,
      },
      name: applicantName,
    })
    .from(navigationReports)
    .innerJoin(claims, eq(claims.id, navigationReports.claimId))
    .leftJoin(enterprises, eq(enterprises.id, claims.enterpriseId))
    .leftJoin(agencies, eq(agencies.id, claims.agencyId));
}

const fileReport: AppRouteHandler<typeof api.fileReport> = async (c) => {
  const user = c.get('user');
  const { id } = c.req.valid('param');
  const form = c.req.valid('form');
  const { db, files, policy } = c.get('deps');
  const data = new Uint8Array(await form.file.arrayBuffer());
  if (data.byteLength === 0) throw new ApiError(400, 'EMPTY_FILE', '文件为空。', 'The file is empty.');
  const mime = await evidenceType(data, {
    zh: '专利导航报告只接受 PDF、OFD、JPEG、PNG 文件（按文件内容识别）。',
    en: 'The navigation report must be a PDF, OFD, JPEG or PNG file (recognised by content).',
  });
  const { versions } = await policy.get();
  const filename = safeFilename(form.file.name || 'report.pdf');
  const out = await withTx(db, async (tx) => {
    // Any state: whether it is a navigation project, and approved, is answered below in words.
    const { a, enterpriseName } = await lockClaim(tx, user, id, [...CLAIM_STATES]);
    const version = versionInForce(versions, `${a.fundingYear}-12-31`);
    if (!policyRegistry(version).reviewerSetsAmount.has(a.provision))
      throw unprocessable(
        'NOT_A_NAVIGATION_PROJECT',
        '只有专利导航项目提交专利导航报告。',
        'Only a patent navigation project files a navigation report.',
      );
    if (!APPROVED.includes(a.status))
      throw conflict(
        'PROJECT_NOT_APPROVED',
        '项目经自治区核定后才能提交专利导航报告。',
        'The report is filed once the region has approved the project.',
      );
    const hash = await files.put(data);
    const [row] = await tx
      .insert(navigationReports)
      .values({
        claimId: id,
        summary: form.summary,
        filename,
        mime,
        size: data.byteLength,
        sha256: hash,
        filedBy: user.id,
      })
      .onConflictDoNothing()
      .returning();
    if (!row)
      throw conflict(
        'REPORT_EXISTS',
        '该项目已提交专利导航报告。',
        'This project has already filed its navigation report.',
      );
    await auditBy(c, tx, {
      action: 'navigation-report.filed',
      targetType: 'claim',
      targetId: id,
      after: { reportId: row.id, filename, sha256: hash, size: row.size, summary: form.summary },
    });
    return reportDto({ r: row, a, name: enterpriseName }, version.provisions);
  });
  return c.json(out, 201);
};

const report: AppRouteHandler<typeof api.report> = async (c) => {
  const { id } = c.req.valid('param');
  const { versions } = await c.get('deps').policy.get();
  const [row] = await reportsInScope(c.get('deps').db).where(
    and(eq(navigationReports.claimId, id), claimScope(c.get('user'))),
  );
  if (!row) throw notFound(REPORT);
  return c.json(reportDto(row, versionInForce(versions, todayInChina()).provisions), 200);
};

const reportFile: AppRouteHandler<typeof api.reportFile> = async (c) => {
  const { id } = c.req.valid('param');
  const [row] = await reportsInScope(c.get('deps').db).where(
    and(eq(navigationReports.id, id), claimScope(c.get('user'))),
  );
  if (!row) throw notFound(REPORT);
  const data = await c.get('deps').files.get(row.r.sha256);
  return fileResponse(c as unknown as Ctx, data, row.r.filename, row.r.mime);
};

const reports: AppRouteHandler<typeof api.reports> = async (c) => {
  const year = c.req.valid('query').year ?? yearInChina();
  const { versions } = await c.get('deps').policy.get();
  const rows = await reportsInScope(c.get('deps').db)
    .where(and(eq(claims.fundingYear, year), claimScope(c.get('user'))))
    .orderBy(desc(navigationReports.createdAt));
  const provisions = versionInForce(versions, `${year}-12-31`).provisions;
  return c.json({ items: rows.map((r) => reportDto(r, provisions)) }, 200);
};

export const navigationProjectRoutes = serve(api, { floors, fileReport, report, reportFile, reports });
