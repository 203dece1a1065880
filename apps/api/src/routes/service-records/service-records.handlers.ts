import { endpoints } from '@huiqi/contracts';
import { SERVICE_TYPES, todayInChina } from '@huiqi/domain';
import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { withTx } from '../../db/client.js';
import { ph, prepared, rowOf, type Raw } from '../../db/prepared.js';
import { enterprises, servicePhotos, serviceRecords, serviceRequests } from '../../db/schema.js';
import { ApiError, notFound, unprocessable } from '../../lib/api-error.js';
import { auditBy } from '../../lib/audit-by.js';
import { serve, type AppRouteHandler } from '../../lib/endpoints.js';
import { sniffEvidence } from '../../lib/file-store.js';
import { serviceRecordScope } from '../../lib/scope.js';

const api = endpoints.serviceRecords;

const RECORD = { zh: '服务记录', en: 'The service record' };

type RecordRow = { r: typeof serviceRecords.$inferSelect; name: string };
type PhotoRow = typeof servicePhotos.$inferSelect;

function recordDto({ r, name }: RecordRow, photos: PhotoRow[]) {
  return {
    id: r.id,
    clientId: r.clientId,
    agencyId: r.agencyId,
    enterpriseId: r.enterpriseId,
    enterpriseName: name,
    provision: r.provision,
    serviceType: r.serviceType,
    servedOn: r.servedOn,
    durationMinutes: r.durationMinutes,
    participants: r.participants,
    notes: r.notes,
    requestId: r.requestId,
    photos: photos.map((p) => ({ id: p.id, size: p.size, mime: p.mime })),
    createdAt: r.createdAt,
  };
}

/** The records with their photos: one query for all of them, grouped by record. */
async function withPhotos(db: Parameters<typeof withTx>[0], rows: RecordRow[]) {
  const ids = rows.map((x) => x.r.id);
  const photos = ids.length
    ? await db.select().from(servicePhotos).where(inArray(servicePhotos.recordId, ids))
    : [];
  const byRecord = new Map<string, PhotoRow[]>();
  for (const p of photos) byRecord.set(p.recordId, [...(byRecord.get(p.recordId) ?? []), p]);
  return rows.map((row) => recordDto(row, byRecord.get(row.r.id) ?? []));
}

/**
 * A service record written in one statement with its checks: the enterprise exists (its name comes
 * back), the request, if any, is this agency's for this enterprise, and the client's id is new
 * (ON CONFLICT: a retried upload writes nothing). One round trip where there were three; built
 * once (prepared.ts).
 */
const recordService = prepared<Raw>(
  () => sql`
    with e as materialized (select id, name from ${enterprises} where id = ${ph('enterpriseId')}),
    ok as materialized (
      select e.id from e
      where ${ph('requestId')}::uuid is null or exists (
        select 1 from ${serviceRequests} q
        where q.id = ${ph('requestId')}::uuid and q.agency_id = ${ph('agencyId')}::uuid and q.enterprise_id = e.id)
    ),
    written as (
      insert into ${serviceRecords} (agency_id, enterprise_id, provision, service_type, served_on,
        duration_minutes, participants, notes, client_id, request_id, created_by)
      select ${ph('agencyId')}::uuid, ok.id, ${ph('provision')}, ${ph('serviceType')}, ${ph('servedOn')}::date,
        ${ph('durationMinutes')}::int, ${ph('participants')}::int, ${ph('notes')}, ${ph('clientId')}::uuid,
        ${ph('requestId')}::uuid, ${ph('createdBy')}::uuid
      from ok
      on conflict do nothing
      returning *
    )
    select e.name as enterprise_name, written.* from e left join written on true`,
);

const create: AppRouteHandler<typeof api.create> = async (c) => {
  const user = c.get('user');
  const input = c.req.valid('json');
  const { db } = c.get('deps');
  if (input.servedOn > todayInChina()) {
    throw unprocessable(
      'SERVED_IN_FUTURE',
      `服务日期 ${input.servedOn} 晚于今天：只能记录已提供的服务。`,
      `Served on ${input.servedOn} is after today: record services that happened.`,
    );
  }
  const result = await withTx(db, async (tx) => {
    const { rows } = await recordService(tx, {
      agencyId: user.agencyId!,
      enterpriseId: input.enterpriseId,
      provision: SERVICE_TYPES[input.serviceType].provision,
      serviceType: input.serviceType,
      servedOn: input.servedOn,
      durationMinutes: input.durationMinutes,
      participants: input.participants,
      notes: input.notes ?? '',
      clientId: input.clientId,
      requestId: input.requestId ?? null,
      createdBy: user.id,
    });
    const written = rows[0];
    if (!written?.id) {
      // Not written: the record was sent before (a retried upload answers with it, whatever it
      // says now), or its enterprise or request is not there.
      const [existing] = await tx
        .select({ r: serviceRecords, name: enterprises.name })
        .from(serviceRecords)
        .innerJoin(enterprises, eq(enterprises.id, serviceRecords.enterpriseId))
        .where(and(eq(serviceRecords.agencyId, user.agencyId!), eq(serviceRecords.clientId, input.clientId)));
      if (existing) return { status: 200 as const, row: existing };
      if (!written) throw notFound({ zh: '企业', en: 'The enterprise' });
      throw notFound({ zh: '服务请求', en: 'The request' });
    }
    const row = rowOf(serviceRecords, written);
    await auditBy(c, tx, {
      action: 'service-record.created',
      targetType: 'service-record',
      targetId: row.id,
      after: input,
    });
    return { status: 201 as const, row: { r: row, name: String(written.enterprise_name) } };
  });
  // A record just written has no photos yet: only one sent again needs them looked up.
  const [dto] = result.status === 201 ? [recordDto(result.row, [])] : await withPhotos(db, [result.row]);
  return c.json(dto!, result.status);
};

