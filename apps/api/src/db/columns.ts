import { numeric, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * The column groups every table file repeats, declared once: the database they make is the same
 * as the columns written out in full (drizzle-kit generates no migration for this file).
 */

/** Money in the database: numeric(18,2), read and written as decimal strings (never JS numbers). */
export const money = (name: string) => numeric(name, { precision: 18, scale: 2 });
export const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });
export const created = () => ts('created_at').notNull().defaultNow();
export const updated = () => ts('updated_at').notNull().defaultNow();

/** A row's own id: a random UUID the database gives. */
export const id = () => uuid('id').primaryKey().defaultRandom();

/** A required reference to another table's row (lazy: tables may refer to ones declared later). */
export const ref = (name: string, to: () => AnyPgColumn) => uuid(name).notNull().references(to);
