import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { MIGRATIONS_DIR } from '../db/client.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { seedDemo } from '../db/seed/demo.js';
import { createDeps } from '../deps.js';
import { loadEnv } from '../env.js';
import { freePort } from '../resilience/tcp-proxy.js';
import { startProcess } from '../test-support/api-process.js';
import { readJson } from '../test-support/read-json.js';
import { startS3 } from '../test-support/s3-server.js';
import { createTestDatabase } from '../test-support/test-database.js';
import { verifyChain } from '../lib/audit.js';
import { backup, currentCounts, restore } from './backup.js';

const postgres = process.env.HUIQI_TEST_DB === 'postgres';
const created: (() => Promise<void>)[] = [];
async function newDatabase(): Promise<string> {
  const db = await createTestDatabase('huiqi_backup');
  created.push(db.drop);
  return db.url;
}
let s3: Awaited<ReturnType<typeof startS3>>;
beforeAll(async () => {
  s3 = await startS3(['huiqi-src', 'huiqi-dst']);
});
afterAll(async () => {
  for (const drop of created) await drop();
  await s3.close();
});

const tmp = (p: string) => mkdtempSync(join(tmpdir(), p));

/**
 * The database as the version before 0022 left it: 0022 undone (every rename swapped back, the
 * rating subjects as they were) and neither it nor any later one recorded as applied (the first 22 are).
 */
async function asBefore0022(db: Awaited<ReturnType<typeof createDeps>>['db']) {
  const renames = [
    ...readFileSync(join(MIGRATIONS_DIR, '0022_claims_vocabulary.sql'), 'utf8').matchAll(
      /^ALTER (TABLE|INDEX) "(\w+)" RENAME (TO|COLUMN|CONSTRAINT) "(\w+)"(?: TO "(\w+)")?/gm,
    ),
  ];
  for (const [, what, on, how, a, b] of renames.reverse()) {
    const undo =
      how === 'TO'
        ? what === 'TABLE'
          ? `ALTER TABLE "claims" RENAME TO "${on}"`
          : `ALTER INDEX "${a}" RENAME TO "${on}"`
        : `ALTER TABLE "${on}" RENAME ${how} "${b}" TO "${a}"`;
    await db.execute(sql.raw(undo));
  }
  const before = 'application'; // the rating subject before 0022
  await db.execute(sql.raw(`ALTER TABLE service_ratings DROP CONSTRAINT service_ratings_subject_ck`));
  await db.execute(
    sql.raw(`UPDATE service_ratings SET subject_type = '${before}' WHERE subject_type = 'claim'`),
  );
  await db.execute(
    sql.raw(
      `ALTER TABLE service_ratings ADD CONSTRAINT service_ratings_subject_ck CHECK (subject_type in ('${before}','service-request'))`,
    ),
  );
  await db.execute(
    sql.raw(
      `DELETE FROM drizzle.__drizzle_migrations WHERE id > (SELECT id FROM drizzle.__drizzle_migrations ORDER BY id OFFSET 21 LIMIT 1)`,
    ),
  );
}

