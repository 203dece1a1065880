import { eq, ilike, or } from 'drizzle-orm';
import { agencies, enterprises } from '../db/schema.js';

/** Part of a name as a LIKE pattern, the wildcards in the input taken literally. */
const partOf = (q: string) => `%${q.replace(/[%_\\]/g, '\\$&')}%`;

/** An enterprise by part of its name or by its credit code. */
export function enterpriseMatches(q: string) {
  return or(ilike(enterprises.name, partOf(q)), eq(enterprises.creditCode, q.toUpperCase()));
}

/** A claim's applicant (an enterprise, or an agency for M11.1) by part of its name or its credit code. */
export function applicantMatches(q: string) {
  return or(enterpriseMatches(q), ilike(agencies.name, partOf(q)), eq(agencies.creditCode, q.toUpperCase()));
}
