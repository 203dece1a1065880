import { endpoints } from '@huiqi/contracts';
import { parseRecordData, todayInChina, type RecordIssue } from '@huiqi/domain';
import { and, count, desc, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import { withTx, type Db } from '../../db/client.js';
import { agencies, enterprises, provisionRecords, users } from '../../db/schema.js';
import type { ApiError } from '../../lib/api-error.js';
import { badRequest, conflict, forbidden, notFound, unprocessable } from '../../lib/api-error.js';
import { auditBy } from '../../lib/audit-by.js';
import { type Ctx, type SessionUser, type SignedInEnv } from '../../lib/context.js';
import { serve, type AppRouteHandler } from '../../lib/endpoints.js';
import { recordScope } from '../../lib/scope.js';
import { buildRecordFigures } from './record-figures.js';
import { keptKind, recorderOf, recordersInWords, recordKindsAt, yearOf, type Kind } from './record-kinds.js';

const api = endpoints.records;

const RECORD = { zh: '记录', en: 'The record' };
type Row = typeof provisionRecords.$inferSelect;
type Listed = { r: Row; enterpriseName: string | null; recordedBy: string };

/** 400 with every problem of the data at its field (the same shape as the request validation). */
function invalid(issues: RecordIssue[]): ApiError {
  const first = issues[0]!;
  return badRequest(
    'VALIDATION_FAILED',
    `请求有误：data.${first.path} — ${first.zh}`,
    `The request is not valid: data.${first.path} — ${first.en}`,
    issues.map((i) => ({ path: `data.${i.path}`, zh: i.zh, en: i.en, code: i.code })),
  );
}

/** The dated facts must have happened: the record's date (or year), or a closing date, after today is refused. */
function notInFuture(kind: Kind, data: Record<string, unknown>, today: string) {
  for (const f of kind.fields.filter((x) => x.key === kind.dateField || (x.atClose && x.input === 'date'))) {
    const v = data[f.key];
    const late = typeof v === 'number' ? v > Number(today.slice(0, 4)) : typeof v === 'string' && v > today;
    if (late)
      throw unprocessable(
        'RECORD_IN_FUTURE',
        `${f.label.zh}“${v}”晚于今天：只能登记已经发生的事。`,
        `${f.label.en} "${v}" is after today: record what has happened.`,
      );
  }
}

/** Writes the checked data of a record not changed meanwhile (else 409), audited with before and after. */
async function rewrite(
  c: Ctx<SignedInEnv>,
  r: Row,
  kind: Kind,
  data: Record<string, unknown>,
  how: { action: 'record.amended' | 'record.closed'; set: Partial<Row> },
) {
  await withTx(c.get('deps').db, async (tx) => {
    const [done] = await tx
      .update(provisionRecords)
      .set({ ...how.set, data, year: yearOf(kind, data), updatedAt: new Date().toISOString() })
      .where(and(eq(provisionRecords.id, r.id), eq(provisionRecords.updatedAt, r.updatedAt)))
      .returning({ id: provisionRecords.id });
    if (!done) throw changedMeanwhile();
    await auditBy(c, tx, {
      action: how.action,
      targetType: 'provision-record',
      targetId: r.id,
      before: { data: r.data, verification: r.verification },
      after: { data },
    });
  });
}

/** May this user change the record (it is their party's)? Amending, closing: the recorder only. */
function isRecorder(user: SessionUser, r: Row): boolean {
  switch (user.role) {
    case 'enterprise':
      return r.recorder === 'enterprise' && r.enterpriseId === user.enterpriseId;
    case 'agency':
      return r.recorder === 'agency' && r.agencyId === user.agencyId;
    case 'city-admin':
      return r.recorder === 'city' && r.areaCode === user.areaCode;
    case 'region-admin':
      return r.recorder === 'region';
    default:
      return false;
  }
}

function isVerifier(user: SessionUser, kind: Kind | undefined, r: Row): boolean {
  if (!kind?.verifiedBy) return false;
  return kind.verifiedBy === 'city'
    ? user.role === 'city-admin' && r.areaCode === user.areaCode
    : user.role === 'region-admin';
}

function dto(
  user: SessionUser,
  kinds: Readonly<Record<string, Kind>>,
  { r, enterpriseName, recordedBy }: Listed,
) {
  const kind = kinds[r.kind];
  const open = r.verification !== 'verified';
  return {
    id: r.id,
    kind: r.kind,
    provision: r.provision,
    enterpriseId: r.enterpriseId,
    enterpriseName,
    areaCode: r.areaCode,
    recorder: r.recorder as 'enterprise',
    agencyId: r.agencyId,
    recordedBy,
    data: r.data,
    year: r.year,
    closedAt: r.closedAt,
    verification: r.verification as 'pending' | null,
    verificationNote: r.verificationNote,
    verifiedAt: r.verifiedAt,
    can: {
      amend: open && isRecorder(user, r),
      close: Boolean(kind?.closes) && !r.closedAt && open && isRecorder(user, r),
      verify:
        r.verification === 'pending' && (!kind?.closes || Boolean(r.closedAt)) && isVerifier(user, kind, r),
    },
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

/** Records with their enterprise's name and who recorded them (the agency, or the user's name). */
function selectRecords(db: Db, where: SQL | undefined) {
  return db
    .select({
      r: provisionRecords,
      enterpriseName: enterprises.name,
      agencyName: agencies.name,
      userName: users.displayName,
    })
    .from(provisionRecords)
    .leftJoin(enterprises, eq(enterprises.id, provisionRecords.enterpriseId))
    .leftJoin(agencies, eq(agencies.id, provisionRecords.agencyId))
    .innerJoin(users, eq(users.id, provisionRecords.createdBy))
    .where(where)
    .$dynamic();
}
const listed = (x: {
  r: Row;
  enterpriseName: string | null;
  agencyName: string | null;
  userName: string;
}) => ({
  r: x.r,
  enterpriseName: x.enterpriseName,
  recordedBy: x.agencyName ?? x.userName,
});

async function oneInScope(db: Db, user: SessionUser, id: string): Promise<Listed> {
  const [row] = await selectRecords(db, and(eq(provisionRecords.id, id), recordScope(user)));
  if (!row) throw notFound(RECORD);
  return listed(row);
}

/** Ids listed in `enterprises` fields must be enterprises of the registry. */
async function checkListedEnterprises(db: Db, kind: Kind, data: Record<string, unknown>) {
  const ids = kind.fields
    .filter((f) => f.input === 'enterprises')
    .flatMap((f) => (data[f.key] as string[] | undefined) ?? []);
  if (!ids.length) return;
  const found = await db.select({ id: enterprises.id }).from(enterprises).where(inArray(enterprises.id, ids));
  if (found.length !== new Set(ids).size) throw notFound({ zh: '所列企业', en: 'A listed enterprise' });
}

async function respond<S extends 200 | 201>(c: Ctx<SignedInEnv>, id: string, status: S) {
  const user = c.get('user');
  const { db, policy } = c.get('deps');
  const kinds = recordKindsAt(await policy.get(), todayInChina());
  return c.json(dto(user, kinds, await oneInScope(db, user, id)), status);
}

const figures: AppRouteHandler<typeof api.figures> = async (c) => {
  const user = c.get('user');
  const { year } = c.req.valid('query');
  const { db, policy } = c.get('deps');
  return c.json({ year, items: await buildRecordFigures(db, user, await policy.get(), year) }, 200);
};

const create: AppRouteHandler<typeof api.create> = async (c) => {
  const user = c.get('user');
  const input = c.req.valid('json');
  const { db, policy } = c.get('deps');
  const today = todayInChina();
  const kind = keptKind(await policy.get(), today, input.kind);
  const recorder = recorderOf(user)!;
  if (!kind.recordedBy.includes(recorder)) {
    const who = recordersInWords(kind);
    throw unprocessable(
      'NOT_THE_RECORDER',
      `${kind.label.zh}由${who.zh}登记。`,
      `${kind.label.en} records are kept by ${who.en}.`,
    );
  }
  if (input.clientId) {
    const [seen] = await db
      .select({ id: provisionRecords.id })
      .from(provisionRecords)
      .where(and(eq(provisionRecords.createdBy, user.id), eq(provisionRecords.clientId, input.clientId)));
    if (seen) return respond(c, seen.id, 200);
  }
  // The enterprise it is about: an enterprise's own; for the others one they name (a city: in its area).
  let enterprise: { id: string; areaCode: string } | null = null;
  if (kind.subject === 'enterprise') {
    const wanted = user.role === 'enterprise' ? user.enterpriseId! : input.enterpriseId;
    if (!wanted)
      throw badRequest(
        'ENTERPRISE_REQUIRED',
        `请选择${kind.label.zh}所属的企业（enterpriseId）。`,
        `Name the enterprise the ${kind.label.en.toLowerCase()} is about (enterpriseId).`,
      );
    if (user.role === 'enterprise' && input.enterpriseId && input.enterpriseId !== wanted)
      throw notFound({ zh: '企业', en: 'The enterprise' });
    const [e] = await db
      .select({ id: enterprises.id, areaCode: enterprises.areaCode })
      .from(enterprises)
      .where(eq(enterprises.id, wanted));
    if (!e || (user.role === 'city-admin' && e.areaCode !== user.areaCode))
      throw notFound({ zh: '企业', en: 'The enterprise' });
    enterprise = e;
  } else if (input.enterpriseId) {
    throw badRequest(
      'ENTERPRISE_NOT_EXPECTED',
      `${kind.label.zh}不属于某一家企业：请不要填写 enterpriseId。`,
      `${kind.label.en} records are not about one enterprise: leave enterpriseId out.`,
    );
  }
  const parsed = parseRecordData(kind, input.data);
  if (!parsed.ok) throw invalid(parsed.issues);
  notInFuture(kind, parsed.data, today);
  await checkListedEnterprises(db, kind, parsed.data);
  let areaCode: string | null = enterprise?.areaCode ?? null;
  if (!enterprise && user.role === 'city-admin') areaCode = user.areaCode;
  if (!enterprise && user.role === 'agency') {
    const [a] = await db.select().from(agencies).where(eq(agencies.id, user.agencyId!));
    areaCode = a!.areaCode;
  }
  const id = await withTx(db, async (tx) => {
    const [row] = await tx
      .insert(provisionRecords)
      .values({
        kind: kind.id,
        provision: kind.provision,
        enterpriseId: enterprise?.id ?? null,
        areaCode,
        recorder,
        agencyId: user.agencyId,
        data: parsed.data,
        year: yearOf(kind, parsed.data),
        verification: kind.verifiedBy ? 'pending' : null,
        clientId: input.clientId ?? null,
        createdBy: user.id,
      })
      .onConflictDoNothing()
      .returning({ id: provisionRecords.id });
    if (!row) return null; // the same clientId arrived twice at once: the other request wrote it
    await auditBy(c, tx, {
      action: 'record.created',
      targetType: 'provision-record',
      targetId: row.id,
      after: {
        kind: kind.id,
        provision: kind.provision,
        enterpriseId: enterprise?.id ?? null,
        data: parsed.data,
      },
    });
    return row.id;
  });
  if (!id) {
    const [seen] = await db
      .select({ id: provisionRecords.id })
      .from(provisionRecords)
      .where(and(eq(provisionRecords.createdBy, user.id), eq(provisionRecords.clientId, input.clientId!)));
    return respond(c, seen!.id, 200);
  }
  return respond(c, id, 201);
};

const list: AppRouteHandler<typeof api.list> = async (c) => {
  const user = c.get('user');
  const q = c.req.valid('query');
  const { db, policy } = c.get('deps');
  const where = and(
    recordScope(user),
    q.kind ? eq(provisionRecords.kind, q.kind) : undefined,
    // A year's records, and those not dated yet (opened, not closed): the work in hand.
    q.year ? or(eq(provisionRecords.year, q.year), isNull(provisionRecords.year)) : undefined,
    q.verification ? eq(provisionRecords.verification, q.verification) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    selectRecords(db, where)
      .orderBy(desc(provisionRecords.createdAt), desc(provisionRecords.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(provisionRecords).where(where),
  ]);
  const kinds = recordKindsAt(await policy.get(), todayInChina());
  return c.json({ items: rows.map((x) => dto(user, kinds, listed(x))), total: total?.n ?? 0 }, 200);
};

const get: AppRouteHandler<typeof api.get> = async (c) => respond(c, (await oneInScopeOf(c)).r.id, 200);

const amend: AppRouteHandler<typeof api.amend> = async (c) => {
  const user = c.get('user');
  const { data } = c.req.valid('json');
  const { r } = await oneInScopeOf(c);
  const { db, policy } = c.get('deps');
  const today = todayInChina();
  const kind = keptKind(await policy.get(), today, r.kind);
  mayChange(user, r);
  const merged = { ...(r.closedAt ? r.data : {}), ...data };
  const parsed = parseRecordData(kind, merged, { closing: Boolean(r.closedAt) });
  if (!parsed.ok) throw invalid(parsed.issues);
  notInFuture(kind, parsed.data, today);
  await checkListedEnterprises(db, kind, parsed.data);
  await rewrite(c, r, kind, parsed.data, {
    action: 'record.amended',
    set: { verification: kind.verifiedBy ? 'pending' : null },
  });
  return respond(c, r.id, 200);
};

const close: AppRouteHandler<typeof api.close> = async (c) => {
  const user = c.get('user');
  const { data } = c.req.valid('json');
  const { r } = await oneInScopeOf(c);
  const { policy } = c.get('deps');
  const today = todayInChina();
  const kind = keptKind(await policy.get(), today, r.kind);
  mayChange(user, r);
  if (!kind.closes)
    throw unprocessable(
      'RECORD_DOES_NOT_CLOSE',
      `${kind.label.zh}没有结案环节。`,
      `${kind.label.en} records are not closed.`,
    );
  if (r.closedAt) throw conflict('RECORD_CLOSED', '该记录已结案。', 'The record is already closed.');
  const parsed = parseRecordData(kind, { ...r.data, ...data }, { closing: true });
  if (!parsed.ok) throw invalid(parsed.issues);
  notInFuture(kind, parsed.data, today);
  await rewrite(c, r, kind, parsed.data, {
    action: 'record.closed',
    set: { closedAt: new Date().toISOString() },
  });
  return respond(c, r.id, 200);
};

const verify: AppRouteHandler<typeof api.verify> = async (c) => {
  const user = c.get('user');
  const { decision, note } = c.req.valid('json');
  const { r } = await oneInScopeOf(c);
  const { db, policy } = c.get('deps');
  const kind = recordKindsAt(await policy.get(), todayInChina())[r.kind];
  if (!kind?.verifiedBy)
    throw unprocessable(
      'RECORD_NOT_VERIFIED_KIND',
      '此类记录无需核验，登记即计入。',
      'Records of this kind are not verified: they count as recorded.',
    );
  if (!isVerifier(user, kind, r))
    throw forbidden(
      kind.verifiedBy === 'city' ? '此类记录由记录所在市核验。' : '此类记录由自治区核验。',
      kind.verifiedBy === 'city'
        ? "Records of this kind are verified by the record's city."
        : 'Records of this kind are verified by the region.',
    );
  if (r.verification !== 'pending')
    throw conflict(
      'RECORD_ALREADY_DECIDED',
      r.verification === 'verified' ? '该记录已核验。' : '该记录已退回，待登记方修改后再核验。',
      r.verification === 'verified'
        ? 'The record is already verified.'
        : 'The record was rejected: it is verified again once the recorder amends it.',
    );
  if (kind.closes && !r.closedAt)
    throw unprocessable(
      'RECORD_NOT_CLOSED',
      `${kind.label.zh}尚未办结（缺少结案信息），办结后再核验。`,
      `${kind.label.en}: not closed yet (the closing fields are missing); verify it once closed.`,
    );
  if (decision === 'rejected' && !note)
    throw badRequest(
      'NOTE_REQUIRED',
      '退回时请说明原因（note），以便登记方修改。',
      'Say why when rejecting (note), so the recorder can fix it.',
    );
  await withTx(db, async (tx) => {
    const [done] = await tx
      .update(provisionRecords)
      .set({
        verification: decision,
        verificationNote: note || null,
        verifiedBy: user.id,
        verifiedAt: new Date().toISOString(),
        updatedAt: new Date().toISOString(),
      })
      .where(and(eq(provisionRecords.id, r.id), eq(provisionRecords.verification, 'pending')))
      .returning({ id: provisionRecords.id });
    if (!done) throw changedMeanwhile();
    await auditBy(c, tx, {
      action: decision === 'verified' ? 'record.verified' : 'record.rejected',
      targetType: 'provision-record',
      targetId: r.id,
      before: { verification: r.verification },
      after: { verification: decision, note },
    });
  });
  return respond(c, r.id, 200);
};

async function oneInScopeOf(c: Ctx<SignedInEnv>) {
  const { id } = c.req.param() as { id: string };
  return oneInScope(c.get('deps').db, c.get('user'), id);
}

function mayChange(user: SessionUser, r: Row) {
  if (!isRecorder(user, r))
    throw forbidden('只有登记方可以修改此记录。', 'Only whoever recorded it may change this record.');
  if (r.verification === 'verified')
    throw conflict(
      'RECORD_VERIFIED',
      '该记录已核验，不能再修改。',
      'The record is verified: it can no longer change.',
    );
}

const changedMeanwhile = () =>
  conflict(
    'RECORD_CHANGED',
    '该记录刚被他人修改，请刷新后重试。',
    'The record was changed meanwhile: reload it and try again.',
  );

export const recordRoutes = serve(api, { figures, create, list, get, amend, close, verify });
