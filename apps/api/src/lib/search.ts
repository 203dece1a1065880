import { eq, ilike, or } from 'drizzle-orm';
import { enterprises } from '../db/schema.js';

/** An enterprise by part of its name (LIKE wildcards in the input taken literally) or by its credit code. */
export function enterpriseMatches(q: string) {
  return or(ilike(enterprises.name, `%${q.replace(/[%_\\]/g, '\\$&')}%`), eq(enterprises.creditCode, q.toUpperCase()));
}
