import type { z } from '@hono/zod-openapi';
import { endpoints, type adjudicationCaseCreate, type adjudicationStep } from '@huiqi/contracts';
import {
  AREAS,
  adjudicationParameters,
  adjudicationTimeLimits,
  defaultWorkingDayCalendar,
  todayInChina,
  yearOf,
  type TimeLimit,
} from '@huiqi/domain';
import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { withTx, type Tx } from '../../db/client.js';
import { adjudicationCases, enterprises } from '../../db/schema.js';
import { ApiError, conflict, notFound, unprocessable } from '../../lib/api-error.js';
import { audit, type AuditEntry } from '../../lib/audit.js';
import { auditBy } from '../../lib/audit-by.js';
import { versionOn } from '../../lib/claim-context.js';
import type { PolicySnapshot } from '../../lib/policy-store.js';
import { actorOf, type SessionUser } from '../../lib/context.js';
import { fileResponse, readEvidenceUpload } from '../../lib/evidence-upload.js';
import { serve, type AppRouteHandler } from '../../lib/endpoints.js';
import { adjudicationScope } from '../../lib/scope.js';
import type { Db } from '../../db/client.js';

const api = endpoints.adjudication;

type Row = typeof adjudicationCases.$inferSelect;
type Enterprise = typeof enterprises.$inferSelect;
const CASE = { zh: '裁决案件', en: 'The case' };

/** An enterprise counts as SRDI for the priority flag when the registry has verified its level. */
const srdiOf = (e: Enterprise | undefined) =>
  e && e.srdiVerified && e.srdiLevel !== 'none' ? (e.srdiLevel as 'provincial' | 'little-giant') : null;

/** The time limits of a case today, from the provision's parameters in force when it was received. */
function limitsOf(policy: PolicySnapshot, r: Row, today: string): TimeLimit[] {
  const version = versionOn(policy, r.receivedOn);
  return adjudicationTimeLimits(r, adjudicationParameters(version, r.receivedOn), today);
}

/**
 * Cases as the API answers them: parties with their registry facts, the priority flag, the limits
 * today. The policy is read before any transaction (on PGlite a read outside it would wait for it).
 */
async function present(policy: PolicySnapshot, db: Db | Tx, rows: Row[]) {
  const ids = [
    ...new Set(rows.flatMap((r) => [r.requesterEnterpriseId, r.respondentEnterpriseId]).filter(Boolean)),
  ] as string[];
  const found = ids.length ? await db.select().from(enterprises).where(inArray(enterprises.id, ids)) : [];
  const byId = new Map(found.map((e) => [e.id, e]));
  const today = todayInChina();
  return rows.map((r) => {
    const party = (id: string | null, name: string, creditCode: string | null) => {
      const e = id ? byId.get(id) : undefined;
      return {
        enterpriseId: id,
        name: e?.name ?? name,
        creditCode: e?.creditCode ?? creditCode,
        srdiLevel: srdiOf(e),
      };
    };
    const requester = party(r.requesterEnterpriseId, r.requesterName, r.requesterCreditCode);
    const respondent = party(r.respondentEnterpriseId, r.respondentName, r.respondentCreditCode);
    return {
      id: r.id,
      caseNo: r.caseNo,
      areaCode: r.areaCode,
      requester,
      respondent,
      priority: Boolean(requester.srdiLevel || respondent.srdiLevel),
      patentNumber: r.patentNumber,
      patentTitle: r.patentTitle,
      assertedClaims: r.assertedClaims,
      requests: r.requests,
      status: r.status as 'received',
      receivedOn: r.receivedOn,
      acceptedOn: r.acceptedOn,
      refusedOn: r.refusedOn,
      refusalReason: r.refusalReason,
      servedOn: r.servedOn,
      hearingOn: r.hearingOn,
      hearingNotifiedOn: r.hearingNotifiedOn,
      extended: r.extended,
      extensionReason: r.extensionReason,
      closedOn: r.closedOn,
      outcome: r.outcome as 'infringement' | null,
      decisionSummary: r.decisionSummary,
      document:
        r.documentSha256 && r.documentFilename && r.documentMime
          ? { filename: r.documentFilename, mime: r.documentMime, size: r.documentSize ?? 0 }
          : null,
      limits: limitsOf(policy, r, today),
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    };
  });
}

