import { getTableColumns, is, Param, Placeholder, SQL, sql, type Table } from 'drizzle-orm';
import type { Db, Tx } from './client.js';

/** What drizzle's `.prepare()` gives: a built query (text, parameters, result mapping) to execute. */
interface Runnable<R> {
  execute(values?: Record<string, unknown>): Promise<R>;
}
interface Session {
  client: unknown;
  prepareQuery(
    query: { sql: string; params: unknown[] },
    fields: undefined,
    name: undefined,
    arrayMode: boolean,
  ): Runnable<unknown>;
}
const internals = (db: Db | Tx) =>
  db as unknown as { session: Session; dialect: { sqlToQuery(s: SQL): { sql: string; params: unknown[] } } };

/** A named value left in a query built once, filled on each call. */
export const ph = <T = unknown>(name: string) => sql.placeholder(name) as unknown as T;

/**
 * A hot query built once per shape and process instead of on every call: drizzle assembles its
 * SQL text from the builder each time a query runs (a profile of the write bench showed ~18 % of
 * the API's CPU there). `build` makes the query with placeholders (`ph`) for every value that
 * varies; `shape` names what changes the text itself (a role's scope, an optional join), and each
 * shape is built once.
 *
 * Drizzle's own prepared queries are bound to the connection they were prepared on: one prepared
 * on the pool runs outside the caller's transaction (drizzle-orm issues 613 and 2826). So the
 * built query is kept as a template and bound, on each call, to the session of the `db` or `tx`
 * it is given — the pool or the transaction's connection on node-postgres, the PGlite instance or
 * its transaction — by a copy that differs in its `client` only. On PostgreSQL the text, the same
 * each time, is also the one pg-client.ts prepares once per connection.
 */
export function prepared<R>(
  build: (db: Db | Tx, shape: string) => { prepare(name: string): Runnable<R> } | SQL,
) {
  // Per driver (node-postgres or PGlite: their queries differ in how they call the client).
  const built = new Map<unknown, Map<string, Runnable<R>>>();
  return (db: Db | Tx, values: Record<string, unknown>, shape = ''): Promise<R> => {
    const { session, dialect } = internals(db);
    let shapes = built.get(session.constructor);
    if (!shapes) built.set(session.constructor, (shapes = new Map()));
    let template = shapes.get(shape);
    if (!template) {
      const b = build(db, shape);
      template = is(b, SQL)
        ? (session.prepareQuery(dialect.sqlToQuery(b), undefined, undefined, false) as Runnable<R>)
        : // No name: pg-client.ts names each text itself.
          b.prepare(undefined as unknown as string);
      // The template keeps no connection of its own (it would hold the first caller's).
      (template as unknown as { client: unknown }).client = null;
      absentAsNull(template as unknown as { params: unknown[] });
      shapes.set(shape, template);
    }
    const bound = Object.create(template) as Runnable<R> & { client: unknown };
    bound.client = session.client;
    return bound.execute(values);
  };
}

/**
 * Drizzle fills a placeholder of a typed column through the column's encoder, null too, where a
 * query built each time sends null as SQL NULL: jsonb's encoder makes null the JSON text 'null',
 * so an absent fix list or audit `before` was stored as a JSON value. Here absent is SQL NULL, as
 * the query built each time writes it.
 */
function absentAsNull(template: { params: unknown[] }) {
  template.params = template.params.map((p) => {
    if (!is(p, Param) || !is(p.value, Placeholder)) return p;
    const { encoder } = p;
    return new Param(p.value, {
      mapToDriverValue: (v: unknown) => (v === null || v === undefined ? null : encoder.mapToDriverValue(v)),
    });
  });
}

/** The raw result of a prepared SQL text: the driver's rows, by column name. */
export type Raw = { rows: Record<string, unknown>[] };

/**
 * A table's row from a raw result's columns (`prefix` + column name), each value mapped as drizzle
 * maps it: the same object a `select()` of the table returns.
 */
export function rowOf<T extends Table>(
  table: T,
  raw: Record<string, unknown>,
  prefix = '',
): T['$inferSelect'] {
  const out: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = raw[prefix + column.name];
    out[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return out as T['$inferSelect'];
}
