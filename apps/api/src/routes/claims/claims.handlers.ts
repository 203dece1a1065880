import { endpoints } from '@huiqi/contracts';
import { CLOCK_STATES, addWorkingDays, assess, policyRegistry, statesFor, todayInChina } from '@huiqi/domain';
import { and, asc, count, desc, eq, gte, inArray, isNotNull, lt, lte, sql, type SQL } from 'drizzle-orm';
import { withTx } from '../../db/client.js';
import { ph, prepared, rowOf, type Raw } from '../../db/prepared.js';
import {
  agencies,
  claims,
  attachments,
  enterprises,
  fundingRounds,
  reviews,
  users,
} from '../../db/schema.js';
import { notFound, unprocessable } from '../../lib/api-error.js';
import { auditBy } from '../../lib/audit-by.js';
import { nextCaseNo, timeLimitOf } from '../../lib/case-number.js';
import { claimContext, claimUnder, versionOn } from '../../lib/claim-context.js';
import type { SessionUser } from '../../lib/context.js';
import { idempotent } from '../../lib/idempotency.js';
import { serve, type AppRouteHandler } from '../../lib/endpoints.js';
import { applicantMatches } from '../../lib/search.js';
import { TtlCache } from '../../lib/ttl-cache.js';

/**
 * Totals of the paged lists, per caller scope and filter, for 3 s: paging through 100,000 claims no
 * longer counts them all on every page (a total a few seconds old is what list UIs show anyway).
 */
const listCounts = new TtlCache<number>(3_000, 1_000);
import { claimScope } from '../../lib/scope.js';
import { CLAIM, applicantName, claimDto, lockApplicant, lockClaim, moveClaim } from './claims.service.js';
import { attachmentDto } from '../attachments/attachment-dto.js';

const api = endpoints.claims;

/** "Due soon": the due date is within 3 working days (today counted); past the calendar's range, that range's end. */
function dueSoonUntil(today: string): string {
  try {
    return addWorkingDays(today, 2);
  } catch {
    return today;
  }
}

/**
 * Who may claim what: an enterprise the provisions paid to enterprises, an agency's administrator
 * (the routes allow no other agency worker) those paid to agencies (M11.1, from the registry) —
 * never the other way round.
 */
function applicantMayClaim(user: SessionUser, provision: string, agencyProvisions: ReadonlySet<string>) {
  const forAgencies = agencyProvisions.has(provision);
  if (user.role === 'agency' && !forAgencies)
    throw unprocessable(
      'APPLICANT_MISMATCH',
      `${provision} 由企业申报，服务机构不能申报。`,
      `${provision} is claimed by enterprises, not by agencies.`,
    );
  if (user.role === 'enterprise' && forAgencies)
    throw unprocessable(
      'APPLICANT_MISMATCH',
      `${provision} 由服务机构申报，企业不能申报。`,
      `${provision} is claimed by service agencies, not by enterprises.`,
    );
}

function roundIsOpen(round: { opensOn: string; closesOn: string; name: string }) {
  const today = todayInChina();
  if (today < round.opensOn || today > round.closesOn) {
    throw unprocessable(
      'ROUND_CLOSED',
      `申报批次“${round.name}”不在申报期内（${round.opensOn} 至 ${round.closesOn}）。`,
      `Round "${round.name}" is not open (${round.opensOn} to ${round.closesOn}).`,
    );
  }
}

/**
 * A claim written in one statement with what it needs read: the round (which must be open on
 * `today` and accept the provision) and the applicant (its area), one round trip where there were
 * two. No row is written when a check fails; the round's columns come back either way, for the
 * error. Built once per kind of applicant (enterprise or agency).
 */
const createClaim = prepared<Raw>((_db, applicant) => {
  const [table, column] =
    applicant === 'agency' ? [agencies, sql.raw('agency_id')] : [enterprises, sql.raw('enterprise_id')];
  return sql`
    with found as materialized (
      select x.id as applicant_id, x.name as applicant_name, x.area_code as applicant_area,
        r.id as round_id, r.year as round_year, r.name as round_name, r.opens_on, r.closes_on, r.provisions
      from ${table} x left join ${fundingRounds} r on r.id = ${ph('roundId')} where x.id = ${ph('applicantId')}
    ),
    created as (
      insert into ${claims} (${column}, round_id, provision, claim, area_code, funding_year)
      select applicant_id, round_id, ${ph('provision')}, ${ph('claim')}::jsonb, applicant_area, round_year from found
      where round_id is not null and opens_on <= ${ph('today')}::date and closes_on >= ${ph('today')}::date
        and ${ph('provision')}::text = any (provisions)
      returning *
    )
    select found.applicant_name, found.round_id as found_round, found.round_name, found.opens_on, found.closes_on, created.*
    from found left join created on true`;
});

