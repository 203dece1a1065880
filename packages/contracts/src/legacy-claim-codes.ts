/**
 * The audit log is hash-chained (audit.ts): a row is never rewritten. Rows written before migration
 * 0022 say a claim's target type and actions in the old vocabulary (`application`,
 * `application.paid`, …); rows written since say `claim`, `claim.paid`. Whatever reads audit rows by
 * action or target type asks for both, and shows an old code under today's name.
 */
const LEGACY = 'application';

const isClaimCode = (code: string, word: string) => code === word || code.startsWith(`${word}.`);

/** A claim's action or target type as written now, and as old rows say it. Any other code alone. */
export const withLegacy = (code: string): string[] =>
  isClaimCode(code, 'claim') ? [code, LEGACY + code.slice('claim'.length)] : [code];

/** An action or target type read from an old row, under today's name (`application.paid` → `claim.paid`). */
export const currentCode = (code: string): string =>
  isClaimCode(code, LEGACY) ? 'claim' + code.slice(LEGACY.length) : code;
