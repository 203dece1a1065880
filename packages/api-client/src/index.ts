import type {
  applicationCreate,
  applicationDetail,
  applicationListQuery,
  applicationSchema,
  applicationUpdate,
  assessmentSchema,
  assessRequest,
  auditRowSchema,
  chainVerdictSchema,
  budgetCreate,
  budgetSchema,
  enterpriseListQuery,
  enterpriseRegistration,
  enterpriseSchema,
  enterpriseVerification,
  ipAssetCreate,
  ipAssetRecord,
  loginRequest,
  matchResponse,
  memberCreate,
  memberSchema,
  meResponse,
  reviewDecision,
  roundCreate,
  roundSchema,
} from '@huiqi/contracts';
import type { z } from 'zod';

// Classic or mini schemas alike (the domain's are zod/mini): both are core types.
type In<T extends z.core.$ZodType> = z.input<T>;
type Out<T extends z.core.$ZodType> = z.output<T>;
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
  kind: string;
  provision: string;
  title: string;
  description: string;
  status: 'open' | 'assigned' | 'in-progress' | 'closed';
  agencyId: string | null;
  outcome: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ServiceRecord {
  id: string;
  clientId: string | null;
  agencyId: string;
  enterpriseId: string;
  enterpriseName: string;
  provision: string;
  serviceType: string;
  servedOn: string;
  durationMinutes: number;
  participants: number;
  notes: string;
  requestId: string | null;
  photos: { id: string; size: number; mime: string }[];
  createdAt: string;
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

/** An error answered by the API: its HTTP status, stable code and messages in both languages. */
export class ApiClientError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageZh: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiClientError';
  }
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
 * A typed client over the Huiqi API for the apps. It knows the routes and the shapes of
 * @huiqi/contracts and nothing of the API's code.
 */
