import { EVENT_KIND_IDS } from '@huiqi/domain';
import { z } from 'zod';
import { dateString, displayName, passwordInput, uuid, yearNumber } from './common.js';
import { CHECKS } from './messages.js';

/** How a station's outbox failed to send something (counted in the server's /metrics). */
export const SYNC_ERROR_KINDS = ['refused', 'offline', 'signed-out', 'server'] as const;
export type SyncErrorKind = (typeof SYNC_ERROR_KINDS)[number];

export const agencyLookupQuery = z.object({ q: z.string().trim().min(2, CHECKS.typeTwoChars.en).max(100) });
export const agencyLookupResult = z.object({
  items: z.array(z.object({ id: uuid, name: z.string(), creditCode: z.string(), areaCode: z.string() })),
});

export const agencyTargetsQuery = z.object({ year: yearNumber });
export const agencyTargets = z.object({
  year: z.number().int(),
  agency: z.object({ id: uuid, name: z.string(), kind: z.string() }),
  items: z.array(
    z.object({
      provision: z.string(),
      target: z.number().int().nullable(),
      served: z.number().int(),
      records: z.number().int(),
      byMonth: z.array(z.number().int()).length(12),
    }),
  ),
});

export const eventCreate = z.strictObject({
  clientId: uuid,
  kind: z.enum(EVENT_KIND_IDS),
  title: z.string().trim().min(2).max(200),
  heldOn: dateString,
  place: z.string().trim().min(2).max(200),
  enterpriseIds: z.array(uuid).min(1, CHECKS.attendeesMin.en).max(500),
});
export const eventSchema = z
  .object({
    id: uuid,
    clientId: uuid.nullable(),
    kind: z.string(),
    provision: z.string(),
    title: z.string(),
    heldOn: z.string(),
    place: z.string(),
    attendees: z.array(z.object({ id: uuid, name: z.string() })),
    createdAt: z.string(),
  })
  .meta({ id: 'ServiceEvent' });

export const workerSchema = z
  .object({
    id: uuid,
    username: z.string(),
    displayName: z.string(),
    agencyAdmin: z.boolean(),
    disabled: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'AgencyWorker' });

export const workerCreate = z.strictObject({
  username: z
    .string()
    .trim()
    .min(3)
    .max(64)
    .regex(/^[A-Za-z0-9_.@-]+$/),
  displayName,
  password: passwordInput,
  agencyAdmin: z.boolean().default(false),
});

export const syncErrorReport = z.strictObject({
  errors: z
    .array(
      z.strictObject({
        kind: z.enum(SYNC_ERROR_KINDS),
        code: z.string().regex(/^[A-Z][A-Z0-9_]{0,39}$/, 'an error code such as VALIDATION_FAILED'),
        count: z.number().int().min(1).max(10_000),
      }),
    )
    .min(1)
    .max(50),
});
