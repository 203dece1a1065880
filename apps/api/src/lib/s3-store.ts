import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { Env } from '../env.js';
import type { EvidenceStore } from './file-store.js';
import { sha256 } from './tokens.js';

/**
 * Evidence files and photos in an S3-compatible bucket (AWS S3, MinIO, Ceph RGW, Aliyun OSS,
 * Tencent COS…): one object per file under PREFIX/<2 hex>/<sha256>, the same layout as the folder,
 * so a backup of either restores into either. An object is written whole or not at all, and the
 * same bytes always go to the same key, so an upload repeated after a crash changes nothing.
 */
export class S3Store implements EvidenceStore {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;

  constructor(
    env: Pick<
      Env,
      | 'S3_BUCKET'
      | 'S3_ENDPOINT'
      | 'S3_REGION'
      | 'S3_ACCESS_KEY_ID'
      | 'S3_SECRET_ACCESS_KEY'
      | 'S3_FORCE_PATH_STYLE'
      | 'S3_PREFIX'
    >,
  ) {
    this.bucket = env.S3_BUCKET!;
    this.prefix = env.S3_PREFIX;
    this.client = new S3Client({
      region: env.S3_REGION,
      ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {}),
      forcePathStyle: env.S3_FORCE_PATH_STYLE,
      ...(env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
        ? { credentials: { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY } }
        : {}),
      // Checksums only where the protocol requires them: many S3-compatible servers do not take the
      // SDK's newer default (CRC32 trailers over aws-chunked bodies).
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  get location(): string {
    return `s3://${this.bucket}/${this.prefix}`;
  }

  private key(hash: string): string {
    return `${this.prefix}${hash.slice(0, 2)}/${hash}`;
  }

  async put(data: Uint8Array): Promise<string> {
    const hash = sha256(data);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: this.key(hash),
        Body: data,
        ContentLength: data.byteLength,
        ContentType: 'application/octet-stream',
      }),
    );
    return hash;
  }

  async get(hash: string): Promise<Buffer> {
    if (!/^[0-9a-f]{64}$/.test(hash)) throw new Error('bad hash');
    const res = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.key(hash) }));
    return Buffer.from(await res.Body!.transformToByteArray());
  }

  async *list(): AsyncIterable<string> {
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: this.prefix, ContinuationToken: token }),
      );
      for (const o of page.Contents ?? []) {
        const name = o.Key?.split('/').pop() ?? '';
        if (/^[0-9a-f]{64}$/.test(name)) yield name;
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  close(): void {
    this.client.destroy();
  }
}