const list: AppRouteHandler<typeof api.list> = async (c) => {
  const user = c.get('user');
  const q = c.req.valid('query');
  const { db } = c.get('deps');
  const where = and(
    serviceRecordScope(user),
    q.year ? sql`extract(year from ${serviceRecords.servedOn})::int = ${q.year}` : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({ r: serviceRecords, name: enterprises.name })
      .from(serviceRecords)
      .innerJoin(enterprises, eq(enterprises.id, serviceRecords.enterpriseId))
      .where(where)
      .orderBy(desc(serviceRecords.servedOn), desc(serviceRecords.createdAt))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ n: count() })
      .from(serviceRecords)
      .innerJoin(enterprises, eq(enterprises.id, serviceRecords.enterpriseId))
      .where(where),
  ]);
  return c.json({ items: await withPhotos(db, rows), total: total?.n ?? 0 }, 200);
};

const addPhoto: AppRouteHandler<typeof api.addPhoto> = async (c) => {
  const user = c.get('user');
  const { id } = c.req.valid('param');
  const { db, files } = c.get('deps');
  const form = c.req.valid('form');
  const file = form.file;
  const clientId =
    typeof form.clientId === 'string' && /^[0-9a-f-]{36}$/i.test(form.clientId) ? form.clientId : null;
  const data = new Uint8Array(await file.arrayBuffer());
  const mime = sniffEvidence(data);
  if (mime !== 'image/jpeg' && mime !== 'image/png')
    throw new ApiError(
      415,
      'UNSUPPORTED_FILE',
      '照片只接受 JPEG 或 PNG（按文件内容识别）。',
      'Photos must be JPEG or PNG (recognised by content).',
    );
  const [record] = await db
    .select({ id: serviceRecords.id })
    .from(serviceRecords)
    .where(and(eq(serviceRecords.id, id), eq(serviceRecords.agencyId, user.agencyId!)));
  if (!record) throw notFound(RECORD);
  const hash = await files.put(data);
  const out = await withTx(db, async (tx) => {
    if (clientId) {
      const [seen] = await tx
        .select()
        .from(servicePhotos)
        .where(and(eq(servicePhotos.recordId, id), eq(servicePhotos.clientId, clientId)));
      if (seen) return { status: 200 as const, row: seen };
    }
    const [row] = await tx
      .insert(servicePhotos)
      .values({ recordId: id, mime, size: data.length, sha256: hash, clientId, createdBy: user.id })
      .onConflictDoNothing()
      .returning();
    if (!row) {
      const [seen] = await tx
        .select()
        .from(servicePhotos)
        .where(and(eq(servicePhotos.recordId, id), eq(servicePhotos.clientId, clientId!)));
      return { status: 200 as const, row: seen! };
    }
    await auditBy(c, tx, {
      action: 'service-record.photo-added',
      targetType: 'service-record',
      targetId: id,
      after: { photoId: row.id, sha256: hash, size: data.length },
    });
    return { status: 201 as const, row };
  });
  return c.json({ id: out.row.id, size: out.row.size, mime: out.row.mime }, out.status);
};

const photo: AppRouteHandler<typeof api.photo> = async (c) => {
  const user = c.get('user');
  const { id } = c.req.valid('param');
  const { db, files } = c.get('deps');
  const [row] = await db
    .select({ p: servicePhotos })
    .from(servicePhotos)
    .innerJoin(serviceRecords, eq(serviceRecords.id, servicePhotos.recordId))
    .innerJoin(enterprises, eq(enterprises.id, serviceRecords.enterpriseId))
    .where(and(eq(servicePhotos.id, id), serviceRecordScope(user)));
  if (!row) throw notFound({ zh: '照片', en: 'The photo' });
  const data = await files.get(row.p.sha256);
  return c.body(new Uint8Array(data) as never, 200, {
    'Content-Type': row.p.mime,
    'Content-Disposition': 'inline',
  });
};

export const serviceRecordRoutes = serve(api, { create, list, addPhoto, photo });
