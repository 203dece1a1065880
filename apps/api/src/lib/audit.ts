import { createHash } from 'node:crypto';
import { asc, gt, sql } from 'drizzle-orm';
import { writeLast, type Db, type Tx } from '../db/client.js';
import { auditCheckpoints, auditLog } from '../db/schema.js';
import { ph, prepared } from '../db/prepared.js';
import { merkleRoot } from './audit-merkle.js';

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

export const GENESIS = '0'.repeat(64);

const sha256 = (...parts: string[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex');
};

/**
 * JSON with sorted keys, so a hash does not depend on key order after a round trip through jsonb.
 * Like JSON.stringify it drops undefined members and uses toJSON (a Date becomes its ISO string):
 * the text hashed is the text jsonb keeps, without copying the value first.
 */
export function canonical(value: unknown): string {
  if (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  )
    return canonical((value as { toJSON: () => unknown }).toJSON());
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined && typeof record[k] !== 'function')
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`).join(',')}}`;
}

interface AuditContent {
  at: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

function body(r: AuditContent): string {
  return canonical({
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
}

/** The hash of one row's content: what its writer commits to, and the leaf the sealer links. */
export const contentHash = (r: AuditContent) => sha256(body(r));

/** One link of the chain: the head after a row with this content hash. */
export const link = (prevHash: string, rowContentHash: string) => sha256(prevHash, '\n', rowContentHash);

/** The link of a row written before sealing: the chain hash was computed over the content itself. */
const legacyLink = (prevHash: string, r: AuditContent) => sha256(prevHash, '\n', body(r));

/** The audit rows a transaction has written so far, sent as one insert when it ends. */
const pending = new WeakMap<Tx, (typeof auditLog.$inferInsert)[]>();

/**
 * Appends an audit row in the caller's transaction with the hash of its content — no lock, no read:
 * concurrent writers never wait for each other. The sealer (audit-sealer.ts) links the row into the
 * chain, in id order, once it and every row before it are final. In a transaction `withTx` runs,
 * the rows are written as one insert just before the commit, in the same round trip (the
 * transaction fails if they cannot be written); in any other, at once.
 */
export async function audit(tx: Tx, e: AuditEntry): Promise<void> {
  // Millisecond ISO time: timestamptz keeps it exactly, so the value hashed is the value read back.
  const row = {
    at: new Date().toISOString(),
    actorId: e.actorId,
    actorRole: e.actorRole,
    action: e.action,
    targetType: e.targetType,
    targetId: e.targetId,
    before: e.before ?? null,
    after: e.after ?? null,
    requestId: e.requestId,
  };
  const value = { ...row, contentHash: contentHash(row) };
  const rows = pending.get(tx);
  if (rows) {
    rows.push(value);
    return;
  }
  if (writeLast(tx, () => insertRows(tx, pending.get(tx)!))) {
    pending.set(tx, [value]);
    return;
  }
  await insertRows(tx, [value]);
}

type AuditRow = typeof auditLog.$inferInsert;

/** The one-row insert (nearly every audited write makes one), built once: see prepared.ts. */
const insertOne = prepared((db) =>
  db.insert(auditLog).values({
    at: ph('at'),
    actorId: ph('actorId'),
    actorRole: ph('actorRole'),
    action: ph('action'),
    targetType: ph('targetType'),
    targetId: ph('targetId'),
    before: ph('before'),
    after: ph('after'),
    requestId: ph('requestId'),
    contentHash: ph('contentHash'),
  }),
);

// execute(): a drizzle query runs each time it is awaited; this one must run once, now.
const insertRows = (tx: Tx, rows: AuditRow[]) =>
  rows.length === 1 ? insertOne(tx, rows[0]!) : tx.insert(auditLog).values(rows).execute();

export interface ChainVerdict {
  ok: boolean;
  /** Rows verified: every sealed row (and every row written before sealing existed). */
  rows: number;
  /** Rows committed but not sealed yet (the sealer's lag): their content is not protected yet. */
  unsealed: number;
  /** Sealed batches verified. */
  checkpoints: number;
  /** The first row whose content, link or batch does not match. */
  brokenAt?: number;
  /** Why, in a few words (for the console and the logs). */
  reason?: string;
  /** The chain head after the last sealed row. */
  lastHash: string;
}

type Row = typeof auditLog.$inferSelect;
type Checkpoint = typeof auditCheckpoints.$inferSelect;

/** Rows (or checkpoints) in key order, a page at a time. */
async function* pages<T>(
  next: (after: number) => Promise<T[]>,
  key: (t: T) => number,
  from: number,
): AsyncGenerator<T> {
  let cursor = from;
  for (;;) {
    const page = await next(cursor);
    if (page.length === 0) return;
    yield* page;
    cursor = key(page[page.length - 1]!);
  }
}

/**
 * Re-computes the whole chain: each row's content hash from its content, the links in id order,
 * and each checkpoint's row count, Merkle root and head. Rows after the last checkpoint are counted
 * as unsealed; a row inside a sealed range that the checkpoint does not account for (inserted
 * later, or removed) breaks the chain.
 */
export async function verifyChain(db: Db): Promise<ChainVerdict> {
  // From below any key a forger could choose (ids and seqs start at 1; a forged one need not).
  const rowsOf = pages<Row>(
    (after) => db.select().from(auditLog).where(gt(auditLog.id, after)).orderBy(asc(auditLog.id)).limit(2000),
    (r) => r.id,
    Number.MIN_SAFE_INTEGER,
  );
  const cps = pages<Checkpoint>(
    (after) =>
      db
        .select()
        .from(auditCheckpoints)
        .where(gt(auditCheckpoints.seq, after))
        .orderBy(asc(auditCheckpoints.seq))
        .limit(2000),
    (c) => c.seq,
    -(2 ** 31),
  );
  let head = GENESIS;
  let rows = 0;
  let unsealed = 0;
  let checkpoints = 0;
  const broken = (brokenAt: number, reason: string): ChainVerdict => ({
    ok: false,
    rows,
    unsealed,
    checkpoints,
    brokenAt,
    reason,
    lastHash: head,
  });

  let cp = (await cps.next()).value as Checkpoint | undefined;
  let batch: { start: string; leaves: string[]; firstRow?: number } = { start: head, leaves: [] };
  let expectedSeq = 1;
  let expectedFirst: number | undefined;
  /** Closes the current checkpoint: its rows, root and head must be what it says. */
  const close = (c: Checkpoint): string | undefined => {
    if (
      c.seq !== expectedSeq ||
      (expectedFirst !== undefined && c.firstId !== expectedFirst) ||
      c.prevHash !== batch.start
    )
      return `checkpoint ${c.seq} does not follow checkpoint ${c.seq - 1}`;
    if (c.rows !== batch.leaves.length)
      return `checkpoint ${c.seq} sealed ${c.rows} rows, ${batch.leaves.length} are there`;
    if (merkleRoot(batch.leaves) !== c.merkleRoot || head !== c.hash)
      return `checkpoint ${c.seq} does not match its rows`;
    expectedSeq++;
    expectedFirst = c.lastId + 1;
    checkpoints++;
    rows += batch.leaves.length;
    batch = { start: head, leaves: [] };
    return undefined;
  };

  for await (const r of rowsOf) {
    const content = { ...r, at: new Date(r.at).toISOString() };
    if (r.contentHash === null) {
      // A row from before sealing: it must come before every sealed row, linked in-row.
      if (
        checkpoints > 0 ||
        batch.leaves.length > 0 ||
        unsealed > 0 ||
        r.prevHash !== head ||
        legacyLink(head, content) !== r.hash
      )
        return broken(r.id, 'row does not match its link');
      head = r.hash!;
      rows++;
      expectedFirst = r.id + 1;
      continue;
    }
    while (cp && r.id > cp.lastId) {
      const why = close(cp);
      if (why) return broken(batch.firstRow ?? cp.firstId, why);
      cp = (await cps.next()).value as Checkpoint | undefined;
    }
    if (!cp) {
      unsealed++;
      continue;
    }
    if (r.id < cp.firstId || contentHash(content) !== r.contentHash)
      return broken(r.id, 'row does not match its content hash');
    batch.firstRow ??= r.id;
    batch.leaves.push(r.contentHash);
    head = link(head, r.contentHash);
  }
  while (cp) {
    const why = close(cp);
    if (why) return broken(batch.firstRow ?? cp.firstId, why);
    cp = (await cps.next()).value as Checkpoint | undefined;
  }
  return { ok: true, rows, unsealed, checkpoints, lastHash: head };
}

/** How far sealing is behind: rows committed and not sealed yet, and the age of the oldest (ms). */
export interface SealingLag {
  rows: number;
  oldestAgeMs: number | null;
}

/**
 * The sealing lag, read from the database (so any process can report it, leader or not): the
 * window in which an audit row is protected only by the database's refusal to change it.
 */
export async function auditSealingLag(db: Db): Promise<SealingLag> {
  const r = (await db.execute(sql`
    select count(*)::int as rows, (extract(epoch from now() - min(at)) * 1000)::float8 as age
    from audit_log
    where content_hash is not null and id > coalesce((select last_id from audit_checkpoints order by seq desc limit 1), 0)`)) as unknown as {
    rows: { rows: number; age: number | null }[];
  };
  const row = r.rows[0]!;
  return {
    rows: Number(row.rows),
    oldestAgeMs: row.age === null ? null : Math.max(0, Math.round(Number(row.age))),
  };
}
