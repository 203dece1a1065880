import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirInUse, lockDataDir } from './data-dir-lock.js';

const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'huiqi-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A separate Node process that takes the lock at the given instant (all contenders spin until the same
 * moment, so their attempts overlap) and prints whether it got it. A winner holds the lock until the
 * test closes its stdin, after every contender has answered: a contender that a loaded machine starts
 * late must still meet a live owner, not the file of one that has exited already (which it would
 * rightly take over, and the test would count two winners).
 */
function contender(dir: string, at: number) {
  const script = `
    import { lockDataDir } from ${JSON.stringify(join(import.meta.dirname, 'data-dir-lock.ts'))};
    while (Date.now() < Number(process.argv[2])) {}
    try { lockDataDir(process.argv[1]); console.log('locked'); process.stdin.resume(); }
    catch (e) { console.log(e.constructor.name); }`;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script, dir, String(at)],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  let out = '';
  const answer = new Promise<string>((resolve) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(out.trim());
    });
    child.on('exit', () => resolve(out.trim()));
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { answer, stop: () => (child.stdin.end(), exited) };
}

describe('the embedded database folder lock', () => {
  it('writes the owner and removes only its own file on release', () => {
    const dir = freshDir();
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, 'huiqi.pid'), 'utf8')).toBe(String(process.pid));
    expect(lockDataDir(dir)()).toBeUndefined(); // held by this process already: a no-op, the file stays
    expect(existsSync(join(dir, 'huiqi.pid'))).toBe(true);
    release();
    expect(existsSync(join(dir, 'huiqi.pid'))).toBe(false);
  });

  it('takes over the file of a dead owner, and of an empty file left by a crash', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'huiqi.pid'), '2147483646'); // no such process
    lockDataDir(dir)();
    writeFileSync(join(dir, 'huiqi.pid'), '');
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, 'huiqi.pid'), 'utf8')).toBe(String(process.pid));
    release();
  });

  it('refuses while a live process owns it', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'huiqi.pid'), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(DataDirInUse);
    expect(readFileSync(join(dir, 'huiqi.pid'), 'utf8')).toBe(String(process.ppid));
  });

  it('of four processes trying at the same moment, exactly one gets it', async () => {
    const dir = freshDir();
    const at = Date.now() + 2000; // time for the four to start and load the module
    const contenders = [1, 2, 3, 4].map(() => contender(dir, at));
    const outcomes = await Promise.all(contenders.map((c) => c.answer));
    await Promise.all(contenders.map((c) => c.stop()));
    expect(
      outcomes.filter((o) => o === 'locked'),
      outcomes.join(', '),
    ).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'DataDirInUse')).toHaveLength(3);
  }, 30_000);
});
