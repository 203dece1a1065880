import { endpoints, type PriorityExamStatus } from '@huiqi/contracts';
import { isGreenChannelIndustry, policyRegistry, yearInChina } from '@huiqi/domain';
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../db/client.js';
import { withTx } from '../../db/client.js';
import { enterprises, priorityExamApplications, priorityExamTallies } from '../../db/schema.js';
import { ApiError, conflict, notFound, unprocessable } from '../../lib/api-error.js';
import { auditBy } from '../../lib/audit-by.js';
import type { SessionUser } from '../../lib/context.js';
import { notify, reasonText } from '../../lib/notify.js';
import { aboutTerms, termsDate } from '../../lib/about-terms.js';
import { versionOn } from '../../lib/claim-context.js';
import { serve, type AppRouteHandler } from '../../lib/endpoints.js';
import type { PolicySnapshot } from '../../lib/policy-store.js';
import { priorityExamScope } from '../../lib/scope.js';
import { recommendationSheets } from './recommendation-workbook.js';
import { workbookResponse } from '../../lib/spreadsheet.js';

const api = endpoints.priorityExam;
const APPLICATION = { zh: '优先审查推荐申请', en: 'The application' };

type Row = {
  a: typeof priorityExamApplications.$inferSelect;
  name: string;
  creditCode: string;
  contactName: string;
  contactPhone: string;
};
const columns = {
  a: priorityExamApplications,
  name: enterprises.name,
  creditCode: enterprises.creditCode,
  contactName: enterprises.contactName,
  contactPhone: enterprises.contactPhone,
};

export function dto({ a, name, creditCode, contactName, contactPhone }: Row) {
  return {
    id: a.id,
    year: a.year,
    enterpriseId: a.enterpriseId,
    enterpriseName: name,
    creditCode,
    areaCode: a.areaCode,
    applicationNumbers: a.applicationNumbers,
    patentTitle: a.patentTitle,
    technicalField: a.technicalField,
    industry: a.industry,
    focusIndustry: a.focusIndustry,
    reason: a.reason,
    contactName,
    contactPhone,
    status: a.status as PriorityExamStatus,
    checkReason: a.checkReason,
    checkedAt: a.checkedAt,
    rank: a.rank,
    decisionReason: a.decisionReason,
    overReason: a.overReason,
    decidedAt: a.decidedAt,
    submittedAt: a.submittedAt,
  };
}

/**
 * The region's order: its rank where it gave one; before that (and for what passed since), the
 * focus industries of M2 first, then the earlier submitted — a ranking, never a condition.
 */
export const regionOrder = [
  sql`${priorityExamApplications.rank} asc nulls last`,
  desc(priorityExamApplications.focusIndustry),
  asc(priorityExamApplications.submittedAt),
  asc(priorityExamApplications.id),
];

/** The provision and its "about N" for a year, from the registry and the parameters in force. */
function recommendationTerms(snapshot: PolicySnapshot, year: number) {
  const provision = policyRegistry(versionOn(snapshot, termsDate(year))).recommendation;
  if (!provision)
    throw unprocessable(
      'NO_RECOMMENDATION_PROVISION',
      '现行政策没有优先审查推荐事项。',
      'The policy in force has no recommendation for prioritized examination.',
    );
  const { count: target, tolerance, upperBound } = aboutTerms(snapshot, provision.id, year);
  return { provision, target, tolerance, upperBound };
}

async function tally(db: Db | Tx, snapshot: PolicySnapshot, year: number) {
  const { target, tolerance, upperBound } = recommendationTerms(snapshot, year);
  const [row] = await db.select().from(priorityExamTallies).where(eq(priorityExamTallies.year, year));
  return { year, recommended: row?.recommended ?? 0, target, upperBound, tolerance };
}

async function one(db: Db | Tx, id: string, scope?: SQL) {
  const [row] = await db
    .select(columns)
    .from(priorityExamApplications)
    .innerJoin(enterprises, eq(enterprises.id, priorityExamApplications.enterpriseId))
    .where(and(eq(priorityExamApplications.id, id), scope));
  if (!row) throw notFound(APPLICATION);
  return row;
}

