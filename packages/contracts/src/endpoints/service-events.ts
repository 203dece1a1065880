import { endpoint } from '../endpoint.js';
import { officialEventList, officialEventListQuery } from '../services.js';

/** Agencies' events as officials see them (the agencies record theirs through `agency`). */
export const serviceEvents = {
  list: endpoint({
    method: 'get',
    path: '/service-events',
    tags: ['services'],
    summary:
      "Agencies' events (M4.1 training, M5.2 matchmaking, M11.2 campaign) with their attendance, for officials: a city sees the events its enterprises attended or its agencies ran; counted per provision",
    roles: ['city-admin', 'region-admin', 'auditor'],
    query: officialEventListQuery,
    responses: { 200: officialEventList },
  }),
} as const;
