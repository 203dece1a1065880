import { createRoute } from '@hono/zod-openapi';
import { changePasswordRequest, loginRequest, meResponse, okSchema } from '@huiqi/contracts';
import { body, errors, json } from '../../lib/openapi.js';

export const login = createRoute({
  method: 'post',
  path: '/auth/login',
  tags: ['auth'],
  summary: 'Sign in; sets an HttpOnly session cookie (a new token at every login)',
  request: body(loginRequest),
  responses: {
    200: json(meResponse),
    400: errors[400],
    401: errors[401],
    423: errors[423],
    429: errors[429],
  },
});

export const logout = createRoute({
  method: 'post',
  path: '/auth/logout',
  tags: ['auth'],
  summary: 'Sign out: the session is revoked on the server',
  responses: { 200: json(okSchema) },
});

export const me = createRoute({
  method: 'get',
  path: '/auth/me',
  tags: ['auth'],
  summary: 'The signed-in user and when the session expires',
  security: [{ session: [] }],
  responses: { 200: json(meResponse), 401: errors[401] },
});

export const changePassword = createRoute({
  method: 'post',
  path: '/auth/password',
  tags: ['auth'],
  summary: 'Change the password (all other sessions of the user are revoked)',
  security: [{ session: [] }],
  request: body(changePasswordRequest),
  responses: { 200: json(okSchema), 400: errors[400], 401: errors[401], 422: errors[422], 429: errors[429] },
});
