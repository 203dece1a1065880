import { z } from 'zod';
import {
  agencyLookupQuery,
  agencyLookupResult,
  agencyTargets,
  agencyTargetsQuery,
  eventCreate,
  eventSchema,
  syncErrorReport,
  workerCreate,
  workerSchema,
} from '../agency.js';
import { uuid } from '../common.js';
import { endpoint } from '../endpoint.js';

const tags = ['agency'];
const roles = ['agency'] as const;
/** The agency's own people: its administrator only. */
const ADMIN = { roles, agencyAdmin: true } as const;

/** What an agency's station works with: enterprises to serve, its targets, events and workers. */
export const agency = {
  lookup: endpoint({
    method: 'get',
    path: '/agency/enterprises',
    tags,
    summary: 'Find an enterprise to serve, by part of its name or its credit code (name, code and area only)',
    roles,
    query: agencyLookupQuery,
    responses: { 200: agencyLookupResult },
  }),
  targets: endpoint({
    method: 'get',
    path: '/agency/targets',
    tags,
    summary:
      "This year's distinct enterprises served by the agency, per provision and month, against the count targets",
    roles,
    query: agencyTargetsQuery,
    responses: { 200: agencyTargets },
  }),
  createEvent: endpoint({
    method: 'post',
    path: '/agency/events',
    tags,
    summary:
      'Record a matchmaking or training event (M5.2, M11.2, M4.1) with its attending enterprises; once per clientId',
    roles,
    body: eventCreate,
    responses: { 200: eventSchema, 201: eventSchema },
    errors: [404],
  }),
  events: endpoint({
    method: 'get',
    path: '/agency/events',
    tags,
    summary: "The agency's events",
    roles,
    responses: { 200: z.object({ items: z.array(eventSchema) }) },
  }),
  workers: endpoint({
    method: 'get',
    path: '/agency/workers',
    tags,
    summary: "The agency's workers (agency admins)",
    ...ADMIN,
    responses: { 200: z.object({ items: z.array(workerSchema) }) },
  }),
  addWorker: endpoint({
    method: 'post',
    path: '/agency/workers',
    tags,
    summary: 'An agency admin adds a worker to the agency (audited)',
    ...ADMIN,
    body: workerCreate,
    responses: { 201: workerSchema },
    errors: [409, 422],
  }),
  disableWorker: endpoint({
    method: 'post',
    path: '/agency/workers/{id}/disable',
    tags,
    summary: 'An agency admin disables a worker (ending their sessions); never themself',
    ...ADMIN,
    params: z.object({ id: uuid }),
    responses: { 200: workerSchema },
    errors: [404, 409],
  }),
  reportSyncErrors: endpoint({
    method: 'post',
    path: '/agency/sync-errors',
    tags,
    summary:
      'A station reports what its outbox failed to send since its last report (counted in /metrics; nothing is stored)',
    roles,
    body: syncErrorReport,
    responses: { 200: z.object({ counted: z.number().int() }) },
  }),
} as const;
