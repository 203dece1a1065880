import { changePasswordRequest, loginRequest, meResponse, ROLES } from '../auth.js';
import { okSchema } from '../common.js';
import { endpoint } from '../endpoint.js';

const tags = ['auth'];

export const auth = {
  login: endpoint({
    method: 'post',
    path: '/auth/login',
    tags,
    summary: 'Sign in; sets an HttpOnly session cookie (a new token at every login)',
    public: true,
    body: loginRequest,
    responses: { 200: meResponse },
    errors: [401, 423, 429],
  }),
  logout: endpoint({
    method: 'post',
    path: '/auth/logout',
    tags,
    summary: 'Sign out: the session is revoked on the server',
    public: true,
    responses: { 200: okSchema },
  }),
  me: endpoint({
    method: 'get',
    path: '/auth/me',
    tags,
    summary: 'The signed-in user and when the session expires',
    roles: ROLES,
    responses: { 200: meResponse },
  }),
  changePassword: endpoint({
    method: 'post',
    path: '/auth/password',
    tags,
    summary: 'Change the password (all other sessions of the user are revoked)',
    roles: ROLES,
    body: changePasswordRequest,
    responses: { 200: okSchema },
    errors: [422, 429],
  }),
} as const;