const apply: AppRouteHandler<typeof api.apply> = async (c) => {
  const user = c.get('user');
  const input = c.req.valid('json');
  const deps = c.get('deps');
  const year = yearInChina();
  recommendationTerms(await deps.policy.get(), year);
  const row = await withTx(deps.db, async (tx) => {
    const [e] = await tx.select().from(enterprises).where(eq(enterprises.id, user.enterpriseId!));
    if (!e) throw notFound({ zh: '企业', en: 'The enterprise' });
    if (e.status !== 'verified')
      throw unprocessable(
        'ENTERPRISE_NOT_VERIFIED',
        '企业信息尚未通过审核，审核通过后才能申请。',
        'The enterprise is not verified yet: it can apply once it is.',
      );
    const [a] = await tx
      .insert(priorityExamApplications)
      .values({
        ...input,
        year,
        enterpriseId: e.id,
        areaCode: e.areaCode,
        focusIndustry: isGreenChannelIndustry(input.industry),
        createdBy: user.id,
      })
      .onConflictDoNothing()
      .returning();
    if (!a)
      throw conflict(
        'ALREADY_APPLIED',
        `本企业 ${year} 年度已申请优先审查推荐：请在原申请中查看或修改。`,
        `The enterprise has already applied for ${year}: see or correct that application.`,
      );
    await auditBy(c, tx, {
      action: 'priority-exam.applied',
      targetType: 'priority-exam',
      targetId: a.id,
      after: input,
    });
    return {
      a,
      name: e.name,
      creditCode: e.creditCode,
      contactName: e.contactName,
      contactPhone: e.contactPhone,
    };
  });
  return c.json(dto(row), 201);
};

const list: AppRouteHandler<typeof api.list> = async (c) => {
  const user = c.get('user');
  const q = c.req.valid('query');
  const deps = c.get('deps');
  const year = q.year ?? yearInChina();
  const rows = await deps.db
    .select(columns)
    .from(priorityExamApplications)
    .innerJoin(enterprises, eq(enterprises.id, priorityExamApplications.enterpriseId))
    .where(
      and(
        priorityExamScope(user),
        eq(priorityExamApplications.year, year),
        q.status ? eq(priorityExamApplications.status, q.status) : undefined,
      ),
    )
    .orderBy(...regionOrder);
  return c.json({ items: rows.map(dto), tally: await tally(deps.db, await deps.policy.get(), year) }, 200);
};

const get: AppRouteHandler<typeof api.get> = async (c) => {
  const { id } = c.req.valid('param');
  return c.json(dto(await one(c.get('deps').db, id, priorityExamScope(c.get('user')))), 200);
};

/**
 * Changes an application in the caller's scope only while it is still `from`: one changed meanwhile
 * (checked, returned, sent again by another tab) is refused with `refusal`, not overwritten.
 */
async function moveFrom(
  tx: Tx,
  user: SessionUser,
  id: string,
  from: PriorityExamStatus,
  set: PgUpdateSetSource<typeof priorityExamApplications>,
  refusal: [code: string, zh: string, en: string],
) {
  const before = await one(tx, id, priorityExamScope(user));
  const [a] = await tx
    .update(priorityExamApplications)
    .set(set)
    .where(and(eq(priorityExamApplications.id, id), eq(priorityExamApplications.status, from)))
    .returning();
  if (!a) throw conflict(...refusal);
  return { before, a };
}

const resubmit: AppRouteHandler<typeof api.resubmit> = async (c) => {
  const { id } = c.req.valid('param');
  const input = c.req.valid('json');
  const row = await withTx(c.get('deps').db, async (tx) => {
    const { before, a } = await moveFrom(
      tx,
      c.get('user'),
      id,
      'returned',
      {
        ...input,
        focusIndustry: isGreenChannelIndustry(input.industry),
        status: 'submitted',
        submittedAt: sql`now()`,
      },
      [
        'NOT_RETURNED',
        '只有被退回的申请可以修改后重新提交。',
        'Only a returned application can be corrected and sent again.',
      ],
    );
    await auditBy(c, tx, {
      action: 'priority-exam.resubmitted',
      targetType: 'priority-exam',
      targetId: id,
      before: dto(before),
      after: input,
    });
    return { ...before, a };
  });
  return c.json(dto(row), 200);
};

const check: AppRouteHandler<typeof api.check> = async (c) => {
  const user = c.get('user');
  const { id } = c.req.valid('param');
  const input = c.req.valid('json');
  const row = await withTx(c.get('deps').db, async (tx) => {
    const { before, a } = await moveFrom(
      tx,
      user,
      id,
      'submitted',
      {
        status: input.decision === 'pass' ? 'passed' : 'returned',
        checkReason: input.reason || null,
        checkedBy: user.id,
        checkedAt: sql`now()`,
        rank: null,
      },
      [
        'NOT_SUBMITTED',
        '该申请不在待审核状态（可能已被审核或退回）。',
        'The application is not waiting for a check (it may have been checked or returned already).',
      ],
    );
    await auditBy(c, tx, {
      action: input.decision === 'pass' ? 'priority-exam.passed' : 'priority-exam.returned',
      targetType: 'priority-exam',
      targetId: id,
      before: { status: before.a.status },
      after: { status: a.status, reason: a.checkReason },
    });
    await tellApplicant(tx, a, input.decision === 'pass' ? 'passed' : 'returned');
    return { ...before, a };
  });
  return c.json(dto(row), 200);
};

