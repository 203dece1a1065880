import { statesFor } from '@huiqi/domain';
import { and, eq } from 'drizzle-orm';
import { withTx } from '../../db/client.js';
import { applications, attachments } from '../../db/schema.js';
import { ApiError, notFound } from '../../lib/api-error.js';
import { audit } from '../../lib/audit.js';
import { actorOf, requireUser } from '../../lib/context.js';
import { sniffEvidence } from '../../lib/file-store.js';
import { checkZip } from '../../lib/zip-limits.js';
import { router } from '../../lib/openapi.js';
import { applicationScope } from '../../lib/scope.js';
import { lockApplication } from '../applications/applications.service.js';
import { download, upload } from './attachments.routes.js';

/** A file name safe to store and to send back: no path, no control characters, at most 120 characters. */
export function safeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const clean = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '_').replace(/^\.+/, '').trim();
  return (clean || 'file').slice(-120);
}

export const attachmentRoutes = router()
  .openapi(upload, async (c) => {
    const user = requireUser(c, 'enterprise');
    const { id } = c.req.valid('param');
    const { env, files, db } = c.get('deps');
    const form = await c.req.parseBody().catch(() => {
      throw new ApiError(400, 'MALFORMED_UPLOAD', '上传格式错误：请以 multipart/form-data 的 file 字段上传。', 'Malformed upload: send the file as multipart/form-data field "file".');
    });
    const file = form.file;
    if (!(file instanceof File)) {
      throw new ApiError(400, 'NO_FILE', '请选择要上传的文件（字段 file）。', 'Choose a file to upload (field "file").');
    }
    if (file.size === 0) throw new ApiError(400, 'EMPTY_FILE', '文件为空。', 'The file is empty.');
    if (file.size > env.MAX_UPLOAD_MB * 1024 * 1024) {
      throw new ApiError(413, 'FILE_TOO_LARGE', `文件超过 ${env.MAX_UPLOAD_MB} MB。`, `The file is larger than ${env.MAX_UPLOAD_MB} MB.`);
    }
    const data = new Uint8Array(await file.arrayBuffer());
    const mime = sniffEvidence(data);
    if (!mime) {
      throw new ApiError(415, 'UNSUPPORTED_FILE', '只接受 PDF、JPEG、PNG、OFD 文件（按文件内容识别）。', 'Only PDF, JPEG, PNG and OFD files are accepted (recognised by content).');
    }
    // An OFD file is a ZIP package that reviewers' viewers unpack: no bombs stored.
    if (mime === 'application/ofd') await checkZip(data, { totalBytes: 256 * 1024 * 1024 });
    const hash = await files.put(data);
    const row = await withTx(db, async (tx) => {
      await lockApplication(tx, user, id, [...statesFor('attach')]);
      const [row] = await tx.insert(attachments).values({ applicationId: id, filename: safeFilename(file.name), mime, size: data.byteLength, sha256: hash, uploadedBy: user.id }).returning();
      await audit(tx, { ...actorOf(c), action: 'attachment.added', targetType: 'application', targetId: id, after: { attachmentId: row!.id, filename: row!.filename, sha256: hash, size: row!.size } });
      return row!;
    });
    return c.json({ id: row.id, filename: row.filename, mime: row.mime, size: row.size, sha256: row.sha256, createdAt: row.createdAt }, 201);
  })
  .openapi(download, async (c) => {
    const user = requireUser(c, 'enterprise', 'city-admin', 'region-admin', 'auditor');
    const { id } = c.req.valid('param');
    const { db, files } = c.get('deps');
    const [row] = await db
      .select({ f: attachments })
      .from(attachments)
      .innerJoin(applications, eq(applications.id, attachments.applicationId))
      .where(and(eq(attachments.id, id), applicationScope(user)));
    if (!row) throw notFound({ zh: '附件', en: 'The attachment' });
    const data = await files.get(row.f.sha256);
    const ascii = row.f.filename.replace(/[^\x20-\x7e]/g, '_');
    return c.body(new Uint8Array(data), 200, {
      'Content-Type': row.f.mime,
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(row.f.filename)}`,
      'Content-Length': String(data.byteLength),
    }) as never;
  });
