import { SERVICE_TYPE_IDS } from '@huiqi/domain';
import { z } from 'zod';
import { dateString, uuid, yearNumber } from './common.js';
import { CHECKS } from './messages.js';

/** A service an agency records on the phone (sent again after a lost connection: the same clientId). */
export const serviceRecordCreate = z.strictObject({
  /** The id the phone gave the record: sending it again (after a lost connection) finds the first one. */
  clientId: uuid,
  enterpriseId: uuid,
  serviceType: z.enum(SERVICE_TYPE_IDS, { error: CHECKS.serviceType.en }),
  servedOn: dateString,
  durationMinutes: z.number().int().min(1, CHECKS.durationMin.en).max(1440, CHECKS.durationMax.en),
  participants: z.number().int().min(1, CHECKS.participantsMin.en).max(10000),
  notes: z.string().trim().max(2000).default(''),
  requestId: uuid.optional(),
});

export const servicePhotoSchema = z.object({ id: uuid, size: z.number().int(), mime: z.string() });

export const serviceRecordSchema = z
  .object({
    id: uuid,
    clientId: uuid.nullable(),
    agencyId: uuid,
    enterpriseId: uuid,
    enterpriseName: z.string(),
    provision: z.string(),
    serviceType: z.string(),
    servedOn: z.string(),
    durationMinutes: z.number().int(),
    participants: z.number().int(),
    notes: z.string(),
    requestId: uuid.nullable(),
    photos: z.array(servicePhotoSchema),
    createdAt: z.string(),
  })
  .meta({ id: 'ServiceRecord' });

export const serviceRecordListQuery = z.object({
  year: yearNumber.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/** An agency's event (M4.1 training, M5.2 matchmaking, M11.2 campaign) as officials see it. */
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

/** Officials' view of agencies' events: a year's, optionally one provision's. */
export const officialEventListQuery = z.object({
  year: yearNumber,
  provision: z
    .string()
    .regex(/^[A-Z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$/, 'a provision id such as M11.2')
    .optional(),
});

export const officialEventList = z.object({
  year: z.number().int(),
  items: z.array(officialEventSchema),
  /** Per provision: events held and distinct enterprises attending (in scope). */
  totals: z.array(
    z.object({ provision: z.string(), events: z.number().int(), enterprises: z.number().int() }),
  ),
});