const create: AppRouteHandler<typeof api.create> = async (c) => {
  const user = c.get('user');
  const input = c.req.valid('json');
  const snapshot = await c.get('deps').policy.get();
  const claim = claimUnder(snapshot, input.claim); // DomainError → 422 with the field and what to fix
  applicantMayClaim(user, claim.provision, policyRegistry(versionOn(snapshot)).agencyProvisions);
  const result = await idempotent(c, 'POST /claims', input, async (tx) => {
    const { rows } = await createClaim(
      tx,
      {
        roundId: input.roundId,
        applicantId: user.enterpriseId ?? user.agencyId,
        provision: claim.provision,
        claim: JSON.stringify(claim),
        today: todayInChina(),
      },
      user.enterpriseId ? 'enterprise' : 'agency',
    );
    const found = rows[0];
    if (!found?.found_round) throw notFound({ zh: '申报批次', en: 'The funding round' });
    if (found.id === null) {
      // Not written: say why, as the checks in the statement did.
      const round = {
        name: String(found.round_name),
        opensOn: String(found.opens_on),
        closesOn: String(found.closes_on),
      };
      roundIsOpen(round);
      throw unprocessable(
        'PROVISION_NOT_IN_ROUND',
        `批次“${round.name}”不受理 ${claim.provision}。`,
        `Round "${round.name}" does not accept ${claim.provision}.`,
      );
    }
    const row = rowOf(claims, found);
    const applicant = { name: String(found.applicant_name) };
    await auditBy(c, tx, {
      action: 'claim.created',
      targetType: 'claim',
      targetId: row!.id,
      after: { provision: claim.provision, claim },
    });
    return { status: 201 as const, body: claimDto(row!, applicant.name) };
  });
  return c.json(result.body, 201);
};

