import type { MiddlewareHandler } from 'hono';

/**
 * The claim endpoints were /api/applications… until issue 12 named the claim one way everywhere;
 * they are /api/claims… now. An old URL answers 308 Permanent Redirect to the same path under
 * /api/claims, its query kept: unlike 301 and 302, a 308 makes the client repeat the method and the
 * body, so an old POST still creates, submits or pays. Not in the OpenAPI document, which describes
 * the API as it is (a redirect has no body or schema to declare); the changeset says so.
 */
const OLD = '/api/applications';

export const claimsRedirect: MiddlewareHandler = async (c, next) => {
  const { pathname, search } = new URL(c.req.url);
  if (pathname !== OLD && !pathname.startsWith(`${OLD}/`)) return next();
  return c.redirect(`/api/claims${pathname.slice(OLD.length)}${search}`, 308);
};
