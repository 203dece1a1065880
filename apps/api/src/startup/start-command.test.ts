import { mkdtempSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../resilience/tcp-proxy.js';
import { REPO_ROOT, startProcess } from '../test-support/api-process.js';

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = connect(port, '127.0.0.1');
    s.once('connect', () => resolve(!!s.end()));
    s.once('error', () => resolve(false));
  });

/**
 * The server under npm, as `npm start` ends and as `npm run serve` runs it in production: npm's
 * script execs node (no shell, pnpm or tsx left in between), so the signal a terminal or a process
 * manager sends reaches the server, which stops, and npm reports success.
 */
describe('the start command under npm', () => {
  it.each([
    ['Ctrl-C (SIGINT to the whole process group)', (pid: number) => process.kill(-pid, 'SIGINT')],
    [
      'SIGTERM to the npm process (what a process manager sends)',
      (pid: number) => process.kill(pid, 'SIGTERM'),
    ],
  ])(
    '%s stops everything with exit 0',
    async (_, send) => {
      const port = await freePort();
      const p = startProcess({
        command: ['npm', 'run', '--silent', 'serve'],
        cwd: REPO_ROOT,
        detached: true,
        env: { PORT: String(port), HUIQI_DATA_DIR: mkdtempSync(join(tmpdir(), 'huiqi-npm-')) },
      });
      await p.waitFor('is running');
      send(p.child.pid!);
      expect(await p.exited).toEqual({ code: 0, signal: null });
      expect(p.output()).not.toMatch(/ELIFECYCLE|Command failed|npm error/);
      expect(await listening(port)).toBe(false);
    },
    60_000,
  );
});
