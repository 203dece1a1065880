import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * An error a client can act on: an HTTP status, a stable code, what to fix in Chinese (`zh`) and in
 * English (`en`) — the same two fields as the domain's errors, the wire and the client's — and
 * optional details. Rendered as `{ error: { code, zh, en, details? } }`.
 */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    readonly zh: string,
    readonly en: string,
    readonly details?: unknown,
  ) {
    super(en);
    this.name = 'ApiError';
  }
}

export const notFound = (what: { zh: string; en: string }) =>
  new ApiError(404, 'NOT_FOUND', `${what.zh}不存在或无权访问。`, `${what.en} was not found.`);

export const unauthenticated = () =>
  new ApiError(
    401,
    'UNAUTHENTICATED',
    '请先登录（会话可能已过期）。',
    'Sign in first (the session may have expired).',
  );

export const forbidden = (zh: string, en: string) => new ApiError(403, 'FORBIDDEN', zh, en);

export const conflict = (code: string, zh: string, en: string, details?: unknown) =>
  new ApiError(409, code, zh, en, details);

export const unprocessable = (code: string, zh: string, en: string, details?: unknown) =>
  new ApiError(422, code, zh, en, details);

export const badRequest = (code: string, zh: string, en: string, details?: unknown) =>
  new ApiError(400, code, zh, en, details);

export function errorBody(e: ApiError) {
  return {
    error: {
      code: e.code,
      zh: e.zh,
      en: e.en,
      ...(e.details === undefined ? {} : { details: e.details }),
    },
  };
}
