import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** The API from its TypeScript source (src/main.ts under tsx: nothing to build first), in a process of its own, once healthy on `port`. */
export async function startApiProcess(
  port: number,
  env: Record<string, string>,
  args: string[] = [],
): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, '..', 'main.ts'), ...args],
    {
      env: { ...process.env, LOG_LEVEL: 'error', HOST: '127.0.0.1', PORT: String(port), ...env },
      stdio: 'ignore',
    },
  );
  for (let i = 0; i < 300; i++) {
    if (
      await fetch(`http://127.0.0.1:${port}/api/health`)
        .then((r) => r.ok)
        .catch(() => false)
    )
      return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('the API did not come up');
}

/** SIGKILL, and wait until the process is gone. */
export function killProcess(child: ChildProcess): Promise<unknown> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const gone = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  return gone;
}

/** A session cookie for a demo account. */
export async function signIn(base: string, username: string, password = 'Huiqi#2026demo'): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return res.headers.get('set-cookie')!.split(';')[0]!;
}