describe(`backup and restore (${postgres ? 'PostgreSQL: pg_dump / pg_restore' : 'PGlite data folder'})`, () => {
  it.each(['the data folder', 'an S3 bucket'])(
    'restores into a fresh instance with every row, every evidence file (in %s) and the audit chain',
    async (where) => {
      const bucket = (name: string) => (where === 'an S3 bucket' ? s3.env(name) : {});
      const env = loadEnv({
        HUIQI_DATA_DIR: tmp('huiqi-src-'),
        LOG_LEVEL: 'silent',
        ...(postgres ? { DATABASE_URL: await newDatabase() } : {}),
        ...bucket('huiqi-src'),
      });
      const deps = await createDeps(env);
      await seedDemo(deps.db, { enterprises: 30 });
      // One evidence file, through the API, so the files travel with the database.
      const app = createApp(deps);
      const login = await app.request('http://huiqi.test/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'enterprise.demo', password: 'Huiqi#2026demo' }),
      });
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      const mine = await readJson(
        await app.request('http://huiqi.test/api/claims?statuses=draft,returned', {
          headers: { Cookie: cookie },
        }),
      );
      let claimId = mine.items[0]?.id as string | undefined;
      if (!claimId) {
        const round = (await readJson(await app.request('http://huiqi.test/api/rounds'))).items[0];
        claimId = (
          await readJson(
            await app.request('http://huiqi.test/api/claims', {
              method: 'POST',
              headers: { Cookie: cookie, 'content-type': 'application/json' },
              body: JSON.stringify({
                roundId: round.id,
                claim: { provision: 'M7.5', evaluationFeePaid: '100.00' },
              }),
            }),
          )
        ).id;
      }
      const form = new FormData();
      form.set('file', new File([Buffer.from('%PDF-1.7\n% evidence\n%%EOF\n')], '发票.pdf'));
      expect(
        (
          await app.request(`http://huiqi.test/api/claims/${claimId}/attachments`, {
            method: 'POST',
            headers: { Cookie: cookie },
            body: form,
          })
        ).status,
      ).toBe(201);
      await deps.database.close();
      const dir = join(tmp('huiqi-backup-'), 'b1');
      const manifest = await backup(env, dir);
      expect(manifest.counts.enterprises).toBeGreaterThanOrEqual(30);
      // Every record kind the scorecard counts is in the manifest, the demo's among them.
      for (const kind of ['serviceEvents', 'serviceEventAttendees', 'licenceOffers', 'provisionRecords'])
        expect(manifest.counts[kind], kind).toBeGreaterThan(0);
      for (const kind of [
        'serviceRequestEvents',
        'brandNominations',
        'priorityExamApplications',
        'navigationReports',
      ])
        expect(manifest.counts, kind).toHaveProperty(kind);
      expect(manifest.files).toBe(1);
      expect(readdirSync(dir).sort()).toEqual(
        ['attachments', postgres ? 'db.dump' : 'pg', 'manifest.json'].sort(),
      );
      await expect(backup(env, dir)).rejects.toThrow(/not empty/);

      const target = loadEnv({
        HUIQI_DATA_DIR: tmp('huiqi-dst-'),
        LOG_LEVEL: 'silent',
        ...(postgres ? { DATABASE_URL: await newDatabase() } : {}),
        ...bucket('huiqi-dst'),
      });
      const restored = await restore(target, dir);
      expect(restored.audit).toEqual(manifest.audit);
      // The restored instance serves: the chain verifies, the evidence downloads.
      const again = await createDeps(target);
      const app2 = createApp(again);
      const auditor = await app2.request('http://huiqi.test/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'auditor', password: 'Huiqi#2026demo' }),
      });
      const verdict = await readJson(
        await app2.request('http://huiqi.test/api/audit/verify', {
          headers: { Cookie: auditor.headers.get('set-cookie')!.split(';')[0]! },
        }),
      );
      expect(verdict.ok).toBe(true);
      const owner = {
        Cookie: (
          await app2.request('http://huiqi.test/api/auth/login', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ username: 'enterprise.demo', password: 'Huiqi#2026demo' }),
          })
        ).headers
          .get('set-cookie')!
          .split(';')[0]!,
      };
      const detail = await readJson(
        await app2.request(`http://huiqi.test/api/claims/${claimId}`, { headers: owner }),
      );
      const file = detail.attachments.find((a: { filename: string }) => a.filename === '发票.pdf');
      const download = await app2.request(`http://huiqi.test/api/attachments/${file.id}`, { headers: owner });
      expect(download.status).toBe(200);
      expect(await download.text()).toBe('%PDF-1.7\n% evidence\n%%EOF\n');
      await again.database.close();
      // Restoring over data is refused (PGlite: the folder is in use by a database now).
      if (!postgres) await expect(restore(target, dir)).rejects.toThrow(/not empty/);
    },
    120_000,
  );

  it('restores a backup taken before migration 0022 (the claims table and columns under their old names): brought forward, its counts read under the new names', async () => {
    const env = loadEnv({
      HUIQI_DATA_DIR: tmp('huiqi-old-'),
      LOG_LEVEL: 'silent',
      ...(postgres ? { DATABASE_URL: await newDatabase() } : {}),
    });
    const deps = await createDeps(env);
    await seedDemo(deps.db, { enterprises: 5 });
    const counts = (await backup(env, join(tmp('huiqi-now-'), 'b'))).counts;
    await asBefore0022(deps.db);
    const chain = await verifyChain(deps.db);
    const rated = counts.serviceRatings!;
    expect(counts.claims).toBeGreaterThan(0);
    // The manifest that version wrote: the claims counted under the table's old name.
    const { claims: claimCount, ...rest } = counts;
    const manifest = {
      format: 1,
      kind: postgres ? 'postgres' : 'pglite',
      createdAt: new Date().toISOString(),
      counts: { applications: claimCount, ...rest },
      audit: { rows: chain.rows, unsealed: chain.unsealed, lastHash: chain.lastHash },
      files: 0,
    };
    await deps.database.close();
    const dir = join(tmp('huiqi-backup-'), 'old');
    mkdirSync(dir, { recursive: true });
    mkdirSync(join(dir, 'attachments'));
    if (postgres)
      await promisify(execFile)('pg_dump', [
        '--format=custom',
        '--no-owner',
        '--file',
        join(dir, 'db.dump'),
        env.DATABASE_URL!,
      ]);
    else cpSync(join(env.HUIQI_DATA_DIR, 'pg'), join(dir, 'pg'), { recursive: true });
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));

    const target = loadEnv({
      HUIQI_DATA_DIR: tmp('huiqi-dst-'),
      LOG_LEVEL: 'silent',
      ...(postgres ? { DATABASE_URL: await newDatabase() } : {}),
    });
    const restored = await restore(target, dir);
    expect(currentCounts(restored.counts)).toEqual(currentCounts(counts));
    const again = await createDeps(target);
    const { rows } = (await again.db.execute(
      sql.raw(
        `select (select count(*)::int from claims) as n, (select count(*)::int from service_ratings where subject_type = 'claim') as r`,
      ),
    )) as unknown as { rows: { n: number; r: number }[] };
    const [row] = rows;
    expect(row).toEqual({ n: claimCount, r: rated });
    await again.database.close();
  }, 120_000);

  it('refuses to back up a database whose migrations are behind this version, saying in zh/en to start the API once; then backs it up', async () => {
    const env = loadEnv({
      HUIQI_DATA_DIR: tmp('huiqi-behind-'),
      LOG_LEVEL: 'silent',
      ...(postgres ? { DATABASE_URL: await newDatabase() } : {}),
    });
    const deps = await createDeps(env);
    await seedDemo(deps.db, { enterprises: 5 });
    await asBefore0022(deps.db);
    await deps.database.close();
    const dir = join(tmp('huiqi-backup-'), 'behind');
    const refused = backup(env, dir);
    await expect(refused).rejects.toThrow(
      /落后于本版本（已执行 22 个迁移，本版本有 \d+ 个）：请先启动一次 API/,
    );
    await expect(refused).rejects.toThrow(
      /behind this version \(22 of \d+ migrations applied\): start the API once/,
    );
    expect(readdirSync(dir)).toEqual([]);
    // Started once, the API brings it forward: the backup goes through.
    await (await createDeps(env)).database.close();
    expect((await backup(env, dir)).counts.claims).toBeGreaterThan(0);
  }, 120_000);

  // PGlite is one process: a file copy of its folder while an API writes to it is not a backup.
  it('refuses to back up the embedded database while an API process has it open, and works once it stops', async () => {
    const env = loadEnv({ HUIQI_DATA_DIR: tmp('huiqi-busy-'), LOG_LEVEL: 'silent' });
    const api = startProcess({ env: { PORT: String(await freePort()), HUIQI_DATA_DIR: env.HUIQI_DATA_DIR } });
    await api.waitFor('is running');
    const dir = join(tmp('huiqi-backup-'), 'b');
    await expect(backup(env, dir)).rejects.toThrow(
      new RegExp(`in use by process ${api.child.pid} \\(a running Huiqi API\\): stop it first`),
    );
    api.child.kill('SIGTERM');
    expect((await api.exited).code).toBe(0);
    expect((await backup(env, dir)).kind).toBe('pglite');
  }, 120_000);
});
