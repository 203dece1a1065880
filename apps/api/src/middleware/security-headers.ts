import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../lib/context.js';
import { setResponseHeaders } from '../lib/response-headers.js';

/** Pages (the apps, the API reference): what their scripts, styles and frames may load. */
const PAGE_CSP =
  "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; font-src 'self' data:; object-src 'none'; frame-src 'self' blob:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
/** API data (JSON, files): nothing to run, never framed (OWASP REST Security). */
const API_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";
const PAGE_ONLY = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(self), geolocation=(), microphone=()',
};
const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * Security headers on everything; API responses are never cached (they carry personal data) unless
 * a handler serving a public document says otherwise. JSON gets the short API set — the page set
 * (COOP, Permissions-Policy, the long CSP) only matters for documents a browser renders.
 */
export const securityHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const api = c.req.path.startsWith('/api/');
  const page = !api || (c.res.headers.get('Content-Type') ?? '').startsWith('text/html');
  setResponseHeaders(c, {
    'Content-Security-Policy': page ? PAGE_CSP : API_CSP,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'same-origin',
    ...(page ? PAGE_ONLY : {}),
    ...(api && !c.res.headers.get('Cache-Control') ? NO_STORE : {}),
  });
};
