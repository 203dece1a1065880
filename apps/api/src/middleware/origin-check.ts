import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../lib/api-error.js';
import type { AppEnv } from '../lib/context.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence on every state-changing request: a browser always sends Origin on such requests,
 * and it must be this server or a configured origin. Requests without Origin and without
 * Sec-Fetch-Site come from non-browser clients (scripts, tests) that cannot ride a cookie.
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
  const self = new URL(c.req.url).origin;
  const allowed = c.get('deps').env.ALLOWED_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean);
  if (origin !== self && !allowed.includes(origin)) {
    throw new ApiError(403, 'CSRF_REJECTED', `来源 ${origin} 不被允许提交请求。`, `Requests from origin ${origin} are not allowed.`);
  }
  return next();
};
