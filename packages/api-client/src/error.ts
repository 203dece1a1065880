/**
 * An error answered by the API: its HTTP status, stable code and what to fix in Chinese (`zh`) and
 * English (`en`, also the Error's message), the fields of the API's error body.
 */
export class ApiClientError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly zh: string,
    readonly en: string,
    readonly details?: unknown,
  ) {
    super(en);
    this.name = 'ApiClientError';
  }
}