const list: AppRouteHandler<typeof api.list> = async (c) => {
  const user = c.get('user');
  const q = c.req.valid('query');
  const { db } = c.get('deps');
  const conds: (SQL | undefined)[] = [claimScope(user)];
  if (q.status) conds.push(eq(claims.status, q.status));
  if (q.provision) conds.push(eq(claims.provision, q.provision));
  if (q.roundId) conds.push(eq(claims.roundId, q.roundId));
  if (q.areaCode) conds.push(eq(claims.areaCode, q.areaCode));
  if (q.enterpriseId) conds.push(eq(claims.enterpriseId, q.enterpriseId));
  if (q.agencyId) conds.push(eq(claims.agencyId, q.agencyId));
  if (q.statuses?.length) conds.push(inArray(claims.status, q.statuses));
  if (q.fundingYear) conds.push(eq(claims.fundingYear, q.fundingYear));
  if (q.minAmount) conds.push(gte(claims.assessedAmount, q.minAmount));
  if (q.maxAmount) conds.push(lte(claims.assessedAmount, q.maxAmount));
  if (q.q) conds.push(applicantMatches(q.q));
  if (q.due) {
    const today = todayInChina();
    conds.push(inArray(claims.status, [...CLOCK_STATES]), isNotNull(claims.dueOn));
    if (q.due === 'overdue') conds.push(lt(claims.dueOn, today));
    else conds.push(gte(claims.dueOn, today), lte(claims.dueOn, dueSoonUntil(today)));
  }
  const where = and(...conds);
  // Server-side sorting and paging, with the id as a tie-breaker so pages never overlap.
  const column = {
    createdAt: claims.createdAt,
    submittedAt: claims.submittedAt,
    assessedAmount: claims.assessedAmount,
    updatedAt: claims.updatedAt,
    dueOn: claims.dueOn,
  }[q.sort];
  const dir = q.order === 'asc' ? asc : desc;
  // Plain ASC / DESC (nulls last / first) so the (column, id) indexes serve the sort in either direction.
  const countKey = JSON.stringify([
    user.role,
    user.enterpriseId,
    user.areaCode,
    { ...q, page: 0, pageSize: 0, sort: '', order: '' },
  ]);
  // Without a name search the page is read from claims alone (an index walk to the offset,
  // then 20 rows); the names of the page's enterprises are fetched after, for those 20 only.
  const page = async () => {
    if (q.q) {
      return db
        .select({ a: claims, enterpriseName: applicantName })
        .from(claims)
        .leftJoin(enterprises, eq(enterprises.id, claims.enterpriseId))
        .leftJoin(agencies, eq(agencies.id, claims.agencyId))
        .where(where)
        .orderBy(dir(column), dir(claims.id))
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize);
    }
    const offset = (q.page - 1) * q.pageSize;
    // Deep pages: walk the index for the ids only (an index-only scan past the offset), then read
    // the page's rows by id — the offset never touches the rows it skips.
    const found =
      offset < 1000
        ? await db
            .select()
            .from(claims)
            .where(where)
            .orderBy(dir(column), dir(claims.id))
            .limit(q.pageSize)
            .offset(offset)
        : await (async () => {
            const ids = (
              await db
                .select({ id: claims.id })
                .from(claims)
                .where(where)
                .orderBy(dir(column), dir(claims.id))
                .limit(q.pageSize)
                .offset(offset)
            ).map((r) => r.id);
            const byId = new Map(
              ids.length
                ? (await db.select().from(claims).where(inArray(claims.id, ids))).map((a) => [a.id, a])
                : [],
            );
            return ids.map((id) => byId.get(id)!).filter(Boolean);
          })();
    const ids = [...new Set(found.flatMap((a) => (a.enterpriseId ? [a.enterpriseId] : [])))];
    const agencyIds = [...new Set(found.flatMap((a) => (a.agencyId ? [a.agencyId] : [])))];
    const [enterpriseNames, agencyNames] = await Promise.all([
      ids.length
        ? db
            .select({ id: enterprises.id, name: enterprises.name })
            .from(enterprises)
            .where(inArray(enterprises.id, ids))
        : [],
      agencyIds.length
        ? db
            .select({ id: agencies.id, name: agencies.name })
            .from(agencies)
            .where(inArray(agencies.id, agencyIds))
        : [],
    ]);
    const names = new Map([...enterpriseNames, ...agencyNames].map((e) => [e.id, e.name]));
    return found.map((a) => ({ a, enterpriseName: names.get(a.enterpriseId ?? a.agencyId!) ?? '' }));
  };
  const [rows, total] = await Promise.all([
    page(),
    listCounts.get(countKey, async () => {
      // The applicants' tables are joined only to search by name; otherwise the count reads one index.
      const base = db.select({ n: count() }).from(claims);
      const [r] = q.q
        ? await base
            .leftJoin(enterprises, eq(enterprises.id, claims.enterpriseId))
            .leftJoin(agencies, eq(agencies.id, claims.agencyId))
            .where(where)
        : await base.where(where);
      return r?.n ?? 0;
    }),
  ]);
  return c.json(
    {
      items: rows.map((r) => claimDto(r.a, r.enterpriseName)),
      total,
      page: q.page,
      pageSize: q.pageSize,
    },
    200,
  );
};

const get: AppRouteHandler<typeof api.get> = async (c) => {
  const user = c.get('user');
  const { id } = c.req.valid('param');
  const { db } = c.get('deps');
  const [row] = await db
    .select({ a: claims, enterpriseName: applicantName })
    .from(claims)
    .leftJoin(enterprises, eq(enterprises.id, claims.enterpriseId))
    .leftJoin(agencies, eq(agencies.id, claims.agencyId))
    .where(and(eq(claims.id, id), claimScope(user)));
  if (!row) throw notFound(CLAIM);
  const [reviewRows, files] = await Promise.all([
    db
      .select({ r: reviews, reviewerName: users.displayName })
      .from(reviews)
      .innerJoin(users, eq(users.id, reviews.reviewerId))
      .where(eq(reviews.claimId, id))
      .orderBy(asc(reviews.createdAt)),
    db.select().from(attachments).where(eq(attachments.claimId, id)).orderBy(asc(attachments.createdAt)),
  ]);
  return c.json(
    {
      ...claimDto(row.a, row.enterpriseName),
      reviews: reviewRows.map(({ r, reviewerName }) => ({
        id: r.id,
        stage: r.stage as 'city',
        decision: r.decision as 'approve',
        comment: r.comment,
        fixItems: r.fixItems ?? null,
        fieldIssues: r.issues?.fields ?? [],
        materialIssues: r.issues?.materials ?? [],
        amount: r.amount,
        reviewerName,
        createdAt: r.createdAt,
      })),
      attachments: files.map(attachmentDto),
    },
    200,
  );
};

