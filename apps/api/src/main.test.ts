import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The real process: starts, answers, stops cleanly on SIGTERM; refuses a bad setting by name. */
function run(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'main.ts')], {
    env: { ...process.env, LOG_LEVEL: 'warn', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, output: () => out, exited };
}

describe('the API process', () => {
  it('starts on the embedded database, serves health, and shuts down gracefully on SIGTERM', async () => {
    const port = String(20000 + Math.floor(Math.random() * 20000));
    const p = run({ PORT: port, HUIQI_DATA_DIR: mkdtempSync(join(tmpdir(), 'huiqi-main-')) });
    for (let i = 0; i < 100 && !p.output().includes('is running'); i++) await new Promise((r) => setTimeout(r, 200));
    const res = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(res.status).toBe(200);
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
  }, 60_000);

  it('a bad setting stops start-up with its name', async () => {
    const p = run({ PORT: 'eighty' });
    expect(await p.exited).toBe(2);
    expect(p.output()).toContain('PORT');
  }, 30_000);
});
