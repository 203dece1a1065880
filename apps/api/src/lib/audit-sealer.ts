import type { Database, Session } from '../db/client.js';
import { GENESIS, link } from './audit.js';
import { merkleRoot } from './audit-merkle.js';
import type { Logger } from './logger.js';

/** The session-level advisory lock whose holder is the one sealer among all API processes. */
const SEALER_LOCK = 7310003;
/** Rows sealed per checkpoint at most (a backlog is sealed in several). */
const BATCH = 5_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Links committed audit rows into the hash chain, in id order, a batch at a time, with a checkpoint
 * per batch. One sealer for all API processes: each process tries a session-level advisory lock on
 * a connection of its own; the holder seals, the others retry every `standbyMs` and take over
 * within that time when the holder's connection ends (its process died).
 *
 * The sequence-gap problem: ids are drawn when a row is inserted, but transactions commit in any
 * order, so id 41 may still be in flight when id 42 is visible. Sealing 42 and then seeing 41 commit
 * would leave 41 outside the chain. A pass therefore (1) reads the id sequence's last value v, then
 * (2) the transactions that hold a write lock on audit_log — every inserting transaction takes it
 * before it draws an id and keeps it to its end — and (3) waits until those have ended. Any id ≤ v
 * was drawn by a transaction that held the lock before (1), so after (3) it is committed or never
 * will be, and the pass seals every row up to v. Only audit writers are waited for, and only those
 * in flight at the time; an audit transaction left open holds sealing back (and shows in the lag).
 */
export class AuditSealer {
  #session: Session | undefined;
  #leading = false;
  #stopped = true;
  #loop: Promise<void> | undefined;
  #wake: (() => void) | undefined;
  /** The chain as sealed so far: next checkpoint number, last sealed id, head. */
  #state = { seq: 1, lastId: 0, head: GENESIS };

  constructor(
    private readonly database: Database,
    private readonly log: Logger,
    private readonly opts: { idleMs?: number; standbyMs?: number; maxWaitMs?: number } = {},
  ) {}

  /** Whether this process is the one sealing now. */
  get leading(): boolean {
    return this.#leading;
  }

