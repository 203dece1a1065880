import { ApiError } from './api-error.js';
import type { AppEnv, Ctx } from './context.js';
import { sniffEvidence, type EvidenceType } from './file-store.js';
import { checkZip } from './zip-limits.js';

/** A file name safe to store and to send back: no path, no control characters, at most 120 characters. */
export function safeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '_')
    .replace(/^\.+/, '')
    .trim();
  return (clean || 'file').slice(-120);
}

/**
 * Reads the evidence file of a multipart upload (field "file"): refused unless it is a PDF, JPEG,
 * PNG or OFD by its content, within MAX_UPLOAD_MB, and (OFD) a ZIP that unpacks within limits.
 */
export async function readEvidenceUpload<E extends AppEnv>(
  c: Ctx<E>,
): Promise<{ data: Uint8Array; mime: string; filename: string }> {
  const { env } = c.get('deps');
  const form = await c.req.parseBody().catch(() => {
    throw new ApiError(
      400,
      'MALFORMED_UPLOAD',
      '上传格式错误：请以 multipart/form-data 的 file 字段上传。',
      'Malformed upload: send the file as multipart/form-data field "file".',
    );
  });
  const file = form.file;
  if (!(file instanceof File)) {
    throw new ApiError(
      400,
      'NO_FILE',
      '请选择要上传的文件（字段 file）。',
      'Choose a file to upload (field "file").',
    );
  }
  if (file.size === 0) throw new ApiError(400, 'EMPTY_FILE', '文件为空。', 'The file is empty.');
  if (file.size > env.MAX_UPLOAD_MB * 1024 * 1024) {
    throw new ApiError(
      413,
      'FILE_TOO_LARGE',
      `文件超过 ${env.MAX_UPLOAD_MB} MB。`,
      `The file is larger than ${env.MAX_UPLOAD_MB} MB.`,
    );
  }
  const data = new Uint8Array(await file.arrayBuffer());
  return { data, mime: await evidenceType(data), filename: safeFilename(file.name) };
}

const UNSUPPORTED = {
  zh: '只接受 PDF、JPEG、PNG、OFD 文件（按文件内容识别）。',
  en: 'Only PDF, JPEG, PNG and OFD files are accepted (recognised by content).',
};

/**
 * An evidence file's type, by its content: 415 (`unsupported` says so in words) unless it is a
 * PDF, JPEG, PNG or OFD. An OFD file is a ZIP package that reviewers' viewers unpack: it must
 * unpack within limits (no bombs stored).
 */
export async function evidenceType(
  data: Uint8Array,
  unsupported: { zh: string; en: string } = UNSUPPORTED,
): Promise<EvidenceType> {
  const mime = sniffEvidence(data);
  if (!mime) throw new ApiError(415, 'UNSUPPORTED_FILE', unsupported.zh, unsupported.en);
  if (mime === 'application/ofd') await checkZip(data, { totalBytes: 256 * 1024 * 1024 });
  return mime;
}

/**
 * A file sent back, its name kept (UTF-8, RFC 6266 `filename*`) and safe in the header: older clients
 * read the ASCII `filename`, either the one given or the name with other characters replaced.
 * `inline` lets the browser show it (a PDF, an image) instead of saving it.
 */
export function fileResponse<E extends AppEnv>(
  c: Ctx<E>,
  data: Uint8Array,
  filename: string,
  mime: string,
  { inline = false, asciiName }: { inline?: boolean; asciiName?: string } = {},
) {
  const ascii = asciiName ?? filename.replace(/[^\x20-\x7e]/g, '_');
  return c.body(new Uint8Array(data), 200, {
    'Content-Type': mime,
    'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename="${ascii.replace(/"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    'Content-Length': String(data.byteLength),
  }) as never;
}
