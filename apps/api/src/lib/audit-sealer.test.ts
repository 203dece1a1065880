import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../db/client.js';
import { auditCheckpoints } from '../db/schema.js';
import { createTestDatabase } from '../test-support/test-database.js';
import { audit, auditSealingLag, contentHash, verifyChain, type AuditEntry } from './audit.js';
import { merkleRoot } from './audit-merkle.js';
import { AuditSealer, sealed } from './audit-sealer.js';
import { createLogger } from './logger.js';

const log = createLogger('silent');
const entry = (n: number): AuditEntry => ({
  actorId: null,
  actorRole: 'test',
  action: 'test.write',
  targetType: 'test',
  targetId: String(n),
  after: { n, at: new Date(0), gone: undefined },
  requestId: null,
});
const write = (database: Database, n: number) => database.db.transaction((tx) => audit(tx, entry(n)));

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanup.reverse()) await c();
});

async function postgres(): Promise<{ database: Database; url: string }> {
  const created = await createTestDatabase('huiqi_sealer');
  const database = await openPostgres(created.url, 10);
  await database.migrate();
  cleanup.push(created.drop, () => database.close());
  return { database, url: created.url };
}

describe('the Merkle root of a batch', () => {
  it('is the RFC 6962 tree head: leaves and nodes hashed apart, split at the largest power of two', () => {
    const leaf = (x: string) =>
      createHash('sha256')
        .update(Buffer.concat([Buffer.from([0]), Buffer.from(x, 'hex')]))
        .digest();
    const node = (l: Buffer, r: Buffer) =>
      createHash('sha256')
        .update(Buffer.concat([Buffer.from([1]), l, r]))
        .digest();
    const [a, b, c] = ['aa', 'bb', 'cc'].map((x) => x.repeat(32));
    expect(merkleRoot([a!])).toBe(leaf(a!).toString('hex'));
    // Three leaves: (a b) c — the split is at 2.
    expect(merkleRoot([a!, b!, c!])).toBe(node(node(leaf(a!), leaf(b!)), leaf(c!)).toString('hex'));
    expect(merkleRoot([a!, b!, c!])).not.toBe(merkleRoot([b!, a!, c!]));
  });
});

describe('the audit sealer (PGlite: one process, sealing in-process)', () => {
  it('rows committed while no sealer ran (a crash before sealing) are sealed when one starts; nothing is lost', async () => {
    const database = await openPglite();
    await database.migrate();
    cleanup.push(() => database.close());
    for (let i = 0; i < 25; i++) await write(database, i);
    expect(await verifyChain(database.db)).toMatchObject({ ok: true, rows: 0, unsealed: 25 });
    expect((await auditSealingLag(database.db)).rows).toBe(25);

    const sealer = new AuditSealer(database, log);
    sealer.start();
    await sealed(database);
    expect(sealer.leading).toBe(true);
    for (let i = 25; i < 40; i++) await write(database, i);
    await sealed(database);
    await sealer.stop();
    const v = await verifyChain(database.db);
    expect(v).toMatchObject({ ok: true, rows: 40, unsealed: 0 });
    expect(await auditSealingLag(database.db)).toEqual({ rows: 0, oldestAgeMs: null });
    // The checkpoints follow one another over every id, and the last one's head is the chain's.
    const cps = await database.db.select().from(auditCheckpoints).orderBy(auditCheckpoints.seq);
    expect(cps[0]).toMatchObject({ seq: 1, firstId: 1 });
    for (let i = 1; i < cps.length; i++)
      expect(cps[i]).toMatchObject({
        seq: i + 1,
        firstId: cps[i - 1]!.lastId + 1,
        prevHash: cps[i - 1]!.hash,
      });
    expect(cps.at(-1)!.hash).toBe(v.lastHash);
  });

  it('the content hash is of what jsonb gives back (undefined members dropped, dates as ISO strings)', async () => {
    const database = await openPglite();
    await database.migrate();
    cleanup.push(() => database.close());
    await write(database, 7);
    const sealer = new AuditSealer(database, log);
    sealer.start();
    await sealed(database);
    await sealer.stop();
    expect(await verifyChain(database.db)).toMatchObject({ ok: true, rows: 1 });
    const withBefore = (before: unknown) =>
      contentHash({
        at: 'x',
        actorId: null,
        actorRole: null,
        action: 'a',
        targetType: 't',
        targetId: null,
        before,
        after: null,
        requestId: null,
      });
    expect(withBefore({ b: 1, a: undefined })).toBe(withBefore({ b: 1 }));
    expect(withBefore({ at: new Date(0) })).toBe(withBefore({ at: '1970-01-01T00:00:00.000Z' }));
  });
});

describe('the audit sealer on PostgreSQL', () => {
  it('never seals past a lower id that is still in flight; seals both, in id order, once it commits', async () => {
    const { database, url } = await postgres();
    const sealer = new AuditSealer(database, log, { maxWaitMs: 50 });
    sealer.start();
    cleanup.push(() => sealer.stop());
    // A transaction draws an id and stays open; a later one draws the next id and commits first.
    const [slow, fast] = [new pg.Client({ connectionString: url }), new pg.Client({ connectionString: url })];
    await Promise.all([slow.connect(), fast.connect()]);
    cleanup.push(
      () => slow.end(),
      () => fast.end(),
    );
    await slow.query('begin');
    const row = (n: number) => {
      const e = {
        at: new Date().toISOString(),
        actorId: null,
        actorRole: 'test',
        action: 'test.write',
        targetType: 'test',
        targetId: String(n),
        before: null,
        after: null,
        requestId: null,
      };
      return [e.at, e.actorRole, e.action, e.targetType, e.targetId, contentHash(e)];
    };
    const insert =
      'insert into audit_log (at, actor_role, action, target_type, target_id, content_hash) values ($1, $2, $3, $4, $5, $6) returning id';
    const low = Number((await slow.query(insert, row(1))).rows[0].id);
    const high = Number((await fast.query(insert, row(2))).rows[0].id);
    expect(high).toBeGreaterThan(low);
    await new Promise((r) => setTimeout(r, 300)); // many sealing passes
    expect(await verifyChain(database.db)).toMatchObject({ ok: true, rows: 0, unsealed: 1 });
    expect((await auditSealingLag(database.db)).rows).toBe(1);

    await slow.query('commit');
    await sealed(database);
    expect(await verifyChain(database.db)).toMatchObject({ ok: true, rows: 2, unsealed: 0 });
  });

  it('two sealers on one database: one seals, the other takes over when it stops, one chain', async () => {
    const { database } = await postgres();
    const a = new AuditSealer(database, log, { standbyMs: 50 });
    const b = new AuditSealer(database, log, { standbyMs: 50 });
    a.start();
    await sealed(database);
    b.start();
    cleanup.push(
      () => a.stop(),
      () => b.stop(),
    );
    let n = 0;
    const writers = (count: number) =>
      Promise.all(
        Array.from({ length: 8 }, async () => {
          for (let i = 0; i < count; i++) await write(database, n++);
        }),
      );
    await writers(20);
    await sealed(database);
    expect([a.leading, b.leading]).toEqual([true, false]);
    // The leader goes away in the middle of the writes; the other one takes the lock and resumes.
    const during = writers(20);
    await a.stop();
    await during;
    await sealed(database);
    expect([a.leading, b.leading]).toEqual([false, true]);
    expect(await verifyChain(database.db)).toMatchObject({ ok: true, rows: 320, unsealed: 0 });
  });
});