const RANKED = ['passed', 'recommended', 'not-recommended'];

const rank: AppRouteHandler<typeof api.rank> = async (c) => {
  const { year, order } = c.req.valid('json');
  const deps = c.get('deps');
  await withTx(deps.db, async (tx) => {
    // Under the year's tally row lock: two officers saving orders at once save one after the other.
    await tx.insert(priorityExamTallies).values({ year }).onConflictDoNothing();
    await tx.execute(
      sql`select 1 from ${priorityExamTallies} where ${priorityExamTallies.year} = ${year} for update`,
    );
    const rows = await tx
      .select({ id: priorityExamApplications.id, rank: priorityExamApplications.rank })
      .from(priorityExamApplications)
      .where(and(eq(priorityExamApplications.year, year), inArray(priorityExamApplications.status, RANKED)));
    const ids = new Set(rows.map((r) => r.id));
    const given = new Set(order);
    if (given.size !== order.length)
      throw unprocessable(
        'RANKING_DUPLICATE',
        '排序中有重复的申请。',
        'The order lists an application twice.',
        [{ path: 'order', zh: '排序中有重复的申请。', en: 'The order lists an application twice.' }],
      );
    if (given.size !== ids.size || order.some((id) => !ids.has(id)))
      throw conflict(
        'RANKING_STALE',
        '排序与当前已通过审核的申请不一致（可能有新通过的申请）：请刷新后重新排序。',
        'The order does not match the passed applications (some may have passed since): reload and order again.',
      );
    const before = Object.fromEntries(rows.map((r) => [r.id, r.rank]));
    for (const [i, id] of order.entries())
      await tx
        .update(priorityExamApplications)
        .set({ rank: i + 1 })
        .where(eq(priorityExamApplications.id, id));
    await auditBy(c, tx, {
      action: 'priority-exam.ranked',
      targetType: 'priority-exam-year',
      targetId: String(year),
      before,
      after: Object.fromEntries(order.map((id, i) => [id, i + 1])),
    });
  });
  const rows = await deps.db
    .select(columns)
    .from(priorityExamApplications)
    .innerJoin(enterprises, eq(enterprises.id, priorityExamApplications.enterpriseId))
    .where(eq(priorityExamApplications.year, year))
    .orderBy(...regionOrder);
  return c.json({ items: rows.map(dto), tally: await tally(deps.db, await deps.policy.get(), year) }, 200);
};

/**
 * The applicant enterprise is told of each decision on its application, in the decision's
 * transaction (lib/notify.ts): passed or returned by its city, recommended or not by the region.
 */
async function tellApplicant(
  tx: Tx,
  a: typeof priorityExamApplications.$inferSelect,
  outcome: 'passed' | 'returned' | 'recommended' | 'not-recommended',
) {
  const numbers = a.applicationNumbers.join('、');
  const which = {
    zh: `${a.year} 年度优先审查推荐申请（${numbers}）`,
    en: `Your ${a.year} application (${a.applicationNumbers.join(', ')})`,
  };
  const text = {
    passed: {
      title: { zh: '优先审查推荐申请已通过市级审核', en: 'Prioritized examination: passed the city check' },
      body: {
        zh: `${which.zh}已通过市级审核，等待自治区排序推荐。`,
        en: `${which.en} passed the city check and waits for the region's ranking and recommendation.`,
      },
    },
    returned: {
      title: { zh: '优先审查推荐申请被退回', en: 'Prioritized examination: application returned' },
      body: {
        zh: `${which.zh}被退回：${reasonText(a.checkReason)}。请修改后重新提交。`,
        en: `${which.en} was returned: ${reasonText(a.checkReason)}. Correct it and send it again.`,
      },
    },
    recommended: {
      title: { zh: '已推荐优先审查', en: 'Prioritized examination: recommended' },
      body: {
        zh: `${which.zh}已列入自治区向国家知识产权局报送的优先审查推荐名单。`,
        en: `${which.en} is on the list the region recommends to the national IP office for prioritized examination.`,
      },
    },
    'not-recommended': {
      title: { zh: '未获优先审查推荐', en: 'Prioritized examination: not recommended' },
      body: {
        zh: `${which.zh}未获推荐：${reasonText(a.decisionReason)}。`,
        en: `${which.en} was not recommended: ${reasonText(a.decisionReason)}.`,
      },
    },
  }[outcome];
  await notify(tx, {
    to: { kind: 'enterprise', id: a.enterpriseId },
    topic: `priority-exam.${outcome}`,
    subject: { type: 'priority-exam', id: a.id },
    ...text,
    // The city's pass is a step on the way; a return asks for a correction, the region's decision ends it.
    ...(outcome === 'passed' ? {} : { sms: 'contact' as const }),
  });
}

