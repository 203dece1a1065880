import { z } from 'zod';
import { byId, okSchema, uuid } from '../common.js';
import { endpoint } from '../endpoint.js';
import {
  ipAssetCreate,
  ipAssetRecord,
  matchQuery,
  matchResponse,
  memberCreate,
  memberSchema,
} from '../profile.js';

const tags = ['enterprise profile'];
const byMember = z.object({ id: uuid, userId: uuid });
const READERS = ['enterprise', 'city-admin', 'region-admin', 'auditor'] as const;

/** 企业档案: an enterprise's IP assets, its policy matches and its user accounts. */
export const profile = {
  ipAssets: endpoint({
    method: 'get',
    path: '/enterprises/{id}/ip-assets',
    tags,
    summary: 'The IP titles, patent awards and grants abroad an enterprise declared (scoped)',
    // Shared with the industry department of the enterprise's area (M9.1).
    roles: [...READERS, 'industry-dept'],
    params: byId,
    responses: { 200: z.object({ items: z.array(ipAssetRecord) }) },
    errors: [404],
  }),
  addIpAsset: endpoint({
    method: 'post',
    path: '/enterprises/{id}/ip-assets',
    tags,
    summary: 'The enterprise records an IP asset in its profile (audited)',
    roles: ['enterprise'],
    params: byId,
    body: ipAssetCreate,
    responses: { 201: { description: 'Recorded', schema: ipAssetRecord } },
    errors: [404, 409],
  }),
  removeIpAsset: endpoint({
    method: 'delete',
    path: '/enterprises/{id}/ip-assets/{assetId}',
    tags,
    summary: 'The enterprise removes an IP asset from its profile (audited; claims keep their own copy)',
    roles: ['enterprise'],
    params: z.object({ id: uuid, assetId: uuid }),
    responses: { 200: okSchema },
    errors: [404],
  }),
  matches: endpoint({
    method: 'get',
    path: '/enterprises/{id}/matches',
    tags,
    summary:
      'Policy matching (政策匹配): the provisions the enterprise likely qualifies for, the estimated sum, and what is missing',
    roles: READERS,
    params: byId,
    query: matchQuery,
    responses: { 200: matchResponse },
    errors: [404],
  }),
  members: endpoint({
    method: 'get',
    path: '/enterprises/{id}/members',
    tags,
    summary: 'The user accounts of an enterprise',
    roles: READERS,
    params: byId,
    responses: { 200: z.object({ items: z.array(memberSchema) }) },
    errors: [404],
  }),
  addMember: endpoint({
    method: 'post',
    path: '/enterprises/{id}/members',
    tags,
    summary:
      'An administrator of the enterprise account adds a colleague, as a member or another administrator (audited)',
    roles: ['enterprise'],
    params: byId,
    body: memberCreate,
    responses: { 201: { description: 'Added', schema: memberSchema } },
    errors: [404, 409, 422],
  }),
  disableMember: endpoint({
    method: 'post',
    path: '/enterprises/{id}/members/{userId}/disable',
    tags,
    summary:
      "Disable a colleague's account and end their sessions (an administrator of the account; never one's own, never the last active administrator; audited)",
    roles: ['enterprise'],
    params: byMember,
    responses: { 200: memberSchema },
    errors: [404, 409],
  }),
  enableMember: endpoint({
    method: 'post',
    path: '/enterprises/{id}/members/{userId}/enable',
    tags,
    summary:
      "Enable a disabled colleague's account again, its sign-in locks lifted (an administrator of the account; audited)",
    roles: ['enterprise'],
    params: byMember,
    responses: { 200: memberSchema },
    errors: [404],
  }),
} as const;