/** A date a step records: not in the future, not before the step it follows. */
function checkDate(on: string, field: string, after: { on: string | null; zh: string; en: string }[]) {
  const today = todayInChina();
  if (on > today)
    throw unprocessable(
      'DATE_IN_FUTURE',
      `${field === 'receivedOn' ? '收到请求书日期' : '日期'} ${on} 晚于今天（${today}）：只能登记已发生的事。`,
      `The date ${on} is after today (${today}): record only what has happened.`,
      { field },
    );
  if (on < defaultWorkingDayCalendar.confirmedFrom)
    throw unprocessable(
      'DATE_TOO_EARLY',
      `日期 ${on} 早于平台的工作日历（自 ${defaultWorkingDayCalendar.confirmedFrom} 起）。`,
      `The date ${on} is before the working-day calendar (from ${defaultWorkingDayCalendar.confirmedFrom}).`,
      { field },
    );
  for (const a of after)
    if (a.on && on < a.on)
      throw unprocessable(
        'DATE_ORDER',
        `日期 ${on} 早于${a.zh}（${a.on}）。`,
        `The date ${on} is before ${a.en} (${a.on}).`,
        { field },
      );
}

type PartyInput = z.infer<typeof adjudicationCaseCreate>['requester'];

/** A party: the registry's enterprise by id, or by the credit code given; else the name as given. */
async function resolveParty(tx: Tx, p: PartyInput, field: string) {
  if (p.enterpriseId) {
    const [e] = await tx.select().from(enterprises).where(eq(enterprises.id, p.enterpriseId));
    if (!e)
      throw new ApiError(
        404,
        'NOT_FOUND',
        `${field === 'requester' ? '请求人' : '被请求人'}不在企业库中。`,
        `The ${field} is not an enterprise of the registry.`,
        { field },
      );
    return { enterpriseId: e.id, name: e.name, creditCode: e.creditCode };
  }
  if (p.creditCode) {
    const [e] = await tx.select().from(enterprises).where(eq(enterprises.creditCode, p.creditCode));
    if (e) return { enterpriseId: e.id, name: e.name, creditCode: e.creditCode };
  }
  return { enterpriseId: null, name: p.name!, creditCode: p.creditCode ?? null };
}

function areaFor(user: SessionUser, asked: string | undefined): string {
  if (user.role === 'city-admin') {
    if (asked && asked !== user.areaCode)
      throw new ApiError(
        403,
        'FORBIDDEN',
        '市级账号只能登记本市的案件。',
        'A city account files cases for its own city only.',
      );
    return user.areaCode!;
  }
  if (!asked)
    throw unprocessable(
      'AREA_REQUIRED',
      '请选择承办案件的地区。',
      'Choose the area whose office handles the case.',
      { field: 'areaCode' },
    );
  return asked;
}

async function lockCase(tx: Tx, user: SessionUser, id: string): Promise<Row> {
  const [row] = await tx
    .select()
    .from(adjudicationCases)
    .where(and(eq(adjudicationCases.id, id), adjudicationScope(user)))
    .for('update');
  if (!row) throw notFound(CASE);
  return row;
}

const STATUS_ZH: Record<string, string> = {
  received: '待立案',
  accepted: '已立案',
  refused: '不予受理',
  closed: '已结案',
};
function requireStatus(row: Row, ...allowed: string[]) {
  if (!allowed.includes(row.status))
    throw conflict(
      'WRONG_STATE',
      `案件当前为“${STATUS_ZH[row.status]}”，不能进行此操作。`,
      `The case is ${row.status}: this step does not apply now.`,
      { status: row.status },
    );
}

type Step = z.infer<typeof adjudicationStep>;

