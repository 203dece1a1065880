import { execFile } from 'node:child_process';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { count } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { appliedMigrations, knownMigrations, openDatabase, type Db } from '../db/client.js';
import * as schema from '../db/schema.js';
import {
  adjudicationCases,
  claims,
  approvalNotices,
  attachments,
  brandNominations,
  navigationReports,
  priorityExamApplications,
  serviceEventAttendees,
  serviceEvents,
  serviceRequestEvents,
  auditLog,
  budgetLedger,
  enterprises,
  licenceInterests,
  serviceRequestAssignments,
  serviceRequests,
  srdiListEntries,
  licenceOffers,
  servicePhotos,
  serviceRecords,
  users,
  provisionRecords,
  ratingFollowUps,
  serviceRatings,
} from '../db/schema.js';
import type { Env } from '../env.js';
import { verifyChain } from '../lib/audit.js';
import { DataDirInUse, lockDataDir } from '../lib/data-dir-lock.js';
import { openEvidenceStore } from '../lib/evidence-store.js';
import { FileStore, type EvidenceStore } from '../lib/file-store.js';

const run = promisify(execFile);

/** What a backup holds, written beside it and checked after a restore. */
export interface BackupManifest {
  format: 1;
  kind: 'pglite' | 'postgres';
  createdAt: string;
  counts: Record<string, number>;
  /** The verified chain: sealed rows, rows not sealed yet (sealed by the next API start), head. */
  audit: { rows: number; unsealed?: number; lastHash: string };
  files: number;
}

const COUNTED = {
  enterprises,
  users,
  claims,
  attachments,
  budgetLedger,
  auditLog,
  serviceRecords,
  servicePhotos,
  provisionRecords,
  /** M9.3 cases: their decision documents are evidence files (counted in `files`). */
  adjudicationCases,
  /** M5.2 open licensing: the offers listed and the interests and licences from them. */
  licenceOffers,
  licenceInterests,
  /** M9.2 / M10.1 requests and every assignment of them (the first and each reassignment). */
  serviceRequests,
  serviceRequestAssignments,
  /** 好差评 and the cities' follow-ups of the poor ones. */
  serviceRatings,
  ratingFollowUps,
  /** M9.1: the SRDI and little-giant lists kept per year. */
  srdiListEntries,
  /** 批准通知书: their signed PDFs are evidence files (counted in `files`). */
  approvalNotices,
  /** M4.1 / M11.2 / M5.2 / M7.1 events with the enterprises that attended, and the agencies' steps on requests. */
  serviceEvents,
  serviceEventAttendees,
  serviceRequestEvents,
  /** The other record kinds the scorecard counts: 百城百品, prioritized examination, navigation reports. */
  brandNominations,
  priorityExamApplications,
  navigationReports,
};

type Inventory = Omit<BackupManifest, 'format' | 'kind' | 'createdAt' | 'files'>;

/**
 * The names a backup taken before migration 0022 counts its tables by (that migration renamed the
 * claims table): a restore reads them under today's names.
 */
const RENAMED_COUNTS: Record<string, string> = { applications: 'claims' };

