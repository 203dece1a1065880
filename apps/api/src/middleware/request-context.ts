import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { AppEnv, Deps } from '../lib/context.js';
import { setResponseHeaders } from '../lib/response-headers.js';

/**
 * Deps, a request id (taken from X-Request-Id when sane), a logger whose lines all carry it, and
 * one access-log line per request.
 */
export function requestContext(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && /^[A-Za-z0-9._-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    c.set('deps', deps);
    c.set('requestId', requestId);
    const log = deps.log.child({ requestId });
    c.set('log', log);
    c.set('user', null);
    c.set('session', null);
    const started = performance.now();
    await next();
    setResponseHeaders(c, { 'X-Request-Id': requestId });
    const ms = performance.now() - started;
    // The route's pattern (the last route matched), so the metrics' label set stays small.
    deps.metrics.request(c.req.method, routePath(c, -1), c.res.status, ms / 1000);
    log.info('request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(ms * 10) / 10,
      user: c.get('user')?.id,
    });
  };
}
