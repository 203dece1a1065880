import { createRoute, z } from '@hono/zod-openapi';
import { uuid } from '@huiqi/contracts';
import { allow } from '../../lib/context.js';
import { errors, json } from '../../lib/openapi.js';

const tags = ['services'];
const security = [{ session: [] }];

export const officialEventSchema = z
  .object({
    id: uuid,
    kind: z.string(),
    provision: z.string(),
    title: z.string(),
    heldOn: z.string(),
    place: z.string(),
    agency: z.object({ id: uuid, name: z.string(), areaCode: z.string() }),
    /** Every enterprise that attended. */
    attendance: z.number().int(),
    /** The attending enterprises the official may see (a city: its own area's). */
    attendees: z.array(z.object({ id: uuid, name: z.string(), areaCode: z.string() })),
  })
  .meta({ id: 'OfficialServiceEvent' });

export const listOfficialEvents = createRoute({
  method: 'get',
  path: '/service-events',
  middleware: [allow('city-admin', 'region-admin', 'auditor')] as const,
  tags,
  summary:
    "Agencies' events (M4.1 training, M5.2 matchmaking, M11.2 campaign) with their attendance, for officials: a city sees the events its enterprises attended or its agencies ran; counted per provision",
  security,
  request: {
    query: z.object({
      year: z.coerce.number().int().min(2000).max(2100),
      provision: z
        .string()
        .regex(/^[A-Z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$/, 'a provision id such as M11.2')
        .optional(),
    }),
  },
  responses: {
    200: json(
      z.object({
        year: z.number().int(),
        items: z.array(officialEventSchema),
        /** Per provision: events held and distinct enterprises attending (in scope). */
        totals: z.array(
          z.object({ provision: z.string(), events: z.number().int(), enterprises: z.number().int() }),
        ),
      }),
    ),
    400: errors[400],
    401: errors[401],
    403: errors[403],
  },
});