const update: AppRouteHandler<typeof api.update> = async (c) => {
  const user = c.get('user');
  const { id } = c.req.valid('param');
  const input = c.req.valid('json');
  const claim = claimUnder(await c.get('deps').policy.get(), input.claim);
  const out = await withTx(c.get('deps').db, async (tx) => {
    const { a, enterpriseName } = await lockClaim(tx, user, id, [...statesFor('edit')], input.version);
    if (claim.provision !== a.provision) {
      throw unprocessable(
        'PROVISION_CHANGED',
        `不能把 ${a.provision} 的申报改为 ${claim.provision}：请新建申报。`,
        `A ${a.provision} claim cannot become ${claim.provision}: start a new one.`,
      );
    }
    const [row] = await tx
      .update(claims)
      .set({ claim, version: a.version + 1, updatedAt: new Date().toISOString() })
      .where(eq(claims.id, id))
      .returning();
    await auditBy(c, tx, {
      action: 'claim.edited',
      targetType: 'claim',
      targetId: id,
      before: { claim: a.claim },
      after: { claim },
    });
    return claimDto(row!, enterpriseName);
  });
  return c.json(out, 200);
};

const submit: AppRouteHandler<typeof api.submit> = async (c) => {
  const user = c.get('user');
  const { id } = c.req.valid('param');
  const { version } = c.req.valid('json');
  const deps = c.get('deps');
  const snapshot = await deps.policy.get();
  const out = await withTx(deps.db, async (tx) => {
    const { a, enterpriseName } = await lockClaim(tx, user, id, [...statesFor('submit')], version);
    // The applicant is locked: two of its claims submitted at once are assessed one after the other.
    const { enterprise } = await lockApplicant(tx, a);
    if (enterprise && enterprise.status !== 'verified') {
      throw unprocessable(
        'ENTERPRISE_NOT_VERIFIED',
        '企业信息尚未通过审核，审核通过后才能提交申报。',
        'The enterprise is not verified yet: claims can be submitted once it is.',
      );
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
      throw unprocessable(
        'NOT_ELIGIBLE',
        assessment.reasons.map((r) => r.zh).join(''),
        assessment.reasons.map((r) => r.en).join(' '),
        { reasons: assessment.reasons },
      );
    }
    const now = new Date().toISOString();
    // Numbered last, once the claim is sure to be accepted (a number taken by a rollback is a gap).
    const caseNo = a.caseNo ?? (await nextCaseNo(tx, a.areaCode, Number(asOf.slice(0, 4))));
    const limit = timeLimitOf(inForce, a.provision, asOf);
    const [row] = await tx
      .update(claims)
      .set({
        status: 'submitted',
        caseNo,
        ...limit,
        assessment,
        assessedAmount: assessment.amount,
        approvedAmount: null,
        amountReason: null,
        submittedAt: now,
        updatedAt: now,
        version: a.version + 1,
      })
      .where(eq(claims.id, id))
      .returning();
    await auditBy(c, tx, {
      action: 'claim.submitted',
      targetType: 'claim',
      targetId: id,
      before: { status: a.status },
      after: {
        status: 'submitted',
        caseNo,
        ...limit,
        assessedAmount: assessment.amount,
        policyVersion: assessment.policyVersion,
      },
    });
    return claimDto(row!, enterpriseName);
  });
  return c.json(out, 200);
};

const withdraw: AppRouteHandler<typeof api.withdraw> = async (c) => {
  const user = c.get('user');
  const { id } = c.req.valid('param');
  const { version } = c.req.valid('json');
  const out = await withTx(c.get('deps').db, async (tx) => {
    const locked = await lockClaim(tx, user, id, [...statesFor('withdraw')], version);
    return moveClaim(c, tx, locked, 'withdrawn');
  });
  return c.json(out, 200);
};

export const claimRoutes = serve(api, { create, list, get, update, submit, withdraw });
