import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

function readOwner(file: string): number | undefined {
  try {
    return Number(readFileSync(file, 'utf8').trim()) || undefined;
  } catch {
    return undefined; // no lock file, or it vanished meanwhile
  }
}

/**
 * Puts the lock file in place only if there is none, already holding the pid: written to a file of this
 * process's own, then hard-linked to the lock's name, which fails if the name exists. (An exclusive
 * create followed by a write would leave a moment in which another process reads an empty file and
 * takes it for a crashed owner's.)
 */
function createExclusive(file: string): boolean {
  const own = `${file}.${process.pid}`;
  writeFileSync(own, String(process.pid));
  try {
    linkSync(own, file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    rmSync(own, { force: true });
  }
}

/**
 * PGlite is one process: two writers on one folder corrupt it, and a file copy taken while it is
 * open is not a backup. The folder holds the owner's pid, created exclusively so that two processes
 * starting together cannot both take it; a live owner refuses the next opener, a dead one (a crash)
 * is taken over. Returns the release function.
 */
export function lockDataDir(dir: string): () => void {
  const file = join(dir, 'huiqi.pid');
  for (let attempt = 0; attempt < 3; attempt++) {
    if (createExclusive(file)) {
      return () => {
        if (readOwner(file) === process.pid) rmSync(file, { force: true });
      };
    }
    const owner = readOwner(file);
    // Held already by this process (a backup holds it while it also opens the database): nothing to add.
    if (owner === process.pid) return () => undefined;
    if (owner && alive(owner)) throw new DataDirInUse(dir, owner);
    // A dead owner's file (or an empty one an older version left in a crash): remove it and race for it
    // again. Two processes taking over the same dead owner's file at the same instant remain possible;
    // a crash followed by two simultaneous starts is the rare case this lock leaves to the operator.
    rmSync(file, { force: true });
  }
  const owner = readOwner(file);
  throw new DataDirInUse(dir, owner ?? 0);
}
