import { endpoints } from '@huiqi/contracts';
import { statesFor } from '@huiqi/domain';
import { and, eq } from 'drizzle-orm';
import { withTx } from '../../db/client.js';
import { claims, attachments } from '../../db/schema.js';
import { notFound } from '../../lib/api-error.js';
import { auditBy } from '../../lib/audit-by.js';
import { serve, type AppRouteHandler } from '../../lib/endpoints.js';
import { fileResponse, readEvidenceUpload } from '../../lib/evidence-upload.js';
import { claimScope } from '../../lib/scope.js';
import { lockClaim } from '../claims/claims.service.js';
import { attachmentDto } from './attachment-dto.js';

const api = endpoints.attachments;

const upload: AppRouteHandler<typeof api.upload> = async (c) => {
  const user = c.get('user');
  const { id } = c.req.valid('param');
  const { files, db } = c.get('deps');
  const { data, mime, filename } = await readEvidenceUpload(c);
  const hash = await files.put(data);
  const row = await withTx(db, async (tx) => {
    await lockClaim(tx, user, id, [...statesFor('attach')]);
    const [row] = await tx
      .insert(attachments)
      .values({
        claimId: id,
        filename,
        mime,
        size: data.byteLength,
        sha256: hash,
        uploadedBy: user.id,
      })
      .returning();
    await auditBy(c, tx, {
      action: 'attachment.added',
      targetType: 'claim',
      targetId: id,
      after: { attachmentId: row!.id, filename: row!.filename, sha256: hash, size: row!.size },
    });
    return row!;
  });
  return c.json(attachmentDto(row), 201);
};

const download: AppRouteHandler<typeof api.download> = async (c) => {
  const user = c.get('user');
  const { id } = c.req.valid('param');
  const { db, files } = c.get('deps');
  const [row] = await db
    .select({ f: attachments })
    .from(attachments)
    .innerJoin(claims, eq(claims.id, attachments.claimId))
    .where(and(eq(attachments.id, id), claimScope(user)));
  if (!row) throw notFound({ zh: '附件', en: 'The attachment' });
  const data = await files.get(row.f.sha256);
  return fileResponse(c, data, row.f.filename, row.f.mime);
};

export const attachmentRoutes = serve(api, { upload, download });
