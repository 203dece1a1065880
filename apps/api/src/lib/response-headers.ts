import type { Context } from 'hono';

/**
 * Sets headers on the response a handler has already made, in place and at once. Hono's
 * `c.header()` after the response exists rebuilds it (`new Response(res.body, res)`) on every call,
 * and on @hono/node-server reading `.body` turns its lightweight string response into a stream
 * written chunk by chunk: with the security headers and the request id that was seven rebuilds per
 * request. A response whose headers cannot change (one passed through from `fetch()`) is rebuilt
 * once, with all of them.
 */
export function setResponseHeaders(c: Context, headers: Record<string, string>): void {
  const res = c.res;
  try {
    for (const [name, value] of Object.entries(headers)) res.headers.set(name, value);
  } catch {
    c.res = new Response(res.body, res);
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  }
}