export function createClient(opts: ClientOptions = {}) {
  const base = opts.baseUrl ?? '';
  const doFetch = opts.fetch ?? ((...a: Parameters<typeof fetch>) => fetch(...a));

  async function call<T>(method: string, path: string, body?: unknown, extra: Record<string, string> = {}): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', ...opts.headers?.(), ...extra };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await doFetch(`${base}/api${path}`, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    const data = text ? JSON.parse(text) : undefined;
    if (!res.ok) {
      const e = data?.error ?? {};
      throw new ApiClientError(res.status, e.code ?? 'HTTP_ERROR', e.messageZh ?? res.statusText, e.message ?? res.statusText, e.details);
    }
    return data as T;
  }

  const qs = (q: Record<string, unknown> = {}) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
    const s = p.toString();
    return s ? `?${s}` : '';
  };

  return {
    auth: {
      login: (b: In<typeof loginRequest>) => call<Out<typeof meResponse>>('POST', '/auth/login', b),
      logout: () => call<{ ok: true }>('POST', '/auth/logout'),
      me: () => call<Out<typeof meResponse>>('GET', '/auth/me'),
      changePassword: (b: { currentPassword: string; newPassword: string }) => call<{ ok: true }>('POST', '/auth/password', b),
    },
    policy: {
      get: () => call<{ versions: unknown[] }>('GET', '/policy'),
      lpr: () => call<{ confirmedThrough: string; publications: { publishedOn: string; rate: string }[] }>('GET', '/lpr'),
      assess: (b: In<typeof assessRequest>) => call<Out<typeof assessmentSchema>>('POST', '/assess', b),
      addParameterValue: (b: { parameterId: string; effectiveFrom: string; value: string | null; note: string }) => call<{ ok: true }>('POST', '/policy/parameters', b),
      addLpr: (b: { publishedOn: string; rate: string; confirmedThrough?: string }) => call<{ ok: true }>('POST', '/lpr', b),
    },
    enterprises: {
      register: (b: In<typeof enterpriseRegistration>) => call<{ enterprise: Out<typeof enterpriseSchema>; me: Out<typeof meResponse> }>('POST', '/enterprises', b),
      list: (q: In<typeof enterpriseListQuery> = {}) => call<Page<Out<typeof enterpriseSchema>>>('GET', `/enterprises${qs(q)}`),
      get: (id: string) => call<Out<typeof enterpriseSchema>>('GET', `/enterprises/${id}`),
      verify: (id: string, b: In<typeof enterpriseVerification>) => call<Out<typeof enterpriseSchema>>('POST', `/enterprises/${id}/verification`, b),
      ipAssets: (id: string) => call<{ items: Out<typeof ipAssetRecord>[] }>('GET', `/enterprises/${id}/ip-assets`),
      addIpAsset: (id: string, b: In<typeof ipAssetCreate>) => call<Out<typeof ipAssetRecord>>('POST', `/enterprises/${id}/ip-assets`, b),
      removeIpAsset: (id: string, assetId: string) => call<{ ok: true }>('DELETE', `/enterprises/${id}/ip-assets/${assetId}`),
      matches: (id: string, fundingYear?: number) => call<Out<typeof matchResponse>>('GET', `/enterprises/${id}/matches${qs({ fundingYear })}`),
      members: (id: string) => call<{ items: Out<typeof memberSchema>[] }>('GET', `/enterprises/${id}/members`),
      addMember: (id: string, b: In<typeof memberCreate>) => call<Out<typeof memberSchema>>('POST', `/enterprises/${id}/members`, b),
      disableMember: (id: string, userId: string) => call<Out<typeof memberSchema>>('POST', `/enterprises/${id}/members/${userId}/disable`),
      enableMember: (id: string, userId: string) => call<Out<typeof memberSchema>>('POST', `/enterprises/${id}/members/${userId}/enable`),
    },
    rounds: {
      list: () => call<{ items: Out<typeof roundSchema>[] }>('GET', '/rounds'),
      create: (b: In<typeof roundCreate>) => call<Out<typeof roundSchema>>('POST', '/rounds', b),
    },
    applications: {
      create: (b: In<typeof applicationCreate>, idempotencyKey?: string) =>
        call<Out<typeof applicationSchema>>('POST', '/applications', b, idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}),
      list: (q: In<typeof applicationListQuery> = {}) => call<Page<Out<typeof applicationSchema>>>('GET', `/applications${qs(q)}`),
      get: (id: string) => call<Out<typeof applicationDetail>>('GET', `/applications/${id}`),
      update: (id: string, b: In<typeof applicationUpdate>) => call<Out<typeof applicationSchema>>('PATCH', `/applications/${id}`, b),
      submit: (id: string, version: number) => call<Out<typeof applicationSchema>>('POST', `/applications/${id}/submit`, { version }),
      withdraw: (id: string, version: number) => call<Out<typeof applicationSchema>>('POST', `/applications/${id}/withdraw`, { version }),
      review: (id: string, b: In<typeof reviewDecision>) => call<Out<typeof applicationSchema>>('POST', `/applications/${id}/reviews`, b),
    },
    budgets: {
      list: (year?: number) => call<{ items: Out<typeof budgetSchema>[] }>('GET', `/budgets${qs({ year })}`),
      create: (b: In<typeof budgetCreate>) => call<Out<typeof budgetSchema>>('POST', '/budgets', b),
    },
    users: {
      list: (q: { role?: string; q?: string } = {}) =>
        call<{ items: { id: string; username: string; displayName: string; role: string; areaCode: string | null; agencyId: string | null; agencyName: string | null; disabled: boolean; lockedUntil: string | null; createdAt: string }[] }>('GET', `/users${qs(q)}`),
      create: (b: { username: string; displayName: string; role: 'city-admin' | 'region-admin' | 'auditor' | 'agency'; areaCode?: string; agencyId?: string; password: string }) => call<{ id: string }>('POST', '/users', b),
      setDisabled: (id: string, disabled: boolean) => call<{ id: string; disabled: boolean }>('POST', `/users/${id}/${disabled ? 'disable' : 'enable'}`),
      unlock: (id: string) => call<{ id: string; username: string; lockedUntil: string | null }>('POST', `/users/${id}/unlock`),
      agencies: () => call<{ items: { id: string; name: string; kind: string; areaCode: string }[] }>('GET', '/agencies'),
    },
    imports: {
      /** mode none: check only; all: import only if every row is good; good: import the good rows. */
      upload: async (kind: 'recognitions' | 'srdi-list', file: Blob, mode: 'none' | 'all' | 'good') => {
        const form = new FormData();
        form.set('file', file, 'import.xlsx');
        const res = await doFetch(`${base}/api/imports/${kind}${qs({ commit: mode })}`, { method: 'POST', body: form, credentials: 'same-origin', headers: { Accept: 'application/json', ...opts.headers?.() } });
        const data = await res.json();
        if (!res.ok) throw new ApiClientError(res.status, data?.error?.code ?? 'HTTP_ERROR', data?.error?.messageZh ?? res.statusText, data?.error?.message ?? res.statusText, data?.error?.details);
        return data as { kind: string; rows: number; good: number; bad: number; problems: { row: number; column: string; zh: string; en: string }[]; committed: boolean; imported: number };
      },
    },
    exports: {
      enterprisesUrl: (q: { status?: string; areaCode?: string } = {}) => `${base}/api/enterprises.xlsx${qs(q)}`,
    },
    quotas: {
      list: (year?: number) => call<{ items: { id: string; provision: string; year: number; kind: string; target: number; used: number }[] }>('GET', `/quotas${qs({ year })}`),
      create: (b: { provision: string; year: number }) => call<{ id: string; provision: string; year: number; kind: string; target: number; used: number }>('POST', '/quotas', b),
      addMember: (id: string, b: { enterpriseId: string; overrideReason?: string }) => call<unknown>('POST', `/quotas/${id}/members`, b),
    },
    station: {
      lookup: (q: string) => call<{ items: { id: string; name: string; creditCode: string; areaCode: string }[] }>('GET', `/agency/enterprises${qs({ q })}`),
      record: (b: { clientId: string; enterpriseId: string; serviceType: string; servedOn: string; durationMinutes: number; participants: number; notes?: string; requestId?: string }) => call<ServiceRecord>('POST', '/service-records', b),
      records: (q: { year?: number; page?: number; pageSize?: number } = {}) => call<{ items: ServiceRecord[]; total: number }>('GET', `/service-records${qs(q)}`),
      photo: async (recordId: string, photo: Blob, clientId: string) => {
        const form = new FormData();
        form.set('file', photo, 'photo.jpg');
        form.set('clientId', clientId);
        const res = await doFetch(`${base}/api/service-records/${recordId}/photos`, { method: 'POST', body: form, credentials: 'same-origin', headers: { Accept: 'application/json', ...opts.headers?.() } });
        const data = await res.json();
        if (!res.ok) throw new ApiClientError(res.status, data?.error?.code ?? 'HTTP_ERROR', data?.error?.messageZh ?? res.statusText, data?.error?.message ?? res.statusText, data?.error?.details);
        return data as { id: string; size: number; mime: string };
      },
      targets: (year: number) =>
        call<{ year: number; agency: { id: string; name: string; kind: string }; items: { provision: string; target: number | null; served: number; records: number; byMonth: number[] }[] }>('GET', `/agency/targets${qs({ year })}`),
      events: () => call<{ items: ServiceEvent[] }>('GET', '/agency/events'),
      /** What the outbox failed to send since the last report (counted in the server's /metrics). */
      reportSyncErrors: (errors: { kind: 'refused' | 'offline' | 'signed-out' | 'server'; code: string; count: number }[]) => call<{ counted: number }>('POST', '/agency/sync-errors', { errors }),
      createEvent: (b: { clientId: string; kind: string; title: string; heldOn: string; place: string; enterpriseIds: string[] }) => call<ServiceEvent>('POST', '/agency/events', b),
      workers: () => call<{ items: { id: string; username: string; displayName: string; agencyAdmin: boolean; disabled: boolean; createdAt: string }[] }>('GET', '/agency/workers'),
      addWorker: (b: { username: string; displayName: string; password: string; agencyAdmin?: boolean }) => call<{ id: string }>('POST', '/agency/workers', b),
      disableWorker: (id: string) => call<{ id: string }>('POST', `/agency/workers/${id}/disable`),
      act: (requestId: string, step: 'accept' | 'progress' | 'close', note: string) => call<ServiceRequest>('POST', `/service-requests/${requestId}/${step}`, { note }),
      requestEvents: (requestId: string) => call<{ items: { id: string; kind: string; note: string; by: string; createdAt: string }[] }>('GET', `/service-requests/${requestId}/events`),
    },
    serviceRequests: {
      create: (b: { kind: 'case-lead' | 'assistance' | 'coaching' | 'trademark'; title: string; description: string }) => call<ServiceRequest>('POST', '/service-requests', b),
      list: () => call<{ items: ServiceRequest[] }>('GET', '/service-requests'),
      assign: (id: string, agencyId: string) => call<ServiceRequest>('POST', `/service-requests/${id}/assignment`, { agencyId }),
    },
    notifications: {
      list: () => call<{ items: { id: number; at: string; action: string; applicationId: string; provision: string; status: string | null; comment: string | null }[] }>('GET', '/notifications'),
    },
    notices: {
      publish: (b: { title: string; applicationIds: string[]; objectionChannel: string; days?: number }) => call<{ id: string }>('POST', '/notices', b),
      disburse: (applicationId: string, b: { paidOn: string; amount: string; voucherNo: string }) => call<unknown>('POST', `/applications/${applicationId}/disbursements`, b),
      clawback: (applicationId: string, b: { paidOn: string; amount: string; voucherNo: string; reason: string }) => call<unknown>('POST', `/applications/${applicationId}/clawbacks`, b),
      list: () =>
        call<{ items: { id: string; title: string; publishedAt: string; closesAt: string; objectionChannel: string; items: { applicationId: string; enterpriseName: string; creditCode: string; provision: string; amount: string }[] }[] }>('GET', '/notices'),
    },
    audit: {
      list: (q: Record<string, string | number> = {}) => call<Page<Out<typeof auditRowSchema>>>('GET', `/audit${qs(q)}`),
      verify: () => call<Out<typeof chainVerdictSchema>>('GET', '/audit/verify'),
    },
    reports: {
      overview: (fundingYear: number) =>
        call<{
          fundingYear: number;
          byStatus: { status: string; count: number; assessed: string; approved: string }[];
          byProvision: { provision: string; count: number; assessed: string; approved: string }[];
          byArea: { areaCode: string; count: number; assessed: string; approved: string }[];
        }>('GET', `/reports/overview${qs({ fundingYear })}`),
      scorecard: (fundingYear: number) =>
        call<{
          fundingYear: number;
          areas: { areaCode: string; claims: number; granted: string; paid: string; services: number; enterprisesServed: number }[];
          measures: { provision: string; kind: string; target: number; achieved: number; met: boolean; areas: { areaCode: string; achieved: number; share: string }[] }[];
        }>('GET', `/reports/scorecard${qs({ fundingYear })}`),
      /** The URL of the scorecard workbook (a download, not JSON). */
      scorecardXlsxUrl: (fundingYear: number) => `${base}/api/reports/scorecard.xlsx${qs({ fundingYear })}`,
      simulationPool: (fundingYear: number) =>
        call<{ items: { id: string; enterpriseId: string; areaCode: string; provision: string; status: string; claim: Record<string, unknown>; fundingYear: number; asOf: string }[]; truncated: boolean }>(
          'GET',
          `/reports/simulation-pool${qs({ fundingYear })}`,
        ),
    },
    health: () => call<{ status: string }>('GET', '/health'),
  };
}

export type HuiqiClient = ReturnType<typeof createClient>;
