import { OpenAPIHono, type Hook } from '@hono/zod-openapi';
import { checkMessage, errorSchema } from '@huiqi/contracts';
import zhCN from 'zod/v4/locales/zh-CN.js';
import { errorBody, ApiError } from './api-error.js';
import type { AppEnv } from './context.js';

const zh = zhCN();
/**
 * The Chinese for a validation problem: the schema's own words where it gave them (credit codes,
 * money), the contracts' table for their own checks, zod's Chinese locale for the standard checks;
 * a custom check keeps its message.
 */
function chinese(i: { code: string; message: string; params?: { zh?: string } }): string {
  if (i.params?.zh) return i.params.zh;
  const check = checkMessage(i.message);
  if (check) return check.zh;
  if (i.code === 'custom') return i.message;
  const text = (zh.localeError as (issue: unknown) => string | { message: string } | undefined)(i);
  const message = typeof text === 'string' ? text : text?.message;
  // The received value is stripped from issues by then, so drop the "received …" part.
  return message ? message.replace(/，实际接收.*$/, '') : i.message;
}

/** Request validation failures: 400 with every problem and where it is, never a 500. */
export const validationHook: Hook<unknown, AppEnv, string, unknown> = (result, c) => {
  if (!result.success) {
    const issues = result.error.issues.map((i) => ({
      path: i.path.join('.'),
      zh: chinese(i as never),
      en: i.message,
    }));
    const first = issues[0];
    return c.json(
      errorBody(
        new ApiError(
          400,
          'VALIDATION_FAILED',
          `请求有误：${first ? `${first.path || '请求'} — ${first.zh}` : '格式不正确'}`,
          `The request is not valid: ${first ? `${first.path || 'body'} — ${first.en}` : 'bad format'}`,
          issues,
        ),
      ),
      400,
    );
  }
};

export function router() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}

/** The error responses every route can give, for the OpenAPI document. */
export const errors = {
  400: { description: 'Invalid request', content: { 'application/json': { schema: errorSchema } } },
  401: { description: 'Not signed in', content: { 'application/json': { schema: errorSchema } } },
  403: { description: 'Not allowed', content: { 'application/json': { schema: errorSchema } } },
  404: {
    description: "Not found (or another tenant's)",
    content: { 'application/json': { schema: errorSchema } },
  },
  409: {
    description: 'Conflict with the current state',
    content: { 'application/json': { schema: errorSchema } },
  },
  413: {
    description: 'The request or a file in it is too large',
    content: { 'application/json': { schema: errorSchema } },
  },
  415: {
    description: 'A file or body of a kind not accepted',
    content: { 'application/json': { schema: errorSchema } },
  },
  422: {
    description: 'Breaks a rule of the policy or the workflow',
    content: { 'application/json': { schema: errorSchema } },
  },
  423: {
    description: 'Sign-in paused after too many failures (Retry-After says for how long)',
    content: { 'application/json': { schema: errorSchema } },
  },
  429: {
    description: 'Too many requests from this source (Retry-After says when to try again)',
    content: { 'application/json': { schema: errorSchema } },
  },
} as const;

export const json = <T>(schema: T, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});
export const body = <T>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});
