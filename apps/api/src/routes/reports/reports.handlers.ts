import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { applications, type ApplicationStatus } from '../../db/schema.js';
import { DECIDED } from '../../lib/claim-context.js';
import { requireUser } from '../../lib/context.js';
import { router } from '../../lib/openapi.js';
import { applicationScope } from '../../lib/scope.js';
import { areaName, isAreaCode } from '@huiqi/domain';
import { workbook } from '../../lib/spreadsheet.js';
import { overview, scorecard, scorecardExport, simulationPool } from './reports.routes.js';
import { buildScorecard } from './scorecard.service.js';

/** A simulation runs in the browser; this bounds what one request carries (about 10 MB of JSON). */
const POOL_LIMIT = 50_000;
/** The claims money is being decided for: in review or decided. */
const IN_POOL: ApplicationStatus[] = ['submitted', 'returned', ...DECIDED];

// Sums are computed by PostgreSQL in numeric and cross as text: exact, never a float.
const sumText = (col: typeof applications.assessedAmount) => sql<string>`coalesce(sum(${col}), 0)::numeric(18,2)::text`;

export const reportRoutes = router()
  .openapi(overview, async (c) => {
    const user = requireUser(c, 'city-admin', 'region-admin', 'auditor');
    const { fundingYear } = c.req.valid('query');
    const { db } = c.get('deps');
    const where = and(applicationScope(user), eq(applications.fundingYear, fundingYear));
    const fields = { count: count(), assessed: sumText(applications.assessedAmount), approved: sumText(applications.approvedAmount) };
    const [byStatus, byProvision, byArea] = await Promise.all([
      db.select({ status: applications.status, ...fields }).from(applications).where(where).groupBy(applications.status).orderBy(applications.status),
      db.select({ provision: applications.provision, ...fields }).from(applications).where(where).groupBy(applications.provision).orderBy(applications.provision),
      db.select({ areaCode: applications.areaCode, ...fields }).from(applications).where(where).groupBy(applications.areaCode).orderBy(applications.areaCode),
    ]);
    return c.json({ fundingYear, byStatus, byProvision, byArea }, 200);
  })
  .openapi(simulationPool, async (c) => {
    const user = requireUser(c, 'city-admin', 'region-admin', 'auditor');
    const { fundingYear } = c.req.valid('query');
    const rows = await c
      .get('deps')
      .db.select({
        id: applications.id,
        enterpriseId: applications.enterpriseId,
        areaCode: applications.areaCode,
        provision: applications.provision,
        status: applications.status,
        claim: applications.claim,
        fundingYear: applications.fundingYear,
        // The date the frozen assessment was made for (else the submission day): the same parameters apply.
        asOf: sql<string>`coalesce(${applications.assessment}->>'asOf', to_char(${applications.submittedAt} at time zone 'Asia/Shanghai', 'YYYY-MM-DD'))`,
      })
      .from(applications)
      .where(and(applicationScope(user), eq(applications.fundingYear, fundingYear), inArray(applications.status, IN_POOL)))
      .orderBy(asc(applications.submittedAt), asc(applications.id))
      .limit(POOL_LIMIT + 1);
    return c.json({ items: rows.slice(0, POOL_LIMIT).map((r) => ({ ...r, claim: r.claim as Record<string, unknown> })), truncated: rows.length > POOL_LIMIT }, 200);
  })
  .openapi(scorecard, async (c) => {
    const user = requireUser(c, 'city-admin', 'region-admin', 'auditor');
    const { fundingYear } = c.req.valid('query');
    const { db, policy } = c.get('deps');
    return c.json(await buildScorecard(db, user, await policy.get(), fundingYear), 200);
  })
  .openapi(scorecardExport, async (c) => {
    const user = requireUser(c, 'city-admin', 'region-admin', 'auditor');
    const { fundingYear } = c.req.valid('query');
    const { db, policy } = c.get('deps');
    const card = await buildScorecard(db, user, await policy.get(), fundingYear);
    const area = (code: string) => (isAreaCode(code) ? areaName(code).zh : code);
    const data = await workbook([
      {
        name: `${fundingYear} 各地落实情况`,
        columns: [
          { header: '地区', key: 'area', width: 20 },
          { header: '申报件数', key: 'claims' },
          { header: '核准金额（元）', key: 'granted', money: true, width: 20 },
          { header: '已拨付金额（元）', key: 'paid', money: true, width: 20 },
          { header: '服务次数', key: 'services' },
          { header: '服务企业数', key: 'served' },
        ],
        rows: card.areas.map((a) => ({ area: area(a.areaCode), claims: a.claims, granted: a.granted, paid: a.paid, services: a.services, served: a.enterprisesServed })),
      },
      {
        name: `${fundingYear} 企业数目标`,
        columns: [
          { header: '条款', key: 'provision', width: 10 },
          { header: '内容', key: 'title', width: 36 },
          { header: '目标', key: 'target' },
          { header: '已完成', key: 'achieved' },
          { header: '是否达标', key: 'met' },
          ...card.measures[0]!.areas.map((a) => ({ header: area(a.areaCode), key: a.areaCode })),
        ],
        rows: card.measures.map((m) => ({
          provision: m.provision,
          title: m.title.zh,
          target: m.target,
          achieved: m.achieved,
          met: m.met ? '达标' : '未达标',
          ...Object.fromEntries(m.areas.map((a) => [a.areaCode, a.achieved])),
        })),
      },
    ]);
    return c.body(data as never, 200, {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="scorecard-${fundingYear}.xlsx"`,
    });
  });
