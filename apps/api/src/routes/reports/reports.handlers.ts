import { endpoints } from '@huiqi/contracts';
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { claims, type ClaimStatus } from '../../db/schema.js';
import { DECIDED } from '../../lib/claim-context.js';
import { serve, type AppRouteHandler } from '../../lib/endpoints.js';
import { claimScope } from '../../lib/scope.js';
import { SCORECARD_UNIT_LABELS, areaName, isAreaCode } from '@huiqi/domain';
import { workbookResponse } from '../../lib/spreadsheet.js';
import { buildScorecard, figureRecords, scorecardWithRecords } from './scorecard.service.js';

const api = endpoints.reports;

/** A simulation runs in the browser; this bounds what one request carries (about 10 MB of JSON). */
const POOL_LIMIT = 50_000;
/** The claims money is being decided for: in review or decided. */
const IN_POOL: ClaimStatus[] = ['submitted', 'returned', ...DECIDED];

// Sums are computed by PostgreSQL in numeric and cross as text: exact, never a float.
const sumText = (col: typeof claims.assessedAmount) =>
  sql<string>`coalesce(sum(${col}), 0)::numeric(18,2)::text`;

const overview: AppRouteHandler<typeof api.overview> = async (c) => {
  const user = c.get('user');
  const { fundingYear } = c.req.valid('query');
  const { db } = c.get('deps');
  const where = and(claimScope(user), eq(claims.fundingYear, fundingYear));
  const fields = {
    count: count(),
    assessed: sumText(claims.assessedAmount),
    approved: sumText(claims.approvedAmount),
  };
  const [byStatus, byProvision, byArea] = await Promise.all([
    db
      .select({ status: claims.status, ...fields })
      .from(claims)
      .where(where)
      .groupBy(claims.status)
      .orderBy(claims.status),
    db
      .select({ provision: claims.provision, ...fields })
      .from(claims)
      .where(where)
      .groupBy(claims.provision)
      .orderBy(claims.provision),
    db
      .select({ areaCode: claims.areaCode, ...fields })
      .from(claims)
      .where(where)
      .groupBy(claims.areaCode)
      .orderBy(claims.areaCode),
  ]);
  return c.json({ fundingYear, byStatus, byProvision, byArea }, 200);
};

const simulationPool: AppRouteHandler<typeof api.simulationPool> = async (c) => {
  const user = c.get('user');
  const { fundingYear } = c.req.valid('query');
  const rows = await c
    .get('deps')
    .db.select({
      id: claims.id,
      // The applicant (an enterprise, or an agency for M11.1): the key its caps and once-only awards count by.
      enterpriseId: sql<string>`coalesce(${claims.enterpriseId}, ${claims.agencyId})`,
      areaCode: claims.areaCode,
      provision: claims.provision,
      status: claims.status,
      claim: claims.claim,
      fundingYear: claims.fundingYear,
      // The date the frozen assessment was made for (else the submission day): the same parameters apply.
      asOf: sql<string>`coalesce(${claims.assessment}->>'asOf', to_char(${claims.submittedAt} at time zone 'Asia/Shanghai', 'YYYY-MM-DD'))`,
    })
    .from(claims)
    .where(and(claimScope(user), eq(claims.fundingYear, fundingYear), inArray(claims.status, IN_POOL)))
    .orderBy(asc(claims.submittedAt), asc(claims.id))
    .limit(POOL_LIMIT + 1);
  return c.json(
    {
      items: rows.slice(0, POOL_LIMIT).map((r) => ({ ...r, claim: r.claim as Record<string, unknown> })),
      truncated: rows.length > POOL_LIMIT,
    },
    200,
  );
};

const scorecard: AppRouteHandler<typeof api.scorecard> = async (c) => {
  const user = c.get('user');
  const { fundingYear } = c.req.valid('query');
  const { db, policy } = c.get('deps');
  return c.json(await buildScorecard(db, user, await policy.get(), fundingYear), 200);
};

const scorecardRecords: AppRouteHandler<typeof api.scorecardRecords> = async (c) => {
  const user = c.get('user');
  const { db, policy } = c.get('deps');
  return c.json(await figureRecords(db, user, await policy.get(), c.req.valid('query')), 200);
};

const scorecardXlsx: AppRouteHandler<typeof api.scorecardXlsx> = async (c) => {
  const user = c.get('user');
  const { fundingYear } = c.req.valid('query');
  const { db, policy } = c.get('deps');
  const { card, records } = await scorecardWithRecords(db, user, await policy.get(), fundingYear);
  const area = (code: string | null) =>
    code === null ? '全区' : isAreaCode(code) ? areaName(code).zh : code;
  const unit = (u: keyof typeof SCORECARD_UNIT_LABELS) => SCORECARD_UNIT_LABELS[u].zh;
  return workbookResponse(
    c,
    [
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
        rows: card.areas.map((a) => ({
          area: area(a.areaCode),
          claims: a.claims,
          granted: a.granted,
          paid: a.paid,
          services: a.services,
          served: a.enterprisesServed,
        })),
      },
      {
        name: `${fundingYear} 各项措施`,
        columns: [
          { header: '措施', key: 'measure', width: 8 },
          { header: '条款', key: 'provision', width: 10 },
          { header: '内容', key: 'title', width: 32 },
          { header: '指标', key: 'label', width: 30 },
          { header: '单位', key: 'unit', width: 8 },
          { header: '目标或下限', key: 'goal' },
          { header: '依据', key: 'words', width: 48 },
          { header: '全区完成', key: 'value' },
          { header: '是否达标', key: 'met' },
          ...card.areaCodes.map((code) => ({ header: area(code), key: code })),
        ],
        rows: card.measures.map((m) => ({
          measure: `第${m.measure}条`,
          provision: m.provision,
          title: m.title.zh,
          label: m.label.zh,
          unit: unit(m.unit),
          goal: m.goal ?? '—',
          words: m.goalWords ?? '—',
          value: m.value,
          met: m.met === null ? '仅统计' : m.met ? '达标' : '未达标',
          ...Object.fromEntries(m.areas.map((a) => [a.areaCode, a.value])),
        })),
      },
      {
        name: `${fundingYear} 明细`,
        columns: [
          { header: '条款', key: 'provision', width: 10 },
          { header: '指标', key: 'label', width: 28 },
          { header: '地区', key: 'area', width: 14 },
          { header: '日期', key: 'date', width: 12 },
          { header: '企业', key: 'enterprise', width: 30 },
          { header: '内容', key: 'what', width: 40 },
          { header: '金额（元）', key: 'amount', money: true, width: 18 },
        ],
        rows: records.flatMap(({ entry, records: rs }) =>
          rs.map((r) => ({
            provision: entry.provision,
            label: entry.figure.label.zh,
            area: area(r.areaCode),
            date: r.date,
            enterprise: r.enterpriseName ?? '',
            what: r.what.zh,
            amount: r.amount ?? '',
          })),
        ),
      },
    ],
    { name: `${fundingYear}年度知识产权惠企措施成效统计`, asciiName: `scorecard-${fundingYear}` },
  );
};

export const reportRoutes = serve(api, {
  overview,
  simulationPool,
  scorecard,
  scorecardRecords,
  scorecardXlsx,
});
