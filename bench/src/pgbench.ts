import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { benchDatabase } from './server.js';

const run = promisify(execFile);

/**
 * The database's own write limit on this machine: pgbench's TPC-B-like transaction (three UPDATEs,
 * a SELECT and an INSERT) in a throwaway database, with as many clients as the API load has
 * connections, scale factor = clients (as pgbench advises, so clients do not all queue on one branch).
 */
export async function pgbench(
  clients: number,
  seconds: number,
): Promise<{ tps: number; clients: number; seconds: number; scale: number }> {
  const db = await benchDatabase();
  try {
    const url = new URL(db.url);
    const conn = [
      '-h',
      url.hostname,
      '-p',
      url.port || '5432',
      '-U',
      decodeURIComponent(url.username) || 'postgres',
    ];
    await run('/usr/bin/pgbench', ['-i', '-q', '-s', String(clients), ...conn, db.name]);
    const { stdout } = await run('/usr/bin/pgbench', [
      '-c',
      String(clients),
      '-j',
      '2',
      '-T',
      String(seconds),
      ...conn,
      db.name,
    ]);
    const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(stdout)?.[1];
    if (!tps) throw new Error(`pgbench printed no tps:\n${stdout}`);
    return { tps: Math.round(Number(tps)), clients, seconds, scale: clients };
  } finally {
    await db.drop();
  }
}