/** What each step changes, after its checks. */
function applyStep(row: Row, s: Step): Partial<Row> {
  const accepted = { on: row.acceptedOn, zh: '立案日期', en: 'the acceptance' };
  switch (s.step) {
    case 'accept':
    case 'refuse':
      requireStatus(row, 'received');
      checkDate(s.on, 'on', [{ on: row.receivedOn, zh: '收到请求书日期', en: 'the day it was received' }]);
      return s.step === 'accept'
        ? { status: 'accepted', acceptedOn: s.on }
        : { status: 'refused', refusedOn: s.on, refusalReason: s.reason };
    case 'serve':
      requireStatus(row, 'accepted');
      checkDate(s.on, 'on', [accepted]);
      return { servedOn: s.on };
    case 'hearing':
      requireStatus(row, 'accepted');
      // The hearing may lie ahead; the parties must have been told already, and before it.
      checkDate(s.notifiedOn, 'notifiedOn', [accepted]);
      if (s.on < s.notifiedOn)
        throw unprocessable(
          'DATE_ORDER',
          `口头审理日期 ${s.on} 早于通知当事人的日期 ${s.notifiedOn}。`,
          `The hearing (${s.on}) is before the parties were told of it (${s.notifiedOn}).`,
          { field: 'on' },
        );
      return { hearingOn: s.on, hearingNotifiedOn: s.notifiedOn };
    case 'extend':
      requireStatus(row, 'accepted');
      if (row.extended)
        throw conflict(
          'ALREADY_EXTENDED',
          '结案期限已延长过一次：经批准的延长期限最多一次。',
          'The time to decide was already extended once.',
        );
      return { extended: true, extensionReason: s.reason };
    case 'close':
      requireStatus(row, 'accepted');
      checkDate(s.on, 'on', [
        accepted,
        {
          on: row.hearingOn && row.hearingOn <= todayInChina() ? row.hearingOn : null,
          zh: '口头审理日期',
          en: 'the hearing',
        },
      ]);
      return { status: 'closed', closedOn: s.on, outcome: s.outcome, decisionSummary: s.summary };
  }
}

const list: AppRouteHandler<typeof api.list> = async (c) => {
  const user = c.get('user');
  const q = c.req.valid('query');
  const { db } = c.get('deps');
  const rows = await db
    .select()
    .from(adjudicationCases)
    .where(
      and(
        adjudicationScope(user),
        q.status ? eq(adjudicationCases.status, q.status) : undefined,
        q.enterpriseId
          ? or(
              eq(adjudicationCases.requesterEnterpriseId, q.enterpriseId),
              eq(adjudicationCases.respondentEnterpriseId, q.enterpriseId),
            )
          : undefined,
      ),
    )
    .orderBy(desc(adjudicationCases.receivedOn), desc(adjudicationCases.createdAt))
    .limit(1000);
  let items = await present(await c.get('deps').policy.get(), db, rows);
  if (q.flag === 'priority') items = items.filter((i) => i.priority);
  if (q.flag === 'due')
    items = items.filter((i) => i.limits.some((l) => l.state === 'warning' || l.state === 'overdue'));
  return c.json({ items }, 200);
};

