import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { lockDataDir } from '../lib/data-dir-lock.js';
import { PreparingClient } from './pg-client.js';
import * as schema from './schema.js';

export type Schema = typeof schema;
/**
 * The one database type the code sees, whichever driver is behind it. Without drizzle's relational
 * layer (`db.query.…`, which nothing uses): given the schema, drizzle builds a query builder for
 * every table on each transaction it starts — 2.5 % of a write's CPU in the bench's profile.
 */
export type Db = PgDatabase<PgQueryResultHKT>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations', import.meta.url));

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** PostgreSQL's connection pool, for the rate-limit store that several processes share; none on PGlite. */
  pool?: pg.Pool;
  /** Runs the migrations; safe to call from several processes at once on PostgreSQL. */
  migrate(): Promise<void>;
  /** How many migrations are applied, and how many the code knows. */
  migrationState(): Promise<{ applied: number; known: number }>;
  ping(): Promise<void>;
  /**
   * A connection of its own, for work that needs a session (a session-level advisory lock): a new
   * client on PostgreSQL; on PGlite the one connection there is (one process, nothing to elect).
   */
  session(): Promise<Session>;
  close(): Promise<void>;
}

/** Plain SQL on one connection; `close` ends it (and any session lock it held). */
export interface Session {
  query<T>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function knownMigrations(): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const journal = JSON.parse(await readFile(join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

export async function appliedMigrations(db: Db): Promise<number> {
  try {
    const r = await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    return Number((r as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0);
  } catch {
    return 0;
  }
}

/** The embedded database: PostgreSQL in WASM, in a data folder (or in memory for tests). */
export async function openPglite(dataDir?: string): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const unlock = dataDir ? lockDataDir(dataDir) : () => undefined;
  const client = dataDir ? new PGlite(join(dataDir, 'pg')) : new PGlite();
  try {
    await client.waitReady;
  } catch (e) {
    unlock();
    throw e;
  }
  const db = drizzlePglite(client) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    migrate: () => migratePglite(db as never, { migrationsFolder: MIGRATIONS_DIR }),
    migrationState: async () => ({ applied: await appliedMigrations(db), known: await knownMigrations() }),
    ping: async () => {
      await client.query('select 1');
    },
    session: async () => ({
      query: async <T>(text: string, params?: unknown[]) => (await client.query<T>(text, params)).rows,
      close: async () => undefined,
    }),
    // PGlite runs one query at a time: a trivial query waits for any still queued (a session's
    // last-seen update, say) so closing never cuts one off half way.
    close: async () => {
      await client.query('select 1').catch(() => undefined);
      await client.close();
      unlock();
    },
  };
}

/** PostgreSQL through a connection pool. */
export async function openPostgres(url: string, poolSize = 20): Promise<Database> {
  // A connection that cannot be made in 5 s fails the request (503) rather than hanging it.
  const pool = new pg.Pool({
    connectionString: url,
    // Hot queries prepared once per connection; queries sent without waiting for the answers to
    // those before them, so a transaction's begin and its last writes share round trips (pg-client.ts).
    Client: PreparingClient,
    pipeline: true,
    max: poolSize,
    idleTimeoutMillis: 10_000,
    connectionTimeoutMillis: 5_000,
  });
  // numeric stays a string (OID 1700 is already returned as text by pg); bigint counts as JS numbers.
  pool.on('error', () => {
    /* a broken idle connection is replaced by the pool; health reports the outage */
  });
  const db = drizzlePg(pool) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    pool,
    migrate: async () => {
      // Several API processes may start at once: one migrates while the others wait.
      const conn = await pool.connect();
      try {
        await conn.query('select pg_advisory_lock(7310001)');
        await migratePg(drizzlePg(conn, { schema }), { migrationsFolder: MIGRATIONS_DIR });
      } finally {
        await conn.query('select pg_advisory_unlock(7310001)').catch(() => undefined);
        conn.release();
      }
    },
    migrationState: async () => ({ applied: await appliedMigrations(db), known: await knownMigrations() }),
    ping: async () => {
      await pool.query('select 1');
    },
    session: async () => {
      const conn = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
      conn.on('error', () => {
        /* the next query fails and its caller reconnects */
      });
      await conn.connect();
      return {
        query: async <T>(text: string, params?: unknown[]) => (await conn.query(text, params)).rows as T[],
        close: () => conn.end().catch(() => undefined),
      };
    },
    close: () => pool.end(),
  };
}

export async function openDatabase(opts: { url?: string; dataDir?: string }): Promise<Database> {
  return opts.url ? openPostgres(opts.url) : openPglite(opts.dataDir);
}

/** SQLSTATE of a database error, wherever the driver or drizzle put it. */
export function sqlState(e: unknown): string | undefined {
  const err = e as { code?: unknown; cause?: { code?: unknown } };
  const code = typeof err?.cause?.code === 'string' ? err.cause.code : err?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/** The writes a transaction sends last (see `writeLast`), per transaction that `withTx` runs. */
const lastWrites = new WeakMap<Tx, (() => Promise<unknown>)[]>();

/**
 * Sends `write` as the last statement of a transaction `withTx` runs, right before its commit:
 * on PostgreSQL the pipelined connection carries both in one round trip. Its failure fails the
 * transaction (PostgreSQL answers the commit of a failed transaction with a rollback) and is thrown
 * by `withTx`. False, and nothing sent, for any other transaction: the caller then writes itself.
 */
export function writeLast(tx: Tx, write: () => Promise<unknown>): boolean {
  const writes = lastWrites.get(tx);
  if (!writes) return false;
  writes.push(write);
  return true;
}

/**
 * `writeLast` for a write whose answer the caller needs after the transaction (a row it returns):
 * the promise settles once the write ran, i.e. after the transaction's function returned — so it
 * must not be awaited inside that function (it would wait for itself), only after `withTx`. Its
 * failure is thrown by `withTx`. Outside a `withTx` transaction the write runs at once.
 */
export function lastly<T>(tx: Tx, write: () => Promise<T>): Promise<T> {
  let settle!: { resolve: (v: T) => void; reject: (e: unknown) => void };
  const answer = new Promise<T>((resolve, reject) => (settle = { resolve, reject }));
  const deferred = writeLast(tx, () =>
    write().then(settle.resolve, (e: unknown) => {
      settle.reject(e);
      throw e;
    }),
  );
  if (!deferred) return write();
  answer.catch(() => undefined); // withTx throws the failure; no one need await this one for it
  return answer;
}

/** Whether the database is PostgreSQL behind the pipelined pool (PGlite runs one query at a time). */
const pipelined = (db: Db) => (db as unknown as { $client?: unknown }).$client instanceof pg.Pool;

/**
 * A transaction, retried on serialization failures and deadlocks (40001, 40P01): what
 * PostgreSQL asks of a client under contention. Other errors pass through unchanged.
 */
export async function withTx<T>(db: Db, fn: (tx: Tx) => Promise<T>, retries = 5): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      const { result, sent } = await db.transaction(async (tx) => {
        const writes: (() => Promise<unknown>)[] = [];
        lastWrites.set(tx, writes);
        const result = await fn(tx);
        lastWrites.delete(tx);
        if (!pipelined(db)) {
          for (const w of writes) await w();
          return { result, sent: [] };
        }
        // Not awaited: the commit follows them on the wire, and their answers come before its.
        const sent = writes.map((w) => w());
        // (A drizzle query builder would run again on each await: writes return promises.)
        for (const p of sent) p.catch(() => undefined);
        return { result, sent };
      });
      // The first write to fail is the cause (a budget's refusal, say): those behind it on the wire
      // fail only because the transaction was aborted, and may settle first.
      const failed = (await Promise.allSettled(sent)).find((r) => r.status === 'rejected');
      if (failed) throw failed.reason;
      return result;
    } catch (e) {
      const state = sqlState(e);
      if (attempt < retries && (state === '40001' || state === '40P01')) {
        await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * (attempt + 1)));
        continue;
      }
      throw e;
    }
  }
}

/** The database cannot be reached (refused, reset, timed out, shutting down): a 503, not a 500. */
export function isUnavailable(e: unknown): boolean {
  const state = sqlState(e);
  const text = `${String(e)} ${String((e as { cause?: unknown })?.cause ?? '')}`;
  return (
    !!state?.startsWith('08') ||
    state === '57P01' ||
    state === '57P03' ||
    /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|Connection terminated|timeout exceeded when trying to connect/i.test(
      text,
    )
  );
}
