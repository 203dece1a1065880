import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
} from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { KeyObject } from 'node:crypto';
import type { Env } from '../env.js';

/**
 * The server's Ed25519 key for approval notices, and the one format of a signed notice:
 *
 *     <the PDF, ending in %%EOF and a line feed>
 *     %HUIQI-NOTICE-SIGNATURE v1 ed25519 key=<key id> id=<notice id> sig=<base64url signature>\n
 *
 * The signature covers every byte before that last line. A PDF reader ignores the line (a comment
 * after the end of the file); anyone with the public key (GET /api/approval-notices/public-key) can
 * check a copy without the platform. The key id is the first 16 hex digits of the SHA-256 of the
 * key's SubjectPublicKeyInfo (DER).
 */
export interface NoticeSigner {
  keyId: string;
  publicKey: KeyObject;
  publicKeyPem: string;
  /** The signed document: the bytes and the trailer line. */
  seal(pdf: Uint8Array, noticeId: string): Buffer;
}

const MARK = '%HUIQI-NOTICE-SIGNATURE ';
const TRAILER =
  /^%HUIQI-NOTICE-SIGNATURE v1 ed25519 key=([0-9a-f]{16}) id=([0-9a-f-]{36}) sig=([A-Za-z0-9_-]{86})\n?$/;

export const SIGNATURE_FORMAT =
  'The PDF ends with one line "%HUIQI-NOTICE-SIGNATURE v1 ed25519 key=<keyId> id=<notice id> sig=<base64url>" after %%EOF; the Ed25519 signature covers every byte before that line.';

const keyIdOf = (pub: KeyObject) =>
  createHash('sha256')
    .update(pub.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);

function signerOf(priv: KeyObject): NoticeSigner {
  if (priv.asymmetricKeyType !== 'ed25519') throw new Error('not an Ed25519 key');
  const publicKey = createPublicKey(priv);
  const keyId = keyIdOf(publicKey);
  return {
    keyId,
    publicKey,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    seal(pdf, noticeId) {
      const sig = sign(null, pdf, priv).toString('base64url');
      return Buffer.concat([pdf, Buffer.from(`${MARK}v1 ed25519 key=${keyId} id=${noticeId} sig=${sig}\n`)]);
    },
  };
}

/** Where the key is: NOTICE_SIGNING_KEY_FILE, else the data folder's notice-signing-key.pem. */
export const signingKeyPath = (env: Pick<Env, 'NOTICE_SIGNING_KEY_FILE' | 'HUIQI_DATA_DIR'>) =>
  resolve(env.NOTICE_SIGNING_KEY_FILE ?? join(env.HUIQI_DATA_DIR, 'notice-signing-key.pem'));

const loaded = new Map<string, Promise<NoticeSigner>>();

/**
 * The signer of this deployment, loaded once per process. A configured key file must exist; the
 * data folder's is made on first use (exclusively: of two processes starting at once, one writes it
 * and both read the same key), readable by its owner only.
 */
export function noticeSigner(env: Pick<Env, 'NOTICE_SIGNING_KEY_FILE' | 'HUIQI_DATA_DIR'>) {
  const path = signingKeyPath(env);
  let p = loaded.get(path);
  if (!p) {
    p = (async () => {
      const pem = await readFile(path, 'utf8').catch(async (e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT' || env.NOTICE_SIGNING_KEY_FILE)
          throw new Error(`NOTICE_SIGNING_KEY_FILE=${path}: cannot read the notice signing key (${e.code})`);
        const { privateKey } = generateKeyPairSync('ed25519');
        const made = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, made, { flag: 'wx', mode: 0o600 }).catch((w: NodeJS.ErrnoException) => {
          if (w.code !== 'EEXIST') throw w;
        });
        return readFile(path, 'utf8');
      });
      try {
        return signerOf(createPrivateKey(pem));
      } catch {
        throw new Error(`${path}: not an Ed25519 private key in PKCS#8 PEM`);
      }
    })();
    p.catch(() => loaded.delete(path));
    loaded.set(path, p);
  }
  return p;
}

export type SignatureCheck =
  | { signed: false; claimedId: string | null }
  | { signed: true; valid: boolean; keyId: string; noticeId: string; signedBytes: Buffer };

/**
 * What a copy carries: the signature line and whether it holds for the bytes before it under the key.
 * Without a line, the notice id the PDF names in its metadata (`huiqi-notice:<id>`) if any: a copy whose
 * line was cut off still names the notice it was made from.
 */
export function checkSignature(file: Buffer, publicKey: KeyObject, keyId: string): SignatureCheck {
  const at = file.lastIndexOf(MARK);
  if (at < 0 || (at > 0 && file[at - 1] !== 0x0a)) {
    const named = /huiqi-notice:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/.exec(
      file.toString('latin1'),
    );
    return { signed: false, claimedId: named?.[1] ?? null };
  }
  const m = TRAILER.exec(file.subarray(at).toString('latin1'));
  const claimed = /id=([0-9a-f-]{36})/.exec(file.subarray(at, at + 200).toString('latin1'))?.[1] ?? null;
  if (!m) return { signed: false, claimedId: claimed };
  const signedBytes = file.subarray(0, at);
  const valid = m[1] === keyId && verify(null, signedBytes, publicKey, Buffer.from(m[3]!, 'base64url'));
  return { signed: true, valid, keyId: m[1]!, noticeId: m[2]!, signedBytes };
}
