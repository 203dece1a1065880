import type {
  adjudicationCaseCreate,
  adjudicationCaseSchema,
  adjudicationListQuery,
  adjudicationStep,
  applicationCreate,
  applicationDetail,
  applicationListQuery,
  applicationSchema,
  applicationUpdate,
  reviewDecision,
} from '@huiqi/contracts';
import type { Endpoints } from '@huiqi/contracts';
import { routeTable } from '@huiqi/contracts/route-table';
import type { z } from 'zod';
import { bindAll, failure, qs } from './bind.js';

export { ApiClientError } from './error.js';
export type { Call, CallOptions, InputOf, OutputOf } from './bind.js';

// Classic or mini schemas alike (the domain's are zod/mini): both are core types.
type In<T extends z.core.$ZodType> = z.input<T>;
type Out<T extends z.core.$ZodType> = z.output<T>;
export type AdjudicationCase = Out<typeof adjudicationCaseSchema>;
interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ServiceRequest {
  id: string;
  enterpriseId: string;
  enterpriseName: string;
  areaCode: string;
  kind: string;
  provision: string;
  title: string;
  description: string;
  status: 'open' | 'assigned' | 'in-progress' | 'closed';
  agencyId: string | null;
  /** Who handles it (the enterprise sees the agency's name). */
  agencyName: string | null;
  assignedOn: string | null;
  handleWorkingDays: number | null;
  /** The last day of the working days given (null past the holiday calendar's range). */
  dueOn: string | null;
  due: { running: boolean; overdue: boolean; workingDaysLeft: number | null };
  outcome: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A request with its assignments, the agency's steps and its service records against it. */
export interface ServiceRequestDetail extends ServiceRequest {
  assignments: {
    id: string;
    agency: { id: string; name: string };
    fromAgency: { id: string; name: string } | null;
    assignedOn: string;
    workingDays: number;
    dueOn: string | null;
    reason: string | null;
    by: string;
    createdAt: string;
  }[];
  events: {
    id: string;
    kind: 'accepted' | 'progress' | 'closed';
    note: string;
    by: string;
    createdAt: string;
  }[];
  records: {
    id: string;
    agencyName: string;
    serviceType: string;
    provision: string;
    servedOn: string;
    durationMinutes: number;
    participants: number;
    notes: string;
  }[];
}

/** A record kept under a provision (its kind's fields in `data`; see @huiqi/domain RECORD_KINDS). */
export interface ProvisionRecord {
  id: string;
  kind: string;
  provision: string;
  enterpriseId: string | null;
  enterpriseName: string | null;
  areaCode: string | null;
  recorder: 'enterprise' | 'agency' | 'city' | 'region';
  agencyId: string | null;
  recordedBy: string;
  data: Record<string, unknown>;
  year: number | null;
  closedAt: string | null;
  verification: 'pending' | 'verified' | 'rejected' | null;
  verificationNote: string | null;
  verifiedAt: string | null;
  can: { amend: boolean; close: boolean; verify: boolean };
  createdAt: string;
  updatedAt: string;
}

export interface RecordFigure {
  kind: string;
  provision: string;
  unit: 'enterprises' | 'records' | 'people' | 'events' | 'CNY';
  figure: string;
  target: string | null;
  met: boolean | null;
  byArea: { areaCode: string | null; figure: string }[];
  records: number;
}

export interface ServiceEvent {
  id: string;
  clientId: string | null;
  kind: string;
  provision: string;
  title: string;
  heldOn: string;
  place: string;
  attendees: { id: string; name: string }[];
  createdAt: string;
}

export interface ClientOptions {
  /** Where the API is: "" for the same origin (the apps), "http://127.0.0.1:8080" elsewhere. */
  baseUrl?: string;
  /** A fetch to use (tests pass the app's own request function). */
  fetch?: typeof fetch;
  /** Extra headers on every request (e.g. a cookie outside a browser). */
  headers?: () => Record<string, string>;
}

/**
 * A typed client over the Huiqi API for the apps: `client.<group>.<name>(…path ids, input?,
 * options?)` for every endpoint declared in @huiqi/contracts, with the types derived from the
 * declarations. It knows nothing of the API's code.
 */
export function createClient(opts: ClientOptions = {}) {
  const base = opts.baseUrl ?? '';
  const doFetch = opts.fetch ?? ((...a: Parameters<typeof fetch>) => fetch(...a));
  const derived = bindAll<Endpoints>(routeTable, { base, fetch: doFetch, headers: opts.headers });

  async function call<T>(
    method: string,
    path: string,
    body?: unknown,
    extra: Record<string, string> = {},
  ): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', ...opts.headers?.(), ...extra };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await doFetch(`${base}/api${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw await failure(res);
    const text = await res.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  return {
    ...derived,
    applications: {
      create: (b: In<typeof applicationCreate>, idempotencyKey?: string) =>
        call<Out<typeof applicationSchema>>(
          'POST',
          '/applications',
          b,
          idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {},
        ),
      list: (q: In<typeof applicationListQuery> = {}) =>
        call<Page<Out<typeof applicationSchema>>>('GET', `/applications${qs(q)}`),
      get: (id: string) => call<Out<typeof applicationDetail>>('GET', `/applications/${id}`),
      update: (id: string, b: In<typeof applicationUpdate>) =>
        call<Out<typeof applicationSchema>>('PATCH', `/applications/${id}`, b),
      submit: (id: string, version: number) =>
        call<Out<typeof applicationSchema>>('POST', `/applications/${id}/submit`, { version }),
      withdraw: (id: string, version: number) =>
        call<Out<typeof applicationSchema>>('POST', `/applications/${id}/withdraw`, { version }),
      review: (id: string, b: In<typeof reviewDecision>) =>
        call<Out<typeof applicationSchema>>('POST', `/applications/${id}/reviews`, b),
    },
    station: {
      lookup: (q: string) =>
        call<{ items: { id: string; name: string; creditCode: string; areaCode: string }[] }>(
          'GET',
          `/agency/enterprises${qs({ q })}`,
        ),
      targets: (year: number) =>
        call<{
          year: number;
          agency: { id: string; name: string; kind: string };
          items: {
            provision: string;
            target: number | null;
            served: number;
            records: number;
            byMonth: number[];
          }[];
        }>('GET', `/agency/targets${qs({ year })}`),
      events: () => call<{ items: ServiceEvent[] }>('GET', '/agency/events'),
      /** What the outbox failed to send since the last report (counted in the server's /metrics). */
      reportSyncErrors: (
        errors: { kind: 'refused' | 'offline' | 'signed-out' | 'server'; code: string; count: number }[],
      ) => call<{ counted: number }>('POST', '/agency/sync-errors', { errors }),
      createEvent: (b: {
        clientId: string;
        kind: string;
        title: string;
        heldOn: string;
        place: string;
        enterpriseIds: string[];
      }) => call<ServiceEvent>('POST', '/agency/events', b),
      workers: () =>
        call<{
          items: {
            id: string;
            username: string;
            displayName: string;
            agencyAdmin: boolean;
            disabled: boolean;
            createdAt: string;
          }[];
        }>('GET', '/agency/workers'),
      addWorker: (b: { username: string; displayName: string; password: string; agencyAdmin?: boolean }) =>
        call<{ id: string }>('POST', '/agency/workers', b),
      disableWorker: (id: string) => call<{ id: string }>('POST', `/agency/workers/${id}/disable`),
      act: (requestId: string, step: 'accept' | 'progress' | 'close', note: string) =>
        call<ServiceRequest>('POST', `/service-requests/${requestId}/${step}`, { note }),
      requestEvents: (requestId: string) =>
        call<{ items: { id: string; kind: string; note: string; by: string; createdAt: string }[] }>(
          'GET',
          `/service-requests/${requestId}/events`,
        ),
    },
    adjudication: {
      list: (q: In<typeof adjudicationListQuery> = {}) =>
        call<{ items: AdjudicationCase[] }>('GET', `/adjudication-cases${qs(q)}`),
      get: (id: string) => call<AdjudicationCase>('GET', `/adjudication-cases/${id}`),
      create: (b: In<typeof adjudicationCaseCreate>) =>
        call<AdjudicationCase>('POST', '/adjudication-cases', b),
      step: (id: string, b: In<typeof adjudicationStep>) =>
        call<AdjudicationCase>('POST', `/adjudication-cases/${id}/steps`, b),
      /** The decision document (a File keeps its name). */
      uploadDocument: async (id: string, file: Blob, filename?: string) => {
        const form = new FormData();
        form.set('file', file, filename ?? (file instanceof File ? file.name : 'decision.pdf'));
        const res = await doFetch(`${base}/api/adjudication-cases/${id}/document`, {
          method: 'POST',
          body: form,
          credentials: 'same-origin',
          headers: { Accept: 'application/json', ...opts.headers?.() },
        });
        if (!res.ok) throw await failure(res);
        return (await res.json()) as AdjudicationCase;
      },
      documentUrl: (id: string) => `${base}/api/adjudication-cases/${id}/document`,
    },
    serviceRequests: {
      create: (b: {
        kind: 'case-lead' | 'assistance' | 'coaching' | 'trademark';
        title: string;
        description: string;
      }) => call<ServiceRequest>('POST', '/service-requests', b),
      /** In the caller's scope, by kind, status, or only the overdue ones. */
      list: (q: { kind?: string; status?: ServiceRequest['status']; overdue?: 'true' | 'false' } = {}) =>
        call<{ items: ServiceRequest[] }>('GET', `/service-requests${qs(q)}`),
      get: (id: string) => call<ServiceRequestDetail>('GET', `/service-requests/${id}`),
      /** To an agency; workingDays defaults to the provision's requestHandleWithin. */
      assign: (id: string, agencyId: string, workingDays?: number) =>
        call<ServiceRequest>('POST', `/service-requests/${id}/assignment`, {
          agencyId,
          ...(workingDays === undefined ? {} : { workingDays }),
        }),
      reassign: (id: string, b: { agencyId: string; reason: string; workingDays?: number }) =>
        call<ServiceRequest>('POST', `/service-requests/${id}/reassignment`, b),
    },
    records: {
      create: (b: {
        kind: string;
        enterpriseId?: string;
        clientId?: string;
        data: Record<string, unknown>;
      }) => call<ProvisionRecord>('POST', '/records', b),
      list: (
        q: { kind?: string; year?: number; verification?: string; page?: number; pageSize?: number } = {},
      ) => call<{ items: ProvisionRecord[]; total: number }>('GET', `/records${qs(q)}`),
      get: (id: string) => call<ProvisionRecord>('GET', `/records/${id}`),
      amend: (id: string, data: Record<string, unknown>) =>
        call<ProvisionRecord>('PATCH', `/records/${id}`, { data }),
      close: (id: string, data: Record<string, unknown>) =>
        call<ProvisionRecord>('POST', `/records/${id}/close`, { data }),
      verify: (id: string, b: { decision: 'verified' | 'rejected'; note?: string }) =>
        call<ProvisionRecord>('POST', `/records/${id}/verification`, b),
      figures: (year: number) =>
        call<{ year: number; items: RecordFigure[] }>('GET', `/records/figures${qs({ year })}`),
    },
  };
}

export type HuiqiClient = ReturnType<typeof createClient>;