  start(): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    this.#loop = this.#run();
  }

  /** Stops after the current pass and ends the sealer's connection (releasing the lock). */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#wake?.();
    await this.#loop;
    this.#loop = undefined;
  }

  async #pause(ms: number) {
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, ms);
      this.#wake = () => {
        clearTimeout(t);
        resolve();
      };
    });
    this.#wake = undefined;
  }

  async #run() {
    while (!this.#stopped) {
      try {
        this.#session ??= await this.database.session();
        if (!this.#leading) {
          const [lock] = await this.#session.query<{ ok: boolean }>('select pg_try_advisory_lock($1) as ok', [
            SEALER_LOCK,
          ]);
          if (!lock?.ok) {
            await this.#pause(this.opts.standbyMs ?? 1_000);
            continue;
          }
          await this.#load();
          this.#leading = true;
          this.log.info('audit sealer: this process seals the audit chain', {
            seq: this.#state.seq,
            lastId: this.#state.lastId,
          });
        }
        const sealed = await this.pass();
        // PGlite runs in this thread: poll it less often than a server.
        if (sealed === 0) await this.#pause(this.opts.idleMs ?? (this.database.kind === 'pglite' ? 25 : 10));
      } catch (e) {
        // The database went away or another sealer got in first: start again from what is stored.
        this.log.warn('audit sealer: pass failed, starting again', { err: String(e) });
        await this.#drop();
        if (!this.#stopped) await this.#pause(1_000);
      }
    }
    await this.#drop();
  }

  async #drop() {
    this.#leading = false;
    await this.#session?.close();
    this.#session = undefined;
  }

  /** Where the stored chain ends: the last checkpoint, or the last row chained before sealing existed. */
  async #load() {
    const q = this.#session!;
    const [cp] = await q.query<{ seq: number; last_id: string; hash: string }>(
      'select seq, last_id, hash from audit_checkpoints order by seq desc limit 1',
    );
    if (cp) {
      this.#state = { seq: cp.seq + 1, lastId: Number(cp.last_id), head: cp.hash };
      return;
    }
    const [legacy] = await q.query<{ id: string; hash: string }>(
      'select id, hash from audit_log where content_hash is null order by id desc limit 1',
    );
    this.#state = legacy
      ? { seq: 1, lastId: Number(legacy.id), head: legacy.hash }
      : { seq: 1, lastId: 0, head: GENESIS };
  }

  /** One sealing pass (only while leading); returns how many rows it sealed. */
  async pass(): Promise<number> {
    const q = this.#session!;
    // (1) The highest id drawn so far (the sequence is not transactional: drawn means drawn).
    const [seqRow] = await q.query<{ v: string; called: boolean }>(
      'select last_value as v, is_called as called from audit_log_id_seq',
    );
    const v = seqRow?.called ? Number(seqRow.v) : 0;
    if (v <= this.#state.lastId) return 0;
    // (2) The transactions writing audit rows now, and (3) their end.
    const holders = `select coalesce(array_agg(virtualtransaction), '{}') as h from pg_locks
      where locktype = 'relation' and relation = 'audit_log'::regclass and mode = 'RowExclusiveLock' and pid is distinct from pg_backend_pid()`;
    let [inFlight] = await q.query<{ h: string[] }>(holders);
    const deadline = Date.now() + (this.opts.maxWaitMs ?? 1_000);
    while (inFlight!.h.length > 0) {
      if (Date.now() > deadline) return 0; // a long transaction: try again with a fresh horizon
      await sleep(1);
      [inFlight] = await q.query<{ h: string[] }>(`${holders} and virtualtransaction = any($1)`, [
        inFlight!.h,
      ]);
    }
    // Every id up to v is now final.
    const rows = await q.query<{ id: string; content_hash: string }>(
      'select id, content_hash from audit_log where id > $1 and id <= $2 order by id limit $3',
      [this.#state.lastId, v, BATCH],
    );
    if (rows.length === 0) return 0;
    const upTo = rows.length === BATCH ? Number(rows[rows.length - 1]!.id) : v;
    const leaves = rows.map((r) => r.content_hash);
    const head = leaves.reduce(link, this.#state.head);
    // The seq primary key is the fork guard: a second sealer's checkpoint with the same number fails.
    await q.query(
      'insert into audit_checkpoints (seq, first_id, last_id, rows, merkle_root, prev_hash, hash) values ($1, $2, $3, $4, $5, $6, $7)',
      [
        this.#state.seq,
        this.#state.lastId + 1,
        upTo,
        leaves.length,
        merkleRoot(leaves),
        this.#state.head,
        head,
      ],
    );
    this.#state = { seq: this.#state.seq + 1, lastId: upTo, head };
    return leaves.length;
  }
}

/** Waits until every audit row committed before the call is sealed (by whichever process seals). */
export async function sealed(database: Database, timeoutMs = 30_000): Promise<void> {
  const s = await database.session();
  try {
    const [top] = await s.query<{ id: string | null }>(
      'select max(id) as id from audit_log where content_hash is not null',
    );
    const target = Number(top?.id ?? 0);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const [cp] = await s.query<{ last_id: string | null }>(
        'select max(last_id) as last_id from audit_checkpoints',
      );
      if (Number(cp?.last_id ?? 0) >= target) return;
      if (Date.now() > deadline)
        throw new Error(`audit rows up to ${target} still unsealed after ${timeoutMs} ms`);
      await sleep(5);
    }
  } finally {
    await s.close();
  }
}

/** Starts the sealer for a database and makes closing the database stop it first. */
export function withAuditSealer(
  database: Database,
  log: Logger,
): { database: Database; sealer: AuditSealer } {
  const sealer = new AuditSealer(database, log);
  return {
    sealer,
    database: {
      ...database,
      close: async () => {
        await sealer.stop();
        await database.close();
      },
    },
  };
}
