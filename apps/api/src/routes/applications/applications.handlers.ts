import { assess, statesFor, todayInChina } from '@huiqi/domain';
import { and, asc, count, desc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import { withTx } from '../../db/client.js';
import { applications, attachments, enterprises, fundingRounds, reviews, users } from '../../db/schema.js';
import { notFound, unprocessable } from '../../lib/api-error.js';
import { audit } from '../../lib/audit.js';
import { claimContext, claimUnder, versionOn } from '../../lib/claim-context.js';
import { actorOf, requireUser } from '../../lib/context.js';
import { idempotent } from '../../lib/idempotency.js';
import { router } from '../../lib/openapi.js';
import { enterpriseMatches } from '../../lib/search.js';
import { TtlCache } from '../../lib/ttl-cache.js';

/**
 * Totals of the paged lists, per caller scope and filter, for 3 s: paging through 100,000 claims no
 * longer counts them all on every page (a total a few seconds old is what list UIs show anyway).
 */
const listCounts = new TtlCache<number>(3_000, 1_000);
import { applicationScope } from '../../lib/scope.js';
import { APPLICATION, applicationDto, lockApplication } from './applications.service.js';
import { createApplication, getApplication, listApplications, submitApplication, updateApplication, withdrawApplication } from './applications.routes.js';

function roundIsOpen(round: { opensOn: string; closesOn: string; name: string }) {
  const today = todayInChina();
  if (today < round.opensOn || today > round.closesOn) {
    throw unprocessable('ROUND_CLOSED', `申报批次“${round.name}”不在申报期内（${round.opensOn} 至 ${round.closesOn}）。`, `Round "${round.name}" is not open (${round.opensOn} to ${round.closesOn}).`);
  }
}

export const applicationRoutes = router()
  .openapi(createApplication, async (c) => {
    const user = requireUser(c, 'enterprise');
    const input = c.req.valid('json');
    const claim = claimUnder(await c.get('deps').policy.get(), input.claim); // DomainError → 422 with the field and what to fix
    const result = await idempotent(c, 'POST /applications', input, async (tx) => {
      // The round and the enterprise in one round trip.
      const [found] = await tx
        .select({ round: fundingRounds, enterprise: { id: enterprises.id, name: enterprises.name, areaCode: enterprises.areaCode } })
        .from(enterprises)
        .leftJoin(fundingRounds, eq(fundingRounds.id, input.roundId))
        .where(eq(enterprises.id, user.enterpriseId!));
      const round = found?.round;
      if (!round) throw notFound({ zh: '申报批次', en: 'The funding round' });
      roundIsOpen(round);
      if (!round.provisions.includes(claim.provision)) {
        throw unprocessable('PROVISION_NOT_IN_ROUND', `批次“${round.name}”不受理 ${claim.provision}。`, `Round "${round.name}" does not accept ${claim.provision}.`);
      }
      const enterprise = found.enterprise;
      const [row] = await tx
        .insert(applications)
        .values({ enterpriseId: enterprise.id, roundId: round.id, provision: claim.provision, claim, areaCode: enterprise.areaCode, fundingYear: round.year })
        .returning();
      await audit(tx, { ...actorOf(c), action: 'application.created', targetType: 'application', targetId: row!.id, after: { provision: claim.provision, claim } });
      return { status: 201 as const, body: applicationDto(row!, enterprise.name) };
    });
    return c.json(result.body, 201);
  })
  .openapi(listApplications, async (c) => {
    const user = requireUser(c);
    const q = c.req.valid('query');
    const { db } = c.get('deps');
    const conds: (SQL | undefined)[] = [applicationScope(user)];
    if (q.status) conds.push(eq(applications.status, q.status));
    if (q.provision) conds.push(eq(applications.provision, q.provision));
    if (q.roundId) conds.push(eq(applications.roundId, q.roundId));
    if (q.areaCode) conds.push(eq(applications.areaCode, q.areaCode));
    if (q.enterpriseId) conds.push(eq(applications.enterpriseId, q.enterpriseId));
    if (q.statuses?.length) conds.push(inArray(applications.status, q.statuses));
    if (q.fundingYear) conds.push(eq(applications.fundingYear, q.fundingYear));
    if (q.minAmount) conds.push(gte(applications.assessedAmount, q.minAmount));
    if (q.maxAmount) conds.push(lte(applications.assessedAmount, q.maxAmount));
    if (q.q) conds.push(enterpriseMatches(q.q));
    const where = and(...conds);
    // Server-side sorting and paging, with the id as a tie-breaker so pages never overlap.
    const column = { createdAt: applications.createdAt, submittedAt: applications.submittedAt, assessedAmount: applications.assessedAmount, updatedAt: applications.updatedAt }[q.sort];
    const dir = q.order === 'asc' ? asc : desc;
    // Plain ASC / DESC (nulls last / first) so the (column, id) indexes serve the sort in either direction.
    const countKey = JSON.stringify([user.role, user.enterpriseId, user.areaCode, { ...q, page: 0, pageSize: 0, sort: '', order: '' }]);
    // Without a name search the page is read from applications alone (an index walk to the offset,
    // then 20 rows); the names of the page's enterprises are fetched after, for those 20 only.
    const page = async () => {
      if (q.q) {
        return db
          .select({ a: applications, enterpriseName: enterprises.name })
          .from(applications)
          .innerJoin(enterprises, eq(enterprises.id, applications.enterpriseId))
          .where(where)
          .orderBy(dir(column), dir(applications.id))
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize);
      }
      const offset = (q.page - 1) * q.pageSize;
      // Deep pages: walk the index for the ids only (an index-only scan past the offset), then read
      // the page's rows by id — the offset never touches the rows it skips.
      const found =
        offset < 1000
          ? await db.select().from(applications).where(where).orderBy(dir(column), dir(applications.id)).limit(q.pageSize).offset(offset)
          : await (async () => {
              const ids = (await db.select({ id: applications.id }).from(applications).where(where).orderBy(dir(column), dir(applications.id)).limit(q.pageSize).offset(offset)).map((r) => r.id);
              const byId = new Map(ids.length ? (await db.select().from(applications).where(inArray(applications.id, ids))).map((a) => [a.id, a]) : []);
              return ids.map((id) => byId.get(id)!).filter(Boolean);
            })();
      const ids = [...new Set(found.map((a) => a.enterpriseId))];
      const names = new Map(ids.length ? (await db.select({ id: enterprises.id, name: enterprises.name }).from(enterprises).where(inArray(enterprises.id, ids))).map((e) => [e.id, e.name]) : []);
      return found.map((a) => ({ a, enterpriseName: names.get(a.enterpriseId) ?? '' }));
    };
    const [rows, total] = await Promise.all([
      page(),
      listCounts.get(countKey, async () => {
        // The enterprises table is joined only to search by name; otherwise the count reads one index.
        const base = db.select({ n: count() }).from(applications);
        const [r] = q.q ? await base.innerJoin(enterprises, eq(enterprises.id, applications.enterpriseId)).where(where) : await base.where(where);
        return r?.n ?? 0;
      }),
    ]);
    return c.json({ items: rows.map((r) => applicationDto(r.a, r.enterpriseName)), total, page: q.page, pageSize: q.pageSize }, 200);
  })
  .openapi(getApplication, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    const { db } = c.get('deps');
    const [row] = await db
      .select({ a: applications, enterpriseName: enterprises.name })
      .from(applications)
      .innerJoin(enterprises, eq(enterprises.id, applications.enterpriseId))
      .where(and(eq(applications.id, id), applicationScope(user)));
    if (!row) throw notFound(APPLICATION);
    const [reviewRows, files] = await Promise.all([
      db.select({ r: reviews, reviewerName: users.displayName }).from(reviews).innerJoin(users, eq(users.id, reviews.reviewerId)).where(eq(reviews.applicationId, id)).orderBy(asc(reviews.createdAt)),
      db.select().from(attachments).where(eq(attachments.applicationId, id)).orderBy(asc(attachments.createdAt)),
    ]);
    return c.json(
      {
        ...applicationDto(row.a, row.enterpriseName),
        reviews: reviewRows.map(({ r, reviewerName }) => ({ id: r.id, stage: r.stage as 'city', decision: r.decision as 'approve', comment: r.comment, fixItems: r.fixItems ?? null, amount: r.amount, reviewerName, createdAt: r.createdAt })),
        attachments: files.map((f) => ({ id: f.id, filename: f.filename, mime: f.mime, size: f.size, sha256: f.sha256, createdAt: f.createdAt })),
      },
      200,
    );
  })
  .openapi(updateApplication, async (c) => {
    const user = requireUser(c, 'enterprise');
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const claim = claimUnder(await c.get('deps').policy.get(), input.claim);
    const out = await withTx(c.get('deps').db, async (tx) => {
      const { a, enterpriseName } = await lockApplication(tx, user, id, [...statesFor('edit')], input.version);
      if (claim.provision !== a.provision) {
        throw unprocessable('PROVISION_CHANGED', `不能把 ${a.provision} 的申报改为 ${claim.provision}：请新建申报。`, `A ${a.provision} claim cannot become ${claim.provision}: start a new one.`);
      }
      const [row] = await tx.update(applications).set({ claim, version: a.version + 1, updatedAt: new Date().toISOString() }).where(eq(applications.id, id)).returning();
      await audit(tx, { ...actorOf(c), action: 'application.edited', targetType: 'application', targetId: id, before: { claim: a.claim }, after: { claim } });
      return applicationDto(row!, enterpriseName);
    });
    return c.json(out, 200);
  })
  .openapi(submitApplication, async (c) => {
    const user = requireUser(c, 'enterprise');
    const { id } = c.req.valid('param');
    const { version } = c.req.valid('json');
    const deps = c.get('deps');
    const snapshot = await deps.policy.get();
    const out = await withTx(deps.db, async (tx) => {
      const { a, enterpriseName } = await lockApplication(tx, user, id, [...statesFor('submit')], version);
      const [enterprise] = await tx.select().from(enterprises).where(eq(enterprises.id, a.enterpriseId)).for('update');
      if (enterprise!.status !== 'verified') {
        throw unprocessable('ENTERPRISE_NOT_VERIFIED', '企业信息尚未通过审核，审核通过后才能提交申报。', 'The enterprise is not verified yet: claims can be submitted once it is.');
      }
      const [round] = await tx.select().from(fundingRounds).where(eq(fundingRounds.id, a.roundId));
      roundIsOpen(round!);
      const asOf = todayInChina();
      const inForce = versionOn(snapshot, asOf);
      const claim = claimUnder(snapshot, a.claim, asOf);
      const assessment = assess(claim, {
        ...(await claimContext(tx, a, claim, inForce, asOf)),
        fundingYear: a.fundingYear,
        asOf,
        policy: snapshot.versions,
        lprTable: snapshot.lpr,
      });
      if (!assessment.eligible) {
        throw unprocessable('NOT_ELIGIBLE', assessment.reasons.map((r) => r.zh).join(''), assessment.reasons.map((r) => r.en).join(' '), { reasons: assessment.reasons });
      }
      const now = new Date().toISOString();
      const [row] = await tx
        .update(applications)
        .set({ status: 'submitted', assessment, assessedAmount: assessment.amount, approvedAmount: null, amountReason: null, submittedAt: now, updatedAt: now, version: a.version + 1 })
        .where(eq(applications.id, id))
        .returning();
      await audit(tx, { ...actorOf(c), action: 'application.submitted', targetType: 'application', targetId: id, before: { status: a.status }, after: { status: 'submitted', assessedAmount: assessment.amount, policyVersion: assessment.policyVersion } });
      return applicationDto(row!, enterpriseName);
    });
    return c.json(out, 200);
  })
  .openapi(withdrawApplication, async (c) => {
    const user = requireUser(c, 'enterprise');
    const { id } = c.req.valid('param');
    const { version } = c.req.valid('json');
    const out = await withTx(c.get('deps').db, async (tx) => {
      const { a, enterpriseName } = await lockApplication(tx, user, id, [...statesFor('withdraw')], version);
      const [row] = await tx.update(applications).set({ status: 'withdrawn', version: a.version + 1, updatedAt: new Date().toISOString() }).where(eq(applications.id, id)).returning();
      await audit(tx, { ...actorOf(c), action: 'application.withdrawn', targetType: 'application', targetId: id, before: { status: a.status }, after: { status: 'withdrawn' } });
      return applicationDto(row!, enterpriseName);
    });
    return c.json(out, 200);
  });
