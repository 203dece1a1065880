import { z } from 'zod';
import { byId, uuid } from '../common.js';
import { endpoint } from '../endpoint.js';
import {
  assignmentCreate,
  reassignmentCreate,
  requestEventSchema,
  requestStepNote,
  serviceRequestCreate,
  serviceRequestDetail,
  serviceRequestListQuery,
  serviceRequestSchema,
} from '../service-requests.js';

const tags = ['services'];
/** Who follows requests: the enterprise, the agency holding it, officials and auditors (not the industry department). */
const FOLLOWERS = ['enterprise', 'agency', 'city-admin', 'region-admin', 'auditor'] as const;
const ASSIGNERS = ['city-admin', 'region-admin'] as const;

/**
 * Enterprises' requests (case leads, assistance, coaching, trademark services): assigned by
 * officials to an agency with a time in working days, handled by it step by step. The order
 * matters: the assignment paths are served before the agency's `{step}`.
 */
export const serviceRequests = {
  create: endpoint({
    method: 'post',
    path: '/service-requests',
    tags,
    summary:
      'Report a case lead, ask for assistance, coaching or trademark services (each kind under the provision that offers it)',
    roles: ['enterprise'],
    body: serviceRequestCreate,
    responses: { 201: serviceRequestSchema },
  }),
  list: endpoint({
    method: 'get',
    path: '/service-requests',
    tags,
    summary:
      "Requests in scope: an enterprise's own, a city's, an agency's assigned ones, or all; by kind, status, overdue",
    roles: FOLLOWERS,
    query: serviceRequestListQuery,
    responses: { 200: z.object({ items: z.array(serviceRequestSchema) }) },
  }),
  get: endpoint({
    method: 'get',
    path: '/service-requests/{id}',
    tags,
    summary:
      'One request with its assignments, the agency’s steps and its service records against it (scoped like the list)',
    roles: FOLLOWERS,
    params: byId,
    responses: { 200: serviceRequestDetail },
    errors: [404],
  }),
  assign: endpoint({
    method: 'post',
    path: '/service-requests/{id}/assignment',
    tags,
    summary:
      "Assign an open request to an agency with a time in working days (default: the provision's requestHandleWithin); a city assigns its own area's",
    roles: ASSIGNERS,
    params: byId,
    body: assignmentCreate,
    responses: { 200: serviceRequestSchema },
    errors: [404, 409, 422],
  }),
  reassign: endpoint({
    method: 'post',
    path: '/service-requests/{id}/reassignment',
    tags,
    summary:
      'Move an assigned or in-progress request to another agency, with the reason; its time starts again from today',
    roles: ASSIGNERS,
    params: byId,
    body: reassignmentCreate,
    responses: { 200: serviceRequestSchema },
    errors: [404, 409, 422],
  }),
  act: endpoint({
    method: 'post',
    path: '/service-requests/{id}/{step}',
    tags,
    summary:
      'The assigned agency accepts a request, records progress, or closes it with the outcome (the enterprise sees each step)',
    roles: ['agency'],
    params: z.object({ id: uuid, step: z.enum(['accept', 'progress', 'close']) }),
    body: requestStepNote,
    responses: { 200: serviceRequestSchema },
    errors: [404, 409],
  }),
  events: endpoint({
    method: 'get',
    path: '/service-requests/{id}/events',
    tags,
    summary: 'What happened to a request, in order (scoped like the request)',
    roles: FOLLOWERS,
    params: byId,
    responses: { 200: z.object({ items: z.array(requestEventSchema) }) },
    errors: [404],
  }),
} as const;
