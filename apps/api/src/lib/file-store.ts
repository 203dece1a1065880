import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256 } from './tokens.js';

/** Where evidence files and photos live, each stored once under its SHA-256. */
export interface EvidenceStore {
  /** Stores the bytes (once, whatever the number of uploads) and returns their hash. */
  put(data: Uint8Array): Promise<string>;
  get(hash: string): Promise<Buffer>;
  /** Every stored hash (for backups). */
  list(): AsyncIterable<string>;
  /** Where it is, for messages: a folder or s3://bucket/prefix. */
  readonly location: string;
}

const HASH = /^[0-9a-f]{64}$/;

/**
 * Evidence files, stored once by content hash under the data folder (the same file uploaded
 * twice is stored once). Writes go to a temporary name and are renamed, so a crash never leaves
 * a half-written file under a real hash.
 */
export class FileStore implements EvidenceStore {
  constructor(private readonly root: string) {}

  get location(): string {
    return this.root;
  }

  async *list(): AsyncIterable<string> {
    for (const e of await readdir(this.root, { withFileTypes: true, recursive: true }).catch(() => []))
      if (e.isFile() && HASH.test(e.name)) yield e.name;
  }

  private pathOf(hash: string): string {
    return join(this.root, hash.slice(0, 2), hash);
  }

  async put(data: Uint8Array): Promise<string> {
    const hash = sha256(data);
    const path = this.pathOf(hash);
    try {
      await stat(path);
      return hash;
    } catch {
      // not stored yet
    }
    await mkdir(join(this.root, hash.slice(0, 2)), { recursive: true });
    const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(tmp, data);
    await rename(tmp, path);
    return hash;
  }

  get(hash: string): Promise<Buffer> {
    if (!HASH.test(hash)) throw new Error('bad hash');
    return readFile(this.pathOf(hash));
  }
}

export type EvidenceType = 'application/pdf' | 'image/jpeg' | 'image/png' | 'application/ofd';

/** What a file really is, from its first bytes; the name and the browser's claim are not trusted. */
export function sniffEvidence(data: Uint8Array): EvidenceType | null {
  const b = data;
  if (b.length >= 5 && b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46 && b[4] === 0x2d)
    return 'application/pdf';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v))
    return 'image/png';
  // OFD (GB/T 33190) is a ZIP package whose root holds OFD.xml.
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) {
    const text = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
    if (text.includes('OFD.xml')) return 'application/ofd';
  }
  return null;
}
