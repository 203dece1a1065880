import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const API_DIR = join(import.meta.dirname, '..', '..');
export const REPO_ROOT = join(API_DIR, '..', '..');

export interface RunningProcess {
  child: ChildProcess;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves when the output contains `text`; rejects if the process ends first. */
  waitFor(text: string): Promise<void>;
}

/**
 * A real process of the API as it runs in production and under `npm start`: plain node on the
 * compiled dist/ (the test task builds first; after editing, `pnpm build` before running one file),
 * or any command (`command`). `detached` gives it its own process group, as a terminal does, so a
 * test can "press Ctrl-C".
 */
export function startProcess(
  opts: {
    env?: Record<string, string>;
    args?: string[];
    command?: [string, ...string[]];
    cwd?: string;
    detached?: boolean;
  } = {},
): RunningProcess {
  const [cmd, ...args] = opts.command ?? [
    process.execPath,
    join(API_DIR, 'dist', 'main.js'),
    ...(opts.args ?? []),
  ];
  const child = spawn(cmd, args, {
    cwd: opts.cwd ?? API_DIR,
    env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn', HOST: '127.0.0.1', ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: opts.detached ?? false,
  });
  let out = '';
  const listeners = new Set<() => void>();
  const append = (d: Buffer) => {
    out += d;
    for (const l of listeners) l();
  };
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    output: () => out,
    exited,
    waitFor: (text) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (out.includes(text)) {
            listeners.delete(check);
            resolve();
          }
        };
        listeners.add(check);
        check();
        // `exited` only resolves (on the child's exit event); the rejection is this promise's own.
        void exited.then(() =>
          out.includes(text) ? resolve() : reject(new Error(`exited before printing "${text}":\n${out}`)),
        );
      }),
  };
}

/** A stack trace's tell-tale lines ("    at fn (file:line)"). */
export const STACK_LINE = /^\s+at .+[:(]/m;