/** A manifest's counts under today's names, in a stable order (so two of them compare as text). */
export const currentCounts = (counts: Record<string, number>) =>
  Object.fromEntries(
    Object.entries(counts)
      .map(([k, n]) => [RENAMED_COUNTS[k] ?? k, n] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );

/**
 * Whether the restored rows are the backup's: every table the manifest counts (under today's name)
 * holds as many rows as it did. A backup made by an older version counts only the tables it knew;
 * a table added by a later migration is new to it, so there is nothing of the backup to compare.
 */
export const countsMatch = (expected: Record<string, number>, found: Record<string, number>) => {
  const now = currentCounts(found);
  return Object.entries(currentCounts(expected)).every(([table, n]) => now[table] === n);
};

/**
 * A database whose migrations are behind this version's has tables under old names or not yet made
 * (before 0022 the claims were `applications`): its rows cannot be counted as this version counts
 * them. The API brings it forward when it starts; a backup says so instead of failing on a table.
 */
function refuseBehind({ applied, known }: { applied: number; known: number }) {
  if (applied > 0 && applied < known)
    throw new Error(
      `数据库的结构落后于本版本（已执行 ${applied} 个迁移，本版本有 ${known} 个）：请先启动一次 API（启动时自动迁移数据库），再备份。` +
        ` / The database is behind this version (${applied} of ${known} migrations applied): start the API once (it migrates the database as it starts), then back up.`,
    );
}

/** Row counts and the verified audit chain, as `db` sees them. */
async function inventoryOf(db: Db): Promise<Inventory> {
  const counts: Record<string, number> = {};
  for (const [name, table] of Object.entries(COUNTED))
    counts[name] = (await db.select({ n: count() }).from(table))[0]!.n;
  const chain = await verifyChain(db);
  if (!chain.ok)
    throw new Error(
      `the audit chain is broken at row ${chain.brokenAt} (${chain.reason}): refusing to back up a tampered database`,
    );
  return { counts, audit: { rows: chain.rows, unsealed: chain.unsealed, lastHash: chain.lastHash } };
}

/**
 * The inventory of the configured database (for a restore's check, or a backup of PGlite). A
 * restore first brings a backup taken by an older version to this version's schema, as the API's
 * start would (a backup from before migration 0022 has the claims table under its old name).
 */
async function inventory(env: Env, upgrade = false): Promise<Inventory> {
  const database = await openDatabase({
    url: env.DATABASE_URL,
    dataDir: env.DATABASE_URL ? undefined : env.HUIQI_DATA_DIR,
  });
  try {
    const state = await database.migrationState();
    if (state.applied === 0) {
      throw new Error(
        `no Huiqi database at ${env.DATABASE_URL ? 'DATABASE_URL' : env.HUIQI_DATA_DIR}: check DATABASE_URL or HUIQI_DATA_DIR`,
      );
    }
    if (state.applied > state.known)
      throw new Error(
        `the backup is of a newer Huiqi (${state.applied} migrations; this version knows ${state.known}): restore it with that version`,
      );
    if (upgrade && state.applied < state.known) await database.migrate();
    else refuseBehind(state);
    return await inventoryOf(database.db);
  } finally {
    await database.close();
  }
}

/**
 * pg_dump of the very snapshot the inventory was taken in: the API may go on writing (and its
 * sealer sealing) during the backup, and the manifest still describes the dump exactly.
 */
async function dumpPostgres(url: string, file: string): Promise<Inventory> {
  const conn = new pg.Client({ connectionString: url });
  await conn.connect();
  try {
    await conn.query('begin isolation level repeatable read read only');
    const snapshot = (await conn.query<{ s: string }>('select pg_export_snapshot() as s')).rows[0]!.s;
    const tables = await conn.query(
      `select 1 from pg_tables where schemaname = 'public' and tablename = 'audit_log'`,
    );
    if (tables.rowCount === 0) throw new Error('no Huiqi database at DATABASE_URL: check DATABASE_URL');
    const db = drizzle(conn, { schema }) as unknown as Db;
    refuseBehind({ applied: await appliedMigrations(db), known: await knownMigrations() });
    const inv = await inventoryOf(db);
    await run('pg_dump', ['--format=custom', '--no-owner', `--snapshot=${snapshot}`, '--file', file, url]);
    return inv;
  } finally {
    await conn.query('rollback').catch(() => undefined);
    await conn.end();
  }
}

async function countFiles(store: EvidenceStore): Promise<number> {
  let n = 0;
  for await (const _ of store.list()) n++;
  return n;
}

/** The evidence files of a backup: a folder laid out as the data folder's (<2 hex>/<sha256>). */
const backupFiles = (dir: string) => new FileStore(join(dir, 'attachments'));

/** Every file of one store into another; each is checked against its name (its SHA-256) on the way. */
async function copyFiles(from: EvidenceStore, to: EvidenceStore): Promise<void> {
  for await (const hash of from.list()) {
    const stored = await to.put(await from.get(hash));
    if (stored !== hash)
      throw new Error(
        `the evidence file ${hash} in ${from.location} is damaged (its content hashes to ${stored})`,
      );
  }
}

/**
 * A consistent backup with the evidence files (from the data folder or the S3 bucket): PGlite's data folder copied while closed (the API
 * must be stopped: PGlite is one process), or PostgreSQL through pg_dump's custom format (online, a
 * consistent snapshot, the one the manifest is taken in). The audit chain is verified first and its head recorded in the manifest.
 */
export async function backup(env: Env, dir: string): Promise<BackupManifest> {
  // The embedded database is held for the whole copy, so no API can open it half way through.
  let unlock = () => undefined as void;
  if (!env.DATABASE_URL) {
    try {
      unlock = lockDataDir(env.HUIQI_DATA_DIR);
    } catch (e) {
      if (e instanceof DataDirInUse)
        throw new Error(
          `${e.message} (a running Huiqi API): stop it first — a copy of a database being written is not a backup (on PostgreSQL backups are online)`,
        );
      throw e;
    }
  }
  try {
    return await backupHeld(env, dir);
  } finally {
    unlock();
  }
}

async function backupHeld(env: Env, dir: string): Promise<BackupManifest> {
  await mkdir(dir, { recursive: true });
  if ((await readdir(dir)).length) throw new Error(`${dir} is not empty: a backup goes into a new folder`);
  let inv: Inventory;
  if (env.DATABASE_URL) {
    inv = await dumpPostgres(env.DATABASE_URL, join(dir, 'db.dump'));
  } else {
    inv = await inventory(env);
    // A cold copy of the closed data folder is a consistent backup (PGlite is one process: the API is stopped).
    await cp(join(env.HUIQI_DATA_DIR, 'pg'), join(dir, 'pg'), { recursive: true });
  }
  // The evidence files from wherever they live (the data folder or the bucket) into the backup's folder.
  await copyFiles(openEvidenceStore(env), backupFiles(dir));
  const manifest: BackupManifest = {
    format: 1,
    kind: env.DATABASE_URL ? 'postgres' : 'pglite',
    createdAt: new Date().toISOString(),
    ...inv,
    files: await countFiles(backupFiles(dir)),
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return manifest;
}

/**
 * Restores a backup into an empty target (a new PGlite data folder, or an empty PostgreSQL
 * database), then checks it against the manifest: the same rows, the same files, and an audit
 * chain that verifies to the same head.
 */
export async function restore(env: Env, dir: string): Promise<BackupManifest> {
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as BackupManifest;
  if (env.DATABASE_URL) {
    if (manifest.kind !== 'postgres')
      throw new Error('this backup is of the embedded database: restore it without DATABASE_URL');
    await run('pg_restore', [
      '--no-owner',
      '--exit-on-error',
      '--dbname',
      env.DATABASE_URL,
      join(dir, 'db.dump'),
    ]);
  } else {
    if (manifest.kind !== 'pglite')
      throw new Error('this backup is of PostgreSQL: restore it with DATABASE_URL set to an empty database');
    const target = join(env.HUIQI_DATA_DIR, 'pg');
    if ((await readdir(target).catch(() => [])).length)
      throw new Error(`${target} is not empty: restore into a new data folder`);
    await mkdir(env.HUIQI_DATA_DIR, { recursive: true });
    await cp(join(dir, 'pg'), target, { recursive: true });
  }
  const store = openEvidenceStore(env);
  await copyFiles(backupFiles(dir), store);
  const after = await inventory(env, true);
  const files = await countFiles(store);
  const same =
    countsMatch(manifest.counts, after.counts) &&
    after.audit.lastHash === manifest.audit.lastHash &&
    files === manifest.files;
  if (!same)
    throw new Error(
      `the restored data differ from the backup: ${JSON.stringify({ expected: { ...manifest.counts, audit: manifest.audit, files: manifest.files }, found: { ...after.counts, audit: after.audit, files } })}`,
    );
  return manifest;
}