const create: AppRouteHandler<typeof api.create> = async (c) => {
  const user = c.get('user');
  const input = c.req.valid('json');
  const areaCode = areaFor(user, input.areaCode);
  checkDate(input.receivedOn, 'receivedOn', []);
  const policy = await c.get('deps').policy.get();
  const out = await withTx(c.get('deps').db, async (tx) => {
    const requester = await resolveParty(tx, input.requester, 'requester');
    const respondent = await resolveParty(tx, input.respondent, 'respondent');
    if (requester.enterpriseId && requester.enterpriseId === respondent.enterpriseId)
      throw unprocessable(
        'SAME_PARTY',
        '请求人和被请求人不能是同一企业。',
        'The requester and the respondent cannot be the same enterprise.',
        { field: 'respondent' },
      );
    // Case numbers run per office and year: 银川市知裁〔2026〕3号. Serialised per office-year.
    const year = yearOf(input.receivedOn);
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`adjudication:${areaCode}:${year}`}))`);
    const [{ n } = { n: 0 }] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(adjudicationCases)
      .where(
        and(
          eq(adjudicationCases.areaCode, areaCode),
          sql`extract(year from ${adjudicationCases.receivedOn}) = ${year}`,
        ),
      );
    const areaName = AREAS.find((a) => a.code === areaCode)!.name.zh;
    const [row] = await tx
      .insert(adjudicationCases)
      .values({
        caseNo: `${areaName}知裁〔${year}〕${n + 1}号`,
        areaCode,
        requesterEnterpriseId: requester.enterpriseId,
        requesterName: requester.name,
        requesterCreditCode: requester.creditCode,
        respondentEnterpriseId: respondent.enterpriseId,
        respondentName: respondent.name,
        respondentCreditCode: respondent.creditCode,
        patentNumber: input.patentNumber,
        patentTitle: input.patentTitle,
        assertedClaims: input.assertedClaims,
        requests: input.requests,
        receivedOn: input.receivedOn,
        createdBy: user.id,
      })
      .returning();
    await auditBy(c, tx, {
      action: 'adjudication-case.filed',
      targetType: 'adjudication-case',
      targetId: row!.id,
      after: { caseNo: row!.caseNo, areaCode, requester, respondent, patentNumber: input.patentNumber },
    });
    return (await present(policy, tx, [row!]))[0]!;
  });
  return c.json(out, 201);
};

const get: AppRouteHandler<typeof api.get> = async (c) => {
  const user = c.get('user');
  const { id } = c.req.valid('param');
  const { db } = c.get('deps');
  const [row] = await db
    .select()
    .from(adjudicationCases)
    .where(and(eq(adjudicationCases.id, id), adjudicationScope(user)));
  if (!row) throw notFound(CASE);
  return c.json((await present(await c.get('deps').policy.get(), db, [row]))[0]!, 200);
};

/** Writes a change to a locked case, audited as `entry` says, and answers with the case as shown. */
async function changeCase(
  tx: Tx,
  policy: PolicySnapshot,
  id: string,
  change: Partial<Row>,
  entry: Pick<AuditEntry, 'actorId' | 'actorRole' | 'requestId' | 'action' | 'before' | 'after'>,
) {
  const [row] = await tx
    .update(adjudicationCases)
    .set({ ...change, updatedAt: sql`now()` })
    .where(eq(adjudicationCases.id, id))
    .returning();
  await audit(tx, { ...entry, targetType: 'adjudication-case', targetId: id });
  return (await present(policy, tx, [row!]))[0]!;
}

const step: AppRouteHandler<typeof api.step> = async (c) => {
  const user = c.get('user');
  const { id } = c.req.valid('param');
  const step = c.req.valid('json');
  const policy = await c.get('deps').policy.get();
  const out = await withTx(c.get('deps').db, async (tx) => {
    const before = await lockCase(tx, user, id);
    const change = applyStep(before, step);
    return changeCase(tx, policy, id, change, {
      ...actorOf(c),
      action: `adjudication-case.${step.step}`,
      before: Object.fromEntries(Object.keys(change).map((k) => [k, before[k as keyof Row]])),
      after: change,
    });
  });
  return c.json(out, 200);
};

const uploadDocument: AppRouteHandler<typeof api.uploadDocument> = async (c) => {
  const user = c.get('user');
  const { id } = c.req.valid('param');
  const { db, files } = c.get('deps');
  // Scope first: another area's case is 404 before any file is read or stored.
  const [visible] = await db
    .select()
    .from(adjudicationCases)
    .where(and(eq(adjudicationCases.id, id), adjudicationScope(user)));
  if (!visible) throw notFound(CASE);
  requireStatus(visible, 'refused', 'closed');
  const { data, mime, filename } = await readEvidenceUpload(c);
  const hash = await files.put(data);
  const policy = await c.get('deps').policy.get();
  const out = await withTx(db, async (tx) => {
    const before = await lockCase(tx, user, id);
    requireStatus(before, 'refused', 'closed');
    const change = {
      documentSha256: hash,
      documentFilename: filename,
      documentMime: mime,
      documentSize: data.byteLength,
    };
    return changeCase(tx, policy, id, change, {
      ...actorOf(c),
      action: 'adjudication-case.document',
      before: { sha256: before.documentSha256, filename: before.documentFilename },
      after: { sha256: hash, filename, size: data.byteLength },
    });
  });
  return c.json(out, 200);
};

const document: AppRouteHandler<typeof api.document> = async (c) => {
  const user = c.get('user');
  const { id } = c.req.valid('param');
  const { db, files } = c.get('deps');
  const [row] = await db
    .select()
    .from(adjudicationCases)
    .where(and(eq(adjudicationCases.id, id), adjudicationScope(user)));
  if (!row?.documentSha256) throw notFound({ zh: '裁决文书', en: 'The decision document' });
  return fileResponse(c, await files.get(row.documentSha256), row.documentFilename!, row.documentMime!);
};

export const adjudicationRoutes = serve(api, { list, create, get, step, uploadDocument, document });
