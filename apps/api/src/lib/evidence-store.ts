import { join } from 'node:path';
import type { Env } from '../env.js';
import { FileStore, type EvidenceStore } from './file-store.js';
import { S3Store } from './s3-store.js';

/** The configured evidence store: the bucket when S3_BUCKET is set, else HUIQI_DATA_DIR/attachments. */
export function openEvidenceStore(env: Env): EvidenceStore {
  return env.S3_BUCKET ? new S3Store(env) : new FileStore(join(env.HUIQI_DATA_DIR, 'attachments'));
}
