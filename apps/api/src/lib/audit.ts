import { createHash } from 'node:crypto';
import { asc, desc, gt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { auditLog } from '../db/schema.js';

export interface AuditEntry {
  actorId: string | null;
  actorRole: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  before?: unknown;
  after?: unknown;
  requestId: string | null;
}

const GENESIS = '0'.repeat(64);
/** All audit writers take this lock: the chain has one order, the order of commit. */
const AUDIT_LOCK = 7310002;

/** JSON with sorted keys, so a hash does not depend on key order after a round trip through jsonb. */
export function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const keys = Object.keys(value as object).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

function rowHash(prevHash: string, r: { at: string; actorId: string | null; actorRole: string | null; action: string; targetType: string; targetId: string | null; before: unknown; after: unknown; requestId: string | null }): string {
  const body = canonical({
    at: r.at,
    actorId: r.actorId,
    actorRole: r.actorRole,
    action: r.action,
    targetType: r.targetType,
    targetId: r.targetId,
    before: r.before ?? null,
    after: r.after ?? null,
    requestId: r.requestId,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/**
 * Appends an audit row in the caller's transaction, chained to the previous row by hash. The
 * advisory lock (held to commit) makes concurrent writers take turns, so the chain never forks.
 */
export async function audit(tx: Tx, e: AuditEntry): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`);
  const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  const prevHash = last?.hash ?? GENESIS;
  // Millisecond ISO time: timestamptz keeps it exactly, so the value hashed is the value read back.
  const at = new Date().toISOString();
  const row = {
    at,
    actorId: e.actorId,
    actorRole: e.actorRole,
    action: e.action,
    targetType: e.targetType,
    targetId: e.targetId,
    before: e.before === undefined ? null : JSON.parse(JSON.stringify(e.before)),
    after: e.after === undefined ? null : JSON.parse(JSON.stringify(e.after)),
    requestId: e.requestId,
  };
  await tx.insert(auditLog).values({ ...row, prevHash, hash: rowHash(prevHash, row) });
}

export interface ChainVerdict {
  ok: boolean;
  rows: number;
  /** The first row whose hash or link does not match. */
  brokenAt?: number;
  lastHash: string;
}

/** Re-computes the whole chain, in pages. */
export async function verifyChain(db: Db): Promise<ChainVerdict> {
  let prev = GENESIS;
  let rows = 0;
  let cursor = 0;
  for (;;) {
    const page = await db.select().from(auditLog).where(gt(auditLog.id, cursor)).orderBy(asc(auditLog.id)).limit(2000);
    if (page.length === 0) break;
    for (const r of page) {
      const at = new Date(r.at).toISOString();
      if (r.prevHash !== prev || rowHash(prev, { ...r, at }) !== r.hash) return { ok: false, rows, brokenAt: r.id, lastHash: prev };
      prev = r.hash;
      rows++;
      cursor = r.id;
    }
  }
  return { ok: true, rows, lastHash: prev };
}
