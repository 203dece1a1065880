/**
 * The API's audit log is hash-chained: a row is never rewritten. Rows written before the API's
 * migration 0022 say a claim's target type and actions in the old vocabulary (`application`,
 * `application.paid`, …); rows written since say `claim`, `claim.paid`. Whatever reads audit rows by
 * action or target type (the API's queries, the apps' names) asks for both, and shows an old code
 * under today's name: the one mapping both sides use.
 */
const LEGACY = 'application';

const isClaimCode = (code: string, word: string) => code === word || code.startsWith(`${word}.`);

/** A claim's action or target type as written now, and as old rows say it. Any other code alone. */
export const withLegacyClaimCode = (code: string): string[] =>
  isClaimCode(code, 'claim') ? [code, LEGACY + code.slice('claim'.length)] : [code];

/** An action or target type read from an old row, under today's name (`application.paid` → `claim.paid`). */
export const currentClaimCode = (code: string): string =>
  isClaimCode(code, LEGACY) ? 'claim' + code.slice(LEGACY.length) : code;
