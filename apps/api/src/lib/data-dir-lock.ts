import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Another live process holds the embedded database's folder. */
export class DataDirInUse extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(`the embedded database in ${dir} is in use by process ${pid}`);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else — still alive.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite is one process: two writers on one folder corrupt it, and a file copy taken while it is
 * open is not a backup. The folder holds the owner's pid; a live owner refuses the next opener, a
 * dead one (a crash) is taken over. Returns the release function.
 */
export function lockDataDir(dir: string): () => void {
  const file = join(dir, 'huiqi.pid');
  let owner: number | undefined;
  try {
    owner = Number(readFileSync(file, 'utf8').trim()) || undefined;
  } catch {
    // no lock yet
  }
  // Held already by this process (a backup holds it while it also opens the database): nothing to add.
  if (owner === process.pid) return () => undefined;
  if (owner && alive(owner)) throw new DataDirInUse(dir, owner);
  writeFileSync(file, String(process.pid));
  return () => {
    try {
      if (Number(readFileSync(file, 'utf8').trim()) === process.pid) rmSync(file);
    } catch {
      // already gone
    }
  };
}
