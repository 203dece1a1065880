import { createInflateRaw } from 'node:zlib';
import { ApiError } from './api-error.js';

/**
 * What an uploaded ZIP package (an .xlsx, an OFD file) may hold. An import of 5,000 rows is a few MB
 * of XML; Excel writes some twenty entries and XML deflates 5–20 times. A bomb (a small file that
 * inflates to gigabytes) exceeds one of these long before that: it is refused once it has inflated
 * about RATIO × what was read of it — a few MB — or the total, whichever comes first.
 */
export const ZIP_LIMITS = {
  entries: 1000,
  /** For an import; evidence (OFD, whose pages embed already-compressed images) passes a larger one. */
  totalBytes: 16 * 1024 * 1024,
  /** Inflated bytes per compressed byte of an entry, checked once an entry has given 1 MiB. */
  ratio: 100,
  ratioFloorBytes: 1024 * 1024,
} as const;

const refused = (zh: string, en: string, details?: unknown) =>
  new ApiError(413, 'ARCHIVE_TOO_LARGE', zh, en, details);
const malformed = () =>
  new ApiError(
    415,
    'BAD_ARCHIVE',
    '文件不是有效的压缩包（ZIP 结构损坏）。',
    'The file is not a valid ZIP package (its structure is broken).',
  );
const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
const overTotal = (limits: { totalBytes: number }) =>
  refused(
    `压缩包解压后超过 ${MB(limits.totalBytes)}，未予处理。`,
    `The package inflates to more than ${MB(limits.totalBytes)}; it was not processed.`,
    { limitBytes: limits.totalBytes },
  );

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  dataStart: number;
}

/** The entries, from the central directory (sizes as declared there; they are not trusted below). */
function entries(data: Uint8Array): Entry[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  // The end-of-central-directory record: in the last 22 + 65,535 bytes (it may end with a comment).
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw malformed();
  const count = view.getUint16(eocd + 10, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  // ZIP64 (more than 65,535 entries or 4 GB) is never an upload we accept.
  if (count === 0xffff || dirOffset === 0xffffffff)
    throw refused('压缩包过大（ZIP64）。', 'The package is too large (ZIP64).');
  if (count > ZIP_LIMITS.entries) {
    throw refused(
      `压缩包内文件过多（${count} 个，上限 ${ZIP_LIMITS.entries} 个）。`,
      `The package holds too many files (${count}; at most ${ZIP_LIMITS.entries}).`,
      { entries: count },
    );
  }
  const out: Entry[] = [];
  let p = dirOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > data.length || view.getUint32(p, true) !== 0x02014b50) throw malformed();
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const declaredSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    const name = Buffer.from(data.subarray(p + 46, p + 46 + nameLength)).toString('utf8');
    if (local + 30 > data.length || view.getUint32(local, true) !== 0x04034b50) throw malformed();
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + compressedSize > data.length) throw malformed();
    out.push({ name, method, compressedSize, declaredSize, dataStart });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

/**
 * Inflates one entry only to count it, feeding it 16 kB at a time and throwing the output away, and
 * stops the moment the budget or the ratio is exceeded. Asynchronous (zlib's thread pool), so other
 * requests are served meanwhile; memory stays at zlib's window and one output chunk.
 */
function inflatedSize(
  input: Uint8Array,
  budget: { left: number },
  limits: { totalBytes: number },
): Promise<number> {
  return new Promise((resolve, reject) => {
    const z = createInflateRaw({ chunkSize: 64 * 1024 });
    let out = 0;
    let fed = 0;
    let done = false;
    const stop = (e: ApiError | null) => {
      if (done) return;
      done = true;
      z.destroy();
      if (e) reject(e);
      else resolve(out);
    };
    z.on('data', (chunk: Buffer) => {
      out += chunk.length;
      budget.left -= chunk.length;
      if (budget.left < 0) {
        stop(overTotal(limits));
      } else if (out > ZIP_LIMITS.ratioFloorBytes && out > ZIP_LIMITS.ratio * fed) {
        stop(
          refused(
            `压缩包的压缩比异常（超过 ${ZIP_LIMITS.ratio}:1），疑似“压缩炸弹”，未予处理。`,
            `The package's compression ratio is abnormal (over ${ZIP_LIMITS.ratio}:1, a likely zip bomb); it was not processed.`,
            { ratio: ZIP_LIMITS.ratio },
          ),
        );
      }
    });
    z.on('end', () => stop(null));
    z.on('error', () => stop(malformed()));
    const feed = () => {
      while (!done && fed < input.length) {
        const chunk = input.subarray(fed, fed + 16 * 1024);
        fed += chunk.length;
        if (!z.write(chunk)) {
          z.once('drain', feed);
          return;
        }
      }
      if (!done) z.end();
    };
    feed();
  });
}

/**
 * Checks a ZIP upload before anything unpacks it: the number of entries, the total declared size,
 * then each entry really inflated (declared sizes can lie), against the total and the ratio.
 * Throws 413 ARCHIVE_TOO_LARGE or 415 BAD_ARCHIVE; returns the inflated total.
 */
export async function checkZip(
  data: Uint8Array,
  limits: { totalBytes: number } = ZIP_LIMITS,
): Promise<number> {
  const list = entries(data);
  const declared = list.reduce((n, e) => n + e.declaredSize, 0);
  if (declared > limits.totalBytes) {
    throw refused(
      `压缩包解压后为 ${MB(declared)}，超过 ${MB(limits.totalBytes)}，未予处理。`,
      `The package inflates to ${MB(declared)}, over ${MB(limits.totalBytes)}; it was not processed.`,
      { limitBytes: limits.totalBytes },
    );
  }
  const budget = { left: limits.totalBytes };
  let total = 0;
  for (const e of list) {
    const raw = data.subarray(e.dataStart, e.dataStart + e.compressedSize);
    if (e.method === 0) {
      budget.left -= raw.length;
      total += raw.length;
      if (budget.left < 0) throw overTotal(limits);
    } else if (e.method === 8) {
      total += await inflatedSize(raw, budget, limits);
    } else {
      throw new ApiError(
        415,
        'BAD_ARCHIVE',
        `压缩包使用了不支持的压缩方式（${e.name}）。`,
        `The package uses an unsupported compression method (${e.name}).`,
      );
    }
  }
  return total;
}
