import { createRoute, type RouteConfig, type RouteHandler } from '@hono/zod-openapi';
import {
  errorStatuses,
  successResponses,
  type EndpointGroup,
  type EndpointSpec,
  type OtherResponse,
} from '@huiqi/contracts';
import type { MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import { ApiError } from './api-error.js';
import { requireUser, type AppEnv, type SignedInEnv } from './context.js';
import { errors, router } from './openapi.js';

/**
 * The API's side of the declarations in @huiqi/contracts: each endpoint becomes a zod-openapi
 * route (so the OpenAPI document is made from it too) guarded by one middleware that enforces the
 * roles it declares, and, for uploads, one that reads the multipart body.
 */

/** What a handler sees: a signed-in user on every endpoint that is not public. */
export type EnvOf<E extends EndpointSpec> = E extends { public: true } ? AppEnv : SignedInEnv;

type Json<S> = { content: { 'application/json': { schema: S } } };
type ResponseOf<R> = R extends z.ZodType
  ? { description: string } & Json<R>
  : R extends { schema: infer S extends z.ZodType }
    ? { description: string } & Json<S>
    : { description: string };
type RequestOf<E extends EndpointSpec> = (E extends { params: infer P extends z.ZodType }
  ? { params: P }
  : Record<never, never>) &
  (E extends { query: infer Q extends z.ZodType } ? { query: Q } : Record<never, never>) &
  (E extends { body: infer B extends z.ZodType }
    ? { body: Json<B> & { required: true } }
    : E extends { form: infer F extends z.ZodType }
      ? { body: { content: { 'multipart/form-data': { schema: F } }; required: true } }
      : Record<never, never>);

/** The zod-openapi route of a declaration, typed from it. */
export type RouteOf<E extends EndpointSpec> = {
  method: E['method'];
  path: E['path'];
  request: RequestOf<E>;
  responses: { [S in keyof E['responses']]: ResponseOf<E['responses'][S]> };
  middleware: MiddlewareHandler<EnvOf<E>>[];
};

/** A handler of a declared endpoint: `const list: AppRouteHandler<typeof serviceRecords.list> = async (c) => …`. */
export type AppRouteHandler<E extends EndpointSpec> =
  RouteOf<E> extends infer R extends RouteConfig ? RouteHandler<R, EnvOf<E>> : never;

/** The handlers of a group of endpoints: one for each, by the same name. */
export type Handlers<G extends EndpointGroup> = { [K in keyof G]: AppRouteHandler<G[K]> };

/**
 * The one role check: before any input is read or validated, so a caller of the wrong role
 * learns nothing from validation messages (401 anonymous, 403 signed in with another role).
 */
export function authorize(e: EndpointSpec): MiddlewareHandler<AppEnv> {
  const roles = e.roles ?? [];
  return async (c, next) => {
    if (!e.public) {
      const user = requireUser(c, ...roles);
      if (e.agencyAdmin && user.role === 'agency' && !user.agencyAdmin)
        throw new ApiError(
          403,
          'FORBIDDEN',
          '只有服务机构管理员可以执行此操作。',
          "Only the agency's administrator may do this.",
        );
    }
    await next();
  };
}

/**
 * Uploads: the multipart body read once, with the one set of refusals every upload shares — not
 * multipart form data, a file field missing or empty, a file over the limit (the declaration's
 * `maxUploadMB`, else MAX_UPLOAD_MB). What the file must contain is the handler's business.
 */
export function readUpload(e: EndpointSpec): MiddlewareHandler<AppEnv> {
  const fileFields = Object.entries(e.form?.shape ?? {})
    .filter(([, s]) => (s as z.ZodType).meta()?.format === 'binary')
    .map(([name]) => name);
  return async (c, next) => {
    const type = c.req.header('content-type') ?? '';
    // Another media type is refused as such (415) by the route's own gate.
    if (!type.toLowerCase().startsWith('multipart/form-data')) return next();
    const form = await c.req.parseBody().catch(() => {
      throw new ApiError(
        400,
        'MALFORMED_UPLOAD',
        `上传格式错误：请以 multipart/form-data 的 ${fileFields.join('、')} 字段上传文件。`,
        `Malformed upload: send the file as multipart/form-data field "${fileFields.join('", "')}".`,
      );
    });
    const maxMB = e.maxUploadMB ?? c.get('deps').env.MAX_UPLOAD_MB;
    for (const field of fileFields) {
      const file = form[field];
      if (!(file instanceof File))
        throw new ApiError(
          400,
          'NO_FILE',
          `请选择要上传的文件（字段 ${field}）。`,
          `Choose a file to upload (field "${field}").`,
        );
      if (file.size === 0) throw new ApiError(400, 'EMPTY_FILE', '文件为空。', 'The file is empty.');
      if (file.size > maxMB * 1024 * 1024)
        throw new ApiError(
          413,
          'FILE_TOO_LARGE',
          `文件超过 ${maxMB} MB。`,
          `The file is larger than ${maxMB} MB.`,
        );
    }
    await next();
  };
}

function response(r: OtherResponse) {
  if (r.schema) return { description: r.description, content: { 'application/json': { schema: r.schema } } };
  if (r.file)
    return {
      description: r.description,
      content: { [r.file]: { schema: { type: 'string' as const, format: 'binary' } } },
    };
  return { description: r.description };
}

/** The zod-openapi route of a declaration. */
export function routeOf<E extends EndpointSpec>(e: E): RouteOf<E> {
  const request: Record<string, unknown> = {};
  if (e.params) request.params = e.params;
  if (e.query) request.query = e.query;
  if (e.body) request.body = { content: { 'application/json': { schema: e.body } }, required: true };
  if (e.form) request.body = { content: { 'multipart/form-data': { schema: e.form } }, required: true };
  const responses: Record<number, unknown> = {};
  for (const [status, r] of successResponses(e)) responses[status] = response(r);
  for (const status of errorStatuses(e)) responses[status] = errors[status];
  return createRoute({
    method: e.method,
    path: e.path,
    tags: [...e.tags],
    summary: e.summary,
    ...(e.description ? { description: e.description } : {}),
    ...(e.public ? {} : { security: [{ session: [] }] }),
    request,
    responses,
    middleware: e.form ? [authorize(e), readUpload(e)] : [authorize(e)],
  } as RouteConfig) as unknown as RouteOf<E>;
}

/** A feature's router: every endpoint of its group served by the handler of the same name. */
export function serve<G extends EndpointGroup>(group: G, handlers: Handlers<G>) {
  const app = router();
  for (const [name, e] of Object.entries(group))
    app.openapi(routeOf(e) as RouteConfig, handlers[name] as never);
  return app;
}

/**
 * `METHOD /api/path` patterns of the endpoints a group declares public, for the one sign-in check
 * that runs before the routes (`/brands/{id}` matches any single segment in place of `{id}`).
 */
export function publicRoutes(groups: Record<string, EndpointGroup>): RegExp[] {
  return Object.values(groups)
    .flatMap((g) => Object.values(g))
    .filter((e) => e.public)
    .map((e) => {
      const path = e.path
        .split('/')
        .map((seg) => (/^\{[^}]+\}$/.test(seg) ? '[^/]+' : seg.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
        .join('/');
      return new RegExp(`^${e.method.toUpperCase()} /api${path}$`);
    });
}