const notPassed = () =>
  conflict(
    'NOT_PASSED',
    '只有经市级审核通过、尚未决定的申请可以推荐或不予推荐。',
    'Only an application its city passed and not yet decided can be recommended or not.',
  );

const decide: AppRouteHandler<typeof api.decide> = async (c) => {
  const user = c.get('user');
  const { id } = c.req.valid('param');
  const input = c.req.valid('json');
  const deps = c.get('deps');
  const snapshot = await deps.policy.get();
  const out = await withTx(deps.db, async (tx) => {
    const before = await one(tx, id);
    const terms = recommendationTerms(snapshot, before.a.year);
    if (before.a.status !== 'passed') throw notPassed();
    let over = false;
    let recommended: number | null = null;
    if (input.decision === 'recommend') {
      const reason = input.overReason ?? null;
      await tx.insert(priorityExamTallies).values({ year: before.a.year }).onConflictDoNothing();
      // The guarded increment is the decision, under the row lock: concurrent officers never pass
      // "about N" (the count and its tolerance) without a recorded reason.
      const [t] = await tx
        .update(priorityExamTallies)
        .set({ recommended: sql`${priorityExamTallies.recommended} + 1` })
        .where(
          and(
            eq(priorityExamTallies.year, before.a.year),
            reason ? sql`true` : sql`${priorityExamTallies.recommended} + 1 <= ${terms.upperBound}`,
          ),
        )
        .returning();
      if (!t)
        throw new ApiError(
          422,
          'OVER_REASON_REQUIRED',
          `${before.a.year} 年度约推荐 ${terms.target} 家（至多 ${terms.upperBound} 家仍属“左右”），已达上限：继续推荐须填写理由。`,
          `About ${terms.target} are recommended for ${before.a.year} (up to ${terms.upperBound} is still "about"), and that is reached: recommending more needs a reason.`,
          [
            {
              path: 'overReason',
              zh: '已达推荐上限：请说明超出推荐数量的理由。',
              en: 'The number is reached: say why this one is recommended past it.',
            },
          ],
        );
      recommended = t.recommended;
      over = t.recommended > terms.upperBound;
    }
    const [a] = await tx
      .update(priorityExamApplications)
      .set({
        status: input.decision === 'recommend' ? 'recommended' : 'not-recommended',
        decisionReason: input.decision === 'not-recommend' ? input.reason : null,
        overReason: over && input.decision === 'recommend' ? input.overReason! : null,
        decidedBy: user.id,
        decidedAt: sql`now()`,
      })
      .where(and(eq(priorityExamApplications.id, id), eq(priorityExamApplications.status, 'passed')))
      .returning();
    if (!a) throw notPassed();
    await auditBy(c, tx, {
      action:
        input.decision === 'recommend'
          ? over
            ? 'priority-exam.recommended-over'
            : 'priority-exam.recommended'
          : 'priority-exam.not-recommended',
      targetType: 'priority-exam',
      targetId: id,
      before: { status: before.a.status },
      after: { status: a.status, reason: a.decisionReason, overReason: a.overReason, recommended },
    });
    await tellApplicant(tx, a, input.decision === 'recommend' ? 'recommended' : 'not-recommended');
    return { ...before, a };
  });
  return c.json({ application: dto(out), tally: await tally(deps.db, snapshot, out.a.year) }, 200);
};

const exportList: AppRouteHandler<typeof api.export> = async (c) => {
  const { year: y } = c.req.valid('query');
  const year = y ?? yearInChina();
  const { db } = c.get('deps');
  const rows = await db
    .select(columns)
    .from(priorityExamApplications)
    .innerJoin(enterprises, eq(enterprises.id, priorityExamApplications.enterpriseId))
    .where(and(eq(priorityExamApplications.year, year), eq(priorityExamApplications.status, 'recommended')))
    .orderBy(...regionOrder);
  return workbookResponse(c, recommendationSheets(year, rows.map(dto)), {
    name: `${year}年度专利优先审查推荐名单`,
    asciiName: `priority-exam-${year}`,
  });
};

export const priorityExamRoutes = serve(api, {
  apply,
  list,
  export: exportList,
  rank,
  get,
  resubmit,
  check,
  decide,
});
