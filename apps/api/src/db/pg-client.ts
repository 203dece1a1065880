import { createHash } from 'node:crypto';
import type { Socket } from 'node:net';
import pg from 'pg';

/** Distinct statements prepared per process at most: past it, a new text runs unnamed (parsed each time). */
const MAX_STATEMENTS = 1_000;
/** Bulk inserts (one parameter per value) vary in shape with their row count: not worth keeping. */
const MAX_PARAMS = 200;

const names = new Map<string, string>();

/**
 * The name of a query's prepared statement: the same text always gets the same name (a hash of
 * it), so every connection of the pool prepares it once and then only binds and executes it.
 * None for a query without parameters (it goes as a simple query: `begin`, `commit`, migrations
 * with several statements), a bulk insert, or once the process knows MAX_STATEMENTS texts.
 */
export function statementName(text: string, params: number): string | undefined {
  if (params === 0 || params > MAX_PARAMS) return undefined;
  const known = names.get(text);
  if (known || names.size >= MAX_STATEMENTS) return known;
  const name = `h${createHash('sha1').update(text).digest('base64url')}`;
  names.set(text, name);
  return name;
}

type QueryConfig = { text?: unknown; name?: unknown; values?: unknown[]; submit?: unknown };

/** What `begin` answers: drizzle does not read it. */
const BEGUN = { command: 'BEGIN', rowCount: null, rows: [], fields: [], oid: 0 };

/**
 * The pool's client. It names the statements it runs, so PostgreSQL parses and plans a hot query
 * once per connection instead of on every call (drizzle builds the same text for the same query
 * shape, so the handlers' queries are prepared without a name given by hand).
 *
 * On a pipelined connection (`pipeline: true`: a query is sent without waiting for the answers to
 * those before it) a transaction's `begin` is answered at once and travels with its first
 * statement: one round trip fewer per transaction. BEGIN fails only with the connection, and then
 * the statement behind it fails too.
 */
export class PreparingClient extends pg.Client {
  #corked = false;

  /**
   * Holds the socket's writes until the queries issued together have all been queued: a pipelined
   * transaction's begin and first statement, or its last writes and commit, then leave in one
   * write (one system call, one packet for PostgreSQL to wake up to) instead of one per query —
   * the bench's profile showed a third of the API's time in those writes. Released on the next
   * tick: after the promise callbacks that issue the queries together, before any I/O is awaited.
   */
  #batch() {
    if (this.#corked) return;
    const stream = (this as unknown as { connection?: { stream?: Partial<Socket> } }).connection?.stream;
    if (!stream?.cork || !stream.uncork) return;
    this.#corked = true;
    stream.cork();
    process.nextTick(() => {
      this.#corked = false;
      stream.uncork!();
    });
  }

  override query(config: unknown, values?: unknown, callback?: unknown): never {
    if (this.pipeline) this.#batch();
    const params = Array.isArray(values) ? values : (config as QueryConfig | null)?.values;
    const text = typeof config === 'string' ? config : (config as QueryConfig | null)?.text;
    if (
      this.pipeline &&
      text === 'begin' &&
      (values === undefined || (Array.isArray(values) && values.length === 0)) &&
      callback === undefined &&
      typeof config === 'object'
    ) {
      (super.query as (...a: unknown[]) => Promise<unknown>)(config).catch(() => undefined);
      return Promise.resolve(BEGUN) as never;
    }
    if (typeof config === 'string') {
      const name = statementName(config, params?.length ?? 0);
      if (name) config = { text: config, name };
    } else if (config && typeof config === 'object') {
      const c = config as QueryConfig;
      if (typeof c.submit !== 'function' && typeof c.text === 'string' && c.name === undefined) {
        const name = statementName(c.text, params?.length ?? 0);
        if (name) config = { ...c, name };
      }
    }
    return (super.query as (...a: unknown[]) => never)(config, values, callback);
  }
}
