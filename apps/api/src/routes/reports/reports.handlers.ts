import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { applications, type ApplicationStatus } from '../../db/schema.js';
import { DECIDED } from '../../lib/claim-context.js';
import { requireUser } from '../../lib/context.js';
import { router } from '../../lib/openapi.js';
import { applicationScope } from '../../lib/scope.js';
import { overview, simulationPool } from './reports.routes.js';

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
  });
