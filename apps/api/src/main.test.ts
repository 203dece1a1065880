import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from './resilience/tcp-proxy.js';
import { startProcess, STACK_LINE } from './test-support/api-process.js';

const dataDir = () => mkdtempSync(join(tmpdir(), 'huiqi-main-'));

describe('the API process', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'starts on the embedded database, serves health, and stops cleanly on %s with exit 0',
    async (signal) => {
      const port = await freePort();
      const p = startProcess({ env: { PORT: String(port), HUIQI_DATA_DIR: dataDir() } });
      await p.waitFor('is running');
      expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
      p.child.kill(signal);
      expect(await p.exited).toEqual({ code: 0, signal: null });
    },
    60_000,
  );

  it('a signal during start-up (migrating) also ends it with exit 0', async () => {
    const dir = dataDir();
    const p = startProcess({
      env: { PORT: String(await freePort()), HUIQI_DATA_DIR: dir },
      args: ['--demo'],
    });
    // The lock file appears when the database opens; migrating and the demo seeding take seconds more.
    while (!existsSync(join(dir, 'huiqi.pid'))) await new Promise((r) => setTimeout(r, 20));
    p.child.kill('SIGTERM');
    expect(await p.exited).toEqual({ code: 0, signal: null });
  }, 60_000);

  it('a bad setting stops start-up with its name and what would do, and exit 2', async () => {
    const p = startProcess({ env: { PORT: 'abc' } });
    expect((await p.exited).code).toBe(2);
    expect(p.output()).toContain('PORT="abc": must be a whole number from 0 to 65535');
    expect(p.output()).not.toMatch(STACK_LINE);
  }, 30_000);
});

describe('in production (NODE_ENV=production)', () => {
  it('refuses NODE_ENV=production without the settings production needs, naming each', async () => {
    const p = startProcess({
      env: { NODE_ENV: 'production', PORT: String(await freePort()), HUIQI_DATA_DIR: '', PUBLIC_ORIGIN: '' },
    });
    expect((await p.exited).code).toBe(2);
    expect(p.output()).toMatch(/PUBLIC_ORIGIN: required in production/);
    expect(p.output()).toMatch(/HUIQI_DATA_DIR: required in production/);
    expect(p.output()).not.toMatch(STACK_LINE);
  }, 30_000);

  it('starts with them, serves health and the apps it finds, and stops on SIGTERM', async () => {
    const port = await freePort();
    const p = startProcess({
      env: {
        NODE_ENV: 'production',
        PORT: String(port),
        HUIQI_DATA_DIR: dataDir(),
        PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
      },
    });
    await p.waitFor('is running');
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
    // What runs is the built JavaScript, with no TypeScript loader.
    expect(p.child.spawnargs.slice(1)).toEqual([expect.stringMatching(/dist\/main\.js$/)]);
    p.child.kill('SIGTERM');
    expect(await p.exited).toEqual({ code: 0, signal: null });
  }, 60_000);
});
