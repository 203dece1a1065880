import { z } from 'zod';
import { byId, uuid } from '../common.js';
import { endpoint } from '../endpoint.js';
import { agencySummary, staffCreate, staffListQuery, staffUser } from '../users.js';

const tags = ['users'];

/**
 * Staff accounts (enterprises manage their own members). Roles never change after creation; an
 * admin never disables, enables or unlocks their own account; every change is audited.
 */
export const users = {
  list: endpoint({
    method: 'get',
    path: '/users',
    tags,
    summary: 'Staff accounts (officials, auditors, agency workers); enterprises manage their own members',
    roles: ['region-admin', 'auditor'],
    query: staffListQuery,
    responses: { 200: z.object({ items: z.array(staffUser) }) },
  }),
  create: endpoint({
    method: 'post',
    path: '/users',
    tags,
    summary:
      'Create a staff account with one role (roles never change: disable and create another) (region-admin)',
    roles: ['region-admin'],
    body: staffCreate,
    responses: { 201: staffUser },
    errors: [409, 422],
  }),
  // Before /users/{id}/{action}, whose validator would answer 400 for "unlock".
  unlock: endpoint({
    method: 'post',
    path: '/users/{id}/unlock',
    tags,
    summary:
      "Lift the sign-in locks on an account (the account's lock and every source's); any role, never one's own (region-admin, audited)",
    roles: ['region-admin'],
    params: byId,
    responses: { 200: z.object({ id: uuid, username: z.string(), lockedUntil: z.string().nullable() }) },
    errors: [404, 409],
  }),
  setDisabled: endpoint({
    method: 'post',
    path: '/users/{id}/{action}',
    tags,
    summary: "Disable (ending every session) or enable a staff account; never one's own (region-admin)",
    roles: ['region-admin'],
    params: z.object({ id: uuid, action: z.enum(['disable', 'enable']) }),
    responses: { 200: staffUser },
    errors: [404, 409],
  }),
  agencies: endpoint({
    method: 'get',
    path: '/agencies',
    tags,
    summary: 'The IP service agencies (trademark stations, trusteeship agencies, assistance centres…)',
    roles: ['city-admin', 'region-admin', 'auditor'],
    responses: { 200: z.object({ items: z.array(agencySummary) }) },
  }),
} as const;
