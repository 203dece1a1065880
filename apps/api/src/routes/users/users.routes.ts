import { createRoute, z } from '@hono/zod-openapi';
import { CHECKS, areaCode, roleSchema, uuid } from '@huiqi/contracts';
import { allow } from '../../lib/context.js';
import { body, errors, json } from '../../lib/openapi.js';

const tags = ['users'];
const security = [{ session: [] }];

export const staffUser = z
  .object({
    id: uuid,
    username: z.string(),
    displayName: z.string(),
    role: roleSchema,
    areaCode: z.string().nullable(),
    agencyId: uuid.nullable(),
    agencyName: z.string().nullable(),
    disabled: z.boolean(),
    lockedUntil: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'StaffUser' });

export const staffCreate = z
  .strictObject({
    username: z
      .string()
      .trim()
      .min(3)
      .max(64)
      .regex(/^[A-Za-z0-9_.@-]+$/, CHECKS.usernameChars.en),
    displayName: z.string().trim().min(1).max(50),
    /** industry-dept: the industry department, read only; with areaCode for a city's, without for the region's. */
    role: z.enum(['city-admin', 'region-admin', 'auditor', 'agency', 'industry-dept']),
    areaCode: areaCode.optional(),
    agencyId: uuid.optional(),
    password: z.string().min(1).max(256),
  })
  .superRefine((u, ctx) => {
    if (u.role === 'city-admin' && !u.areaCode)
      ctx.addIssue({
        code: 'custom',
        path: ['areaCode'],
        message: 'a city admin acts for one area: give areaCode',
        params: { zh: '市级管理员须指定所辖地区。' },
      });
    if (u.role === 'agency' && !u.agencyId)
      ctx.addIssue({
        code: 'custom',
        path: ['agencyId'],
        message: 'an agency worker belongs to one agency: give agencyId',
        params: { zh: '服务机构人员须指定所属机构。' },
      });
  });

export const listUsers = createRoute({
  method: 'get',
  path: '/users',
  middleware: [allow('region-admin', 'auditor')] as const,
  tags,
  summary: 'Staff accounts (officials, auditors, agency workers); enterprises manage their own members',
  security,
  request: { query: z.object({ role: roleSchema.optional(), q: z.string().trim().max(64).optional() }) },
  responses: { 200: json(z.object({ items: z.array(staffUser) })), 401: errors[401], 403: errors[403] },
});

export const createUser = createRoute({
  method: 'post',
  path: '/users',
  middleware: [allow('region-admin')] as const,
  tags,
  summary:
    'Create a staff account with one role (roles never change: disable and create another) (region-admin)',
  security,
  request: body(staffCreate),
  responses: {
    201: json(staffUser),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    409: errors[409],
    422: errors[422],
  },
});

export const setDisabled = createRoute({
  method: 'post',
  path: '/users/{id}/{action}',
  middleware: [allow('region-admin')] as const,
  tags,
  summary: "Disable (ending every session) or enable a staff account; never one's own (region-admin)",
  security,
  request: { params: z.object({ id: uuid, action: z.enum(['disable', 'enable']) }) },
  responses: {
    200: json(staffUser),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
    409: errors[409],
  },
});

export const unlockUser = createRoute({
  method: 'post',
  path: '/users/{id}/unlock',
  middleware: [allow('region-admin')] as const,
  tags,
  summary:
    "Lift the sign-in locks on an account (the account's lock and every source's); any role, never one's own (region-admin, audited)",
  security,
  request: { params: z.object({ id: uuid }) },
  responses: {
    200: json(z.object({ id: uuid, username: z.string(), lockedUntil: z.string().nullable() })),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
    409: errors[409],
  },
});

export const listAgencies = createRoute({
  method: 'get',
  path: '/agencies',
  middleware: [allow('city-admin', 'region-admin', 'auditor')] as const,
  tags,
  summary: 'The IP service agencies (trademark stations, trusteeship agencies, assistance centres…)',
  security,
  responses: {
    200: json(
      z.object({
        items: z.array(z.object({ id: uuid, name: z.string(), kind: z.string(), areaCode: z.string() })),
      }),
    ),
    401: errors[401],
    403: errors[403],
  },
});
