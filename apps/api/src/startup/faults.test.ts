import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../resilience/tcp-proxy.js';
import { startProcess, STACK_LINE } from '../test-support/api-process.js';
import { TEST_ADMIN_URL } from '../test-support/test-database.js';
import { explainStartupFault } from './faults.js';

/** Starts the real process with `env`, expects it to stop with `code` and one short explanation. */
async function refused(env: Record<string, string>, code: number) {
  const p = startProcess({
    env: {
      PORT: String(await freePort()),
      HUIQI_DATA_DIR: mkdtempSync(join(tmpdir(), 'huiqi-fault-')),
      ...env,
    },
  });
  expect((await p.exited).code).toBe(code);
  const out = p.output().trim();
  expect(out).not.toMatch(STACK_LINE);
  expect(out.split('\n').length).toBeLessThanOrEqual(3);
  return out;
}

const pgUrl = (change: (u: URL) => void) => {
  const u = new URL(TEST_ADMIN_URL);
  change(u);
  return u.toString();
};

/** Each case starts the API in a child process (migrating an embedded database first): on a loaded
 * two-core machine that took over 30 s, so the limit is for a hang, not for speed. */
const FAULT_TIMEOUT = 120_000;
describe('start-up faults are one or two lines in the words of the fix, no stack trace', () => {
  it(
    'a port in use',
    async () => {
      const busy = createServer();
      const port = await freePort();
      await new Promise<void>((r) => busy.listen(port, '127.0.0.1', r));
      try {
        expect(await refused({ PORT: String(port) }, 1)).toContain(
          `port ${port} on 127.0.0.1 is in use: stop what runs there, or set PORT=`,
        );
      } finally {
        busy.close();
      }
    },
    FAULT_TIMEOUT,
  );

  it(
    'PORT=abc',
    async () => {
      expect(await refused({ PORT: 'abc' }, 2)).toContain(
        'PORT="abc": must be a whole number from 0 to 65535',
      );
    },
    FAULT_TIMEOUT,
  );

  it(
    'a DATABASE_URL without a user name',
    async () => {
      expect(await refused({ DATABASE_URL: 'postgres://127.0.0.1:5432/huiqi' }, 2)).toContain(
        'DATABASE_URL: has no user name: postgres://USER@HOST/DB',
      );
    },
    FAULT_TIMEOUT,
  );

  it(
    'a database that does not exist',
    async () => {
      const out = await refused({ DATABASE_URL: pgUrl((u) => (u.pathname = '/huiqi_missing_db')) }, 1);
      expect(out).toMatch(
        /database huiqi_missing_db does not exist on .+: create it \(createdb -h .+ huiqi_missing_db\)/,
      );
    },
    FAULT_TIMEOUT,
  );

  it(
    'a user the server does not know',
    async () => {
      const out = await refused({ DATABASE_URL: pgUrl((u) => (u.username = 'huiqi_no_such_role')) }, 1);
      expect(out).toMatch(/does not let user huiqi_no_such_role in .*: create the role/);
    },
    FAULT_TIMEOUT,
  );

  it('the embedded database already open in another API process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'huiqi-fault-'));
    const first = startProcess({ env: { PORT: String(await freePort()), HUIQI_DATA_DIR: dir } });
    await first.waitFor('is running');
    try {
      const out = await refused({ HUIQI_DATA_DIR: dir }, 1);
      expect(out).toContain(
        `the embedded database in ${dir} is in use by process ${first.child.pid} (another Huiqi API): stop it first, or set HUIQI_DATA_DIR`,
      );
    } finally {
      first.child.kill('SIGTERM');
      await first.exited;
    }
  }, 60_000);

  // The test servers trust every local connection, so a password refusal is shown on the error
  // the pg driver raises for it (SQLSTATE 28P01) and for a password the URL lacks.
  it('a wrong or missing password, without ever showing the password', () => {
    const env = {
      DATABASE_URL: 'postgres://huiqi:s3cret@db.internal:5433/huiqi',
      HOST: '127.0.0.1',
      PORT: 8080,
      HUIQI_DATA_DIR: '.',
    };
    const wrong = explainStartupFault(
      Object.assign(new Error('password authentication failed for user "huiqi"'), { code: '28P01' }),
      env,
    );
    expect(wrong).toBe(
      'PostgreSQL at db.internal:5433 refused the password for user huiqi: correct it in DATABASE_URL (postgres://huiqi:PASSWORD@db.internal:5433/huiqi).',
    );
    const missing = explainStartupFault(
      new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string'),
      { ...env, DATABASE_URL: 'postgres://huiqi@db.internal:5433/huiqi' },
    );
    expect(missing).toContain('asks for a password for user huiqi: put it in DATABASE_URL');
    expect(`${wrong}${missing}`).not.toContain('s3cret');
  });
});
