import { SERVICE_TYPES, todayInChina } from '@huiqi/domain';
import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { withTx } from '../../db/client.js';
import { enterprises, servicePhotos, serviceRecords, serviceRequests } from '../../db/schema.js';
import { ApiError, notFound, unprocessable } from '../../lib/api-error.js';
import { audit } from '../../lib/audit.js';
import { actorOf, requireUser } from '../../lib/context.js';
import { sniffEvidence } from '../../lib/file-store.js';
import { router } from '../../lib/openapi.js';
import { serviceRecordScope } from '../../lib/scope.js';
import { addPhoto, createRecord, getPhoto, listRecords } from './service-records.routes.js';

const RECORD = { zh: '服务记录', en: 'The service record' };
const PHOTO_MB = 5;


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
  const photos = ids.length ? await db.select().from(servicePhotos).where(inArray(servicePhotos.recordId, ids)) : [];
  const byRecord = new Map<string, PhotoRow[]>();
  for (const p of photos) byRecord.set(p.recordId, [...(byRecord.get(p.recordId) ?? []), p]);
  return rows.map((row) => recordDto(row, byRecord.get(row.r.id) ?? []));
}

export const serviceRecordRoutes = router()
  .openapi(createRecord, async (c) => {
    const user = requireUser(c, 'agency');
    const input = c.req.valid('json');
    const { db } = c.get('deps');
    if (input.servedOn > todayInChina()) {
      throw unprocessable('SERVED_IN_FUTURE', `服务日期 ${input.servedOn} 晚于今天：只能记录已提供的服务。`, `Served on ${input.servedOn} is after today: record services that happened.`);
    }
    const result = await withTx(db, async (tx) => {
      const [existing] = await tx.select({ r: serviceRecords, name: enterprises.name }).from(serviceRecords).innerJoin(enterprises, eq(enterprises.id, serviceRecords.enterpriseId)).where(and(eq(serviceRecords.agencyId, user.agencyId!), eq(serviceRecords.clientId, input.clientId)));
      if (existing) return { status: 200 as const, row: existing };
      const [e] = await tx.select().from(enterprises).where(eq(enterprises.id, input.enterpriseId));
      if (!e) throw notFound({ zh: '企业', en: 'The enterprise' });
      if (input.requestId) {
        const [r] = await tx.select({ id: serviceRequests.id }).from(serviceRequests).where(and(eq(serviceRequests.id, input.requestId), eq(serviceRequests.agencyId, user.agencyId!), eq(serviceRequests.enterpriseId, e.id)));
        if (!r) throw notFound({ zh: '服务请求', en: 'The request' });
      }
      const [row] = await tx
        .insert(serviceRecords)
        .values({ ...input, provision: SERVICE_TYPES[input.serviceType].provision, agencyId: user.agencyId!, createdBy: user.id, requestId: input.requestId ?? null })
        .onConflictDoNothing()
        .returning();
      if (!row) {
        // The same clientId arrived twice at once: the other request wrote it; answer with it.
        const [again] = await tx.select({ r: serviceRecords, name: enterprises.name }).from(serviceRecords).innerJoin(enterprises, eq(enterprises.id, serviceRecords.enterpriseId)).where(and(eq(serviceRecords.agencyId, user.agencyId!), eq(serviceRecords.clientId, input.clientId)));
        return { status: 200 as const, row: again! };
      }
      await audit(tx, { ...actorOf(c), action: 'service-record.created', targetType: 'service-record', targetId: row.id, after: input });
      return { status: 201 as const, row: { r: row, name: e.name } };
    });
    // A record just written has no photos yet: only one sent again needs them looked up.
    const [dto] = result.status === 201 ? [recordDto(result.row, [])] : await withPhotos(db, [result.row]);
    return c.json(dto!, result.status);
  })
  .openapi(listRecords, async (c) => {
    const user = requireUser(c, 'agency', 'city-admin', 'region-admin', 'auditor');
    const q = c.req.valid('query');
    const { db } = c.get('deps');
    const where = and(serviceRecordScope(user), q.year ? sql`extract(year from ${serviceRecords.servedOn})::int = ${q.year}` : undefined);
    const [rows, [total]] = await Promise.all([
      db.select({ r: serviceRecords, name: enterprises.name }).from(serviceRecords).innerJoin(enterprises, eq(enterprises.id, serviceRecords.enterpriseId)).where(where).orderBy(desc(serviceRecords.servedOn), desc(serviceRecords.createdAt)).limit(q.pageSize).offset((q.page - 1) * q.pageSize),
      db.select({ n: count() }).from(serviceRecords).innerJoin(enterprises, eq(enterprises.id, serviceRecords.enterpriseId)).where(where),
    ]);
    return c.json({ items: await withPhotos(db, rows), total: total?.n ?? 0 }, 200);
  })
  .openapi(addPhoto, async (c) => {
    const user = requireUser(c, 'agency');
    const { id } = c.req.valid('param');
    const { db, files } = c.get('deps');
    const form = await c.req.parseBody().catch(() => {
      throw new ApiError(400, 'MALFORMED_UPLOAD', '上传格式错误：请以 multipart/form-data 的 file 字段上传照片。', 'Malformed upload: send the photo as multipart/form-data field "file".');
    });
    const file = form.file;
    if (!(file instanceof File) || file.size === 0) throw new ApiError(400, 'NO_FILE', '请选择照片（字段 file）。', 'Choose a photo (field "file").');
    if (file.size > PHOTO_MB * 1024 * 1024) throw new ApiError(413, 'FILE_TOO_LARGE', `照片超过 ${PHOTO_MB} MB。`, `The photo is larger than ${PHOTO_MB} MB.`);
    const clientId = typeof form.clientId === 'string' && /^[0-9a-f-]{36}$/i.test(form.clientId) ? form.clientId : null;
    const data = new Uint8Array(await file.arrayBuffer());
    const mime = sniffEvidence(data);
    if (mime !== 'image/jpeg' && mime !== 'image/png') throw new ApiError(415, 'UNSUPPORTED_FILE', '照片只接受 JPEG 或 PNG（按文件内容识别）。', 'Photos must be JPEG or PNG (recognised by content).');
    const [record] = await db.select({ id: serviceRecords.id }).from(serviceRecords).where(and(eq(serviceRecords.id, id), eq(serviceRecords.agencyId, user.agencyId!)));
    if (!record) throw notFound(RECORD);
    const hash = await files.put(data);
    const out = await withTx(db, async (tx) => {
      if (clientId) {
        const [seen] = await tx.select().from(servicePhotos).where(and(eq(servicePhotos.recordId, id), eq(servicePhotos.clientId, clientId)));
        if (seen) return { status: 200 as const, row: seen };
      }
      const [row] = await tx.insert(servicePhotos).values({ recordId: id, mime, size: data.length, sha256: hash, clientId, createdBy: user.id }).onConflictDoNothing().returning();
      if (!row) {
        const [seen] = await tx.select().from(servicePhotos).where(and(eq(servicePhotos.recordId, id), eq(servicePhotos.clientId, clientId!)));
        return { status: 200 as const, row: seen! };
      }
      await audit(tx, { ...actorOf(c), action: 'service-record.photo-added', targetType: 'service-record', targetId: id, after: { photoId: row.id, sha256: hash, size: data.length } });
      return { status: 201 as const, row };
    });
    return c.json({ id: out.row.id, size: out.row.size, mime: out.row.mime }, out.status);
  })
  .openapi(getPhoto, async (c) => {
    const user = requireUser(c, 'agency', 'city-admin', 'region-admin', 'auditor');
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
    return c.body(new Uint8Array(data) as never, 200, { 'Content-Type': row.p.mime, 'Content-Disposition': 'inline' });
  });
