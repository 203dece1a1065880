import { REQUEST_KIND_IDS } from '@huiqi/domain';
import { z } from 'zod';
import { uuid } from './common.js';
import { CHECKS } from './messages.js';

export const serviceRequestCreate = z.strictObject({
  /** What the enterprise asks for: the provisions' `requests` (case leads, assistance, coaching, trademark services). */
  kind: z.enum(REQUEST_KIND_IDS),
  title: z.string().trim().min(2, CHECKS.shortTitle.en).max(100),
  description: z.string().trim().min(10, CHECKS.needDescription.en).max(4000),
});

const REQUEST_STATUSES = ['open', 'assigned', 'in-progress', 'closed'] as const;

export const serviceRequestSchema = z
  .object({
    id: uuid,
    enterpriseId: uuid,
    enterpriseName: z.string(),
    /** The enterprise's area (a city, or Ningdong). */
    areaCode: z.string(),
    kind: z.string(),
    provision: z.string(),
    title: z.string(),
    description: z.string(),
    status: z.enum(REQUEST_STATUSES),
    agencyId: z.string().nullable(),
    /** Who handles it: the agency's name (the enterprise sees it). */
    agencyName: z.string().nullable(),
    /** The current assignment's day, working days and last day (null past the calendar's range). */
    assignedOn: z.string().nullable(),
    handleWorkingDays: z.number().int().nullable(),
    dueOn: z.string().nullable(),
    /** Against the due date today: the clock runs while an agency holds it (assigned, in progress). */
    due: z.object({
      running: z.boolean(),
      overdue: z.boolean(),
      workingDaysLeft: z.number().int().nullable(),
    }),
    outcome: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ServiceRequest' });

export const serviceRequestListQuery = z.object({
  kind: z.enum(REQUEST_KIND_IDS).optional(),
  status: z.enum(REQUEST_STATUSES).optional(),
  /** true: only those past their due date while an agency holds them. */
  overdue: z.enum(['true', 'false']).optional(),
});

const handleDays = z
  .number({ error: CHECKS.handleDays.en })
  .int(CHECKS.handleDays.en)
  .min(1, CHECKS.handleDays.en)
  .max(120, CHECKS.handleDays.en);

export const assignmentCreate = z.strictObject({
  agencyId: uuid,
  /** The working days the agency has; default: the provision's requestHandleWithin on the day. */
  workingDays: handleDays.optional(),
});

export const reassignmentCreate = z.strictObject({
  agencyId: uuid,
  reason: z.string().trim().min(2, CHECKS.reassignReason.en).max(500),
  workingDays: handleDays.optional(),
});

export const requestEventSchema = z
  .object({
    id: uuid,
    kind: z.enum(['accepted', 'progress', 'closed']),
    note: z.string(),
    by: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'ServiceRequestEvent' });

export const serviceRequestDetail = serviceRequestSchema
  .extend({
    /** Every assignment in order: the first, then each reassignment with its reason. */
    assignments: z.array(
      z.object({
        id: uuid,
        agency: z.object({ id: uuid, name: z.string() }),
        fromAgency: z.object({ id: uuid, name: z.string() }).nullable(),
        assignedOn: z.string(),
        workingDays: z.number().int(),
        dueOn: z.string().nullable(),
        reason: z.string().nullable(),
        by: z.string(),
        createdAt: z.string(),
      }),
    ),
    events: z.array(requestEventSchema),
    /** The agencies' service records against the request (its progress on the ground). */
    records: z.array(
      z.object({
        id: uuid,
        agencyName: z.string(),
        serviceType: z.string(),
        provision: z.string(),
        servedOn: z.string(),
        durationMinutes: z.number().int(),
        participants: z.number().int(),
        notes: z.string(),
      }),
    ),
  })
  .meta({ id: 'ServiceRequestDetail' });

/** What the assigned agency writes with each step: what it did, or the outcome when it closes. */
export const requestStepNote = z.strictObject({
  note: z.string().trim().min(2, CHECKS.handlingNote.en).max(2000),
});
