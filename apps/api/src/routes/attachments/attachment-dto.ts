import type { attachments } from '../../db/schema.js';

type StoredFile = Pick<
  typeof attachments.$inferSelect,
  'id' | 'filename' | 'mime' | 'size' | 'sha256' | 'createdAt'
>;

/** A stored file as the contracts show it (attachmentSchema): a claim's evidence, a filed report. */
export const attachmentDto = (f: StoredFile) => ({
  id: f.id,
  filename: f.filename,
  mime: f.mime,
  size: f.size,
  sha256: f.sha256,
  createdAt: f.createdAt,
});
