import { createRoute, z } from '@hono/zod-openapi';
import {
  ipAssetCreate,
  ipAssetRecord,
  matchQuery,
  matchResponse,
  memberCreate,
  memberSchema,
  okSchema,
  uuid,
} from '@huiqi/contracts';
import { body, errors, json } from '../../lib/openapi.js';
import { allow } from '../../lib/context.js';

const enterpriseParam = z.object({ id: uuid });
const tags = ['enterprise profile'];
const security = [{ session: [] }];

export const listAssets = createRoute({
  middleware: [allow('enterprise', 'city-admin', 'region-admin', 'auditor', 'industry-dept')] as const,
  method: 'get',
  path: '/enterprises/{id}/ip-assets',
  tags,
  summary: 'The IP titles, patent awards and grants abroad an enterprise declared (scoped)',
  security,
  request: { params: enterpriseParam },
  responses: { 200: json(z.object({ items: z.array(ipAssetRecord) })), 401: errors[401], 404: errors[404] },
});

export const addAsset = createRoute({
  middleware: [allow('enterprise')] as const,
  method: 'post',
  path: '/enterprises/{id}/ip-assets',
  tags,
  summary: 'The enterprise records an IP asset in its profile (audited)',
  security,
  request: { params: enterpriseParam, ...body(ipAssetCreate) },
  responses: {
    201: json(ipAssetRecord, 'Recorded'),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
    409: errors[409],
  },
});

export const removeAsset = createRoute({
  middleware: [allow('enterprise')] as const,
  method: 'delete',
  path: '/enterprises/{id}/ip-assets/{assetId}',
  tags,
  summary: 'The enterprise removes an IP asset from its profile (audited; claims keep their own copy)',
  security,
  request: { params: z.object({ id: uuid, assetId: uuid }) },
  responses: { 200: json(okSchema), 401: errors[401], 403: errors[403], 404: errors[404] },
});

export const matches = createRoute({
  middleware: [allow('enterprise', 'city-admin', 'region-admin', 'auditor')] as const,
  method: 'get',
  path: '/enterprises/{id}/matches',
  tags,
  summary:
    'Policy matching (政策匹配): the provisions the enterprise likely qualifies for, the estimated sum, and what is missing',
  security,
  request: { params: enterpriseParam, query: matchQuery },
  responses: { 200: json(matchResponse), 400: errors[400], 401: errors[401], 404: errors[404] },
});

export const listMembers = createRoute({
  middleware: [allow('enterprise', 'city-admin', 'region-admin', 'auditor')] as const,
  method: 'get',
  path: '/enterprises/{id}/members',
  tags,
  summary: 'The user accounts of an enterprise',
  security,
  request: { params: enterpriseParam },
  responses: { 200: json(z.object({ items: z.array(memberSchema) })), 401: errors[401], 404: errors[404] },
});

export const addMember = createRoute({
  middleware: [allow('enterprise')] as const,
  method: 'post',
  path: '/enterprises/{id}/members',
  tags,
  summary:
    'An administrator of the enterprise account adds a colleague, as a member or another administrator (audited)',
  security,
  request: { params: enterpriseParam, ...body(memberCreate) },
  responses: {
    201: json(memberSchema, 'Added'),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
    409: errors[409],
    422: errors[422],
  },
});

export const disableMember = createRoute({
  middleware: [allow('enterprise')] as const,
  method: 'post',
  path: '/enterprises/{id}/members/{userId}/disable',
  tags,
  summary:
    "Disable a colleague's account and end their sessions (an administrator of the account; never one's own, never the last active administrator; audited)",
  security,
  request: { params: z.object({ id: uuid, userId: uuid }) },
  responses: {
    200: json(memberSchema),
    401: errors[401],
    403: errors[403],
    404: errors[404],
    409: errors[409],
  },
});

export const enableMember = createRoute({
  middleware: [allow('enterprise')] as const,
  method: 'post',
  path: '/enterprises/{id}/members/{userId}/enable',
  tags,
  summary:
    "Enable a disabled colleague's account again, its sign-in locks lifted (an administrator of the account; audited)",
  security,
  request: { params: z.object({ id: uuid, userId: uuid }) },
  responses: { 200: json(memberSchema), 401: errors[401], 403: errors[403], 404: errors[404] },
});
