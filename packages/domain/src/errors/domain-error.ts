import { messages, type DomainErrorCode } from './messages.js';

/**
 * The one error type of the domain. `code` is stable; `zh` and `en` say what to fix;
 * `details` carries the values involved for an API to return.
 */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly zh: string;
  readonly en: string;
  readonly details: Record<string, string | number>;

  constructor(code: DomainErrorCode, details: Record<string, string | number> = {}) {
    const message = messages[code];
    const en = message.en(details);
    super(en);
    this.name = 'DomainError';
    this.code = code;
    this.zh = message.zh(details);
    this.en = en;
    this.details = details;
  }

  /** The same fields as the API's error body: `{ code, zh, en, details }`. */
  toJSON(): {
    code: DomainErrorCode;
    zh: string;
    en: string;
    details: Record<string, string | number>;
  } {
    return { code: this.code, zh: this.zh, en: this.en, details: this.details };
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}
