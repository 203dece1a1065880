import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../lib/api-error.js';
import type { AppEnv } from '../lib/context.js';
import type { Env } from '../env.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const LOOPBACK = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

/** Whether an Origin may make state-changing requests: configuration decides, never the request's Host header. */
export function trustedOrigin(origin: string, env: Pick<Env, 'TRUSTED_ORIGINS'>): boolean {
  return (
    env.TRUSTED_ORIGINS.exact.includes(origin) ||
    (env.TRUSTED_ORIGINS.anyLoopbackPort && LOOPBACK.test(origin))
  );
}

/**
 * CSRF defence on every state-changing request: a browser always sends Origin on such requests,
 * and it must be the platform's public origin (PUBLIC_ORIGIN) or a configured one. It is compared
 * with configuration, not with the Host header: a DNS-rebinding page (evil.example resolving to
 * this server) sends Host and Origin that agree with each other. Requests without Origin and
 * without Sec-Fetch-Site come from non-browser clients (scripts, tests) that cannot ride a cookie.
 */
export const originCheck: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (SAFE.has(c.req.method)) return next();
  const origin = c.req.header('origin');
  const site = c.req.header('sec-fetch-site');
  if (!origin) {
    if (site && site !== 'same-origin' && site !== 'none') {
      throw new ApiError(403, 'CSRF_REJECTED', '跨站请求被拒绝。', 'Cross-site request refused.');
    }
    return next();
  }
  if (!trustedOrigin(origin, c.get('deps').env)) {
    throw new ApiError(
      403,
      'CSRF_REJECTED',
      `来源 ${origin} 不被允许提交请求。`,
      `Requests from origin ${origin} are not allowed.`,
    );
  }
  return next();
};
