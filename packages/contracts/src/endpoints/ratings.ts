import { z } from 'zod';
import { byId } from '../common.js';
import { endpoint } from '../endpoint.js';
import {
  followUpCreate,
  ratingCreate,
  ratingListQuery,
  ratingSchema,
  ratingStateSchema,
} from '../ratings.js';

const tags = ['ratings'];

/** 好差评: an enterprise rates an ended claim or service request; the responsible city follows up poor ratings. */
export const ratings = {
  rate: endpoint({
    method: 'post',
    path: '/ratings',
    tags,
    summary:
      'The enterprise rates one of its ended claims or service requests on the five levels, once; a poor rating is told to the responsible city',
    roles: ['enterprise'],
    body: ratingCreate,
    responses: { 201: ratingSchema },
    errors: [404, 409],
  }),
  list: endpoint({
    method: 'get',
    path: '/ratings',
    tags,
    summary:
      "Ratings in scope, newest first: an enterprise's own, a city's area (the responsible city), all for the region and auditors",
    roles: ['enterprise', 'city-admin', 'region-admin', 'auditor'],
    query: ratingListQuery,
    responses: { 200: z.object({ items: z.array(ratingSchema) }) },
  }),
  ofClaim: endpoint({
    method: 'get',
    path: '/claims/{id}/rating',
    tags,
    summary:
      'Whether one of the enterprise’s claims has ended (can be rated), and its rating when it has one',
    roles: ['enterprise'],
    params: byId,
    responses: { 200: ratingStateSchema },
    errors: [404],
  }),
  ofRequest: endpoint({
    method: 'get',
    path: '/service-requests/{id}/rating',
    tags,
    summary:
      'Whether one of the enterprise’s service requests has been closed (can be rated), and its rating when it has one',
    roles: ['enterprise'],
    params: byId,
    responses: { 200: ratingStateSchema },
    errors: [404],
  }),
  followUp: endpoint({
    method: 'post',
    path: '/ratings/{id}/follow-ups',
    tags,
    summary:
      'The responsible city records what it did about a poor rating (整改 or 回访, and when); the enterprise sees it',
    roles: ['city-admin'],
    params: byId,
    body: followUpCreate,
    responses: { 201: ratingSchema },
    errors: [404, 422],
  }),
} as const;
