import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { created, id, money, ref, ts, updated } from './columns.js';

import { CLAIM_STATUSES, ROLES } from '@huiqi/contracts';

// The vocabularies are the contracts' own: one list for the database, the API and the apps.
export { CLAIM_STATUSES, ROLES };
export type Role = (typeof ROLES)[number];

// Messages to people (the notification centre and text messages) are kept in their own file.
export * from './schema-notifications.js';
// 好差评: ratings of ended claims and service requests, and the cities' follow-ups.
export * from './schema-ratings.js';
// M5.2 open licensing: offers and interests.
export * from './schema-open-licensing.js';

export const enterprises = pgTable(
  'enterprises',
  {
    id: id(),
    creditCode: text('credit_code').notNull(),
    name: text('name').notNull(),
    areaCode: text('area_code').notNull(),
    industry: text('industry').notNull(),
    /** What the enterprise declares; `srdiVerified` says whether an admin checked it. */
    srdiLevel: text('srdi_level').notNull(),
    srdiVerified: boolean('srdi_verified').notNull().default(false),
    status: text('status').notNull().default('pending'),
    verifiedAt: ts('verified_at'),
    verifiedBy: uuid('verified_by'),
    contactName: text('contact_name').notNull(),
    contactPhone: text('contact_phone').notNull(),
    createdAt: created(),
  },
  (t) => [
    uniqueIndex('enterprises_credit_code_uq').on(t.creditCode),
    index('enterprises_area_idx').on(t.areaCode),
    check('enterprises_status_ck', sql`${t.status} in ('pending','verified','rejected')`),
    check('enterprises_srdi_ck', sql`${t.srdiLevel} in ('none','provincial','little-giant')`),
  ],
);

export const agencies = pgTable('agencies', {
  id: id(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  areaCode: text('area_code').notNull(),
  /** 统一社会信用代码, shown on the public notice when the agency is paid (M11.1). */
  creditCode: text('credit_code'),
  createdAt: created(),
});

export const users = pgTable(
  'users',
  {
    id: id(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role').$type<Role>().notNull(),
    enterpriseId: uuid('enterprise_id').references(() => enterprises.id),
    agencyId: uuid('agency_id').references(() => agencies.id),
    /** city-admin: the city (or NINGDONG) they act for. */
    areaCode: text('area_code'),
    /** Failed sign-ins from all sources (reserved before each password check, so a burst cannot overrun it). */
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: ts('locked_until'),
    /** Raised by an administrator's unlock: the per-source login counters are keyed by it, so all of them start afresh. */
    loginEpoch: integer('login_epoch').notNull().default(0),
    disabled: boolean('disabled').notNull().default(false),
    /** An agency worker who manages the agency's other workers. */
    agencyAdmin: boolean('agency_admin').notNull().default(false),
    /** An enterprise user who manages the enterprise's members (the founding account is one; there is always one active). */
    enterpriseAdmin: boolean('enterprise_admin').notNull().default(false),
    createdAt: created(),
  },
  (t) => [
    uniqueIndex('users_username_uq').on(sql`lower(${t.username})`),
    check(
      'users_role_ck',
      sql`${t.role} in ('enterprise','agency','city-admin','region-admin','auditor','industry-dept')`,
    ),
    check(
      'users_scope_ck',
      sql`(${t.role} <> 'enterprise' or ${t.enterpriseId} is not null) and (${t.role} <> 'agency' or ${t.agencyId} is not null) and (${t.role} <> 'city-admin' or ${t.areaCode} is not null)`,
    ),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    id: id(),
    /** sha256 of the token; the token itself is never stored. */
    tokenHash: text('token_hash').notNull(),
    userId: ref('user_id', () => users.id),
    createdAt: created(),
    lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
    expiresAt: ts('expires_at').notNull(),
    revokedAt: ts('revoked_at'),
  },
  (t) => [uniqueIndex('sessions_token_uq').on(t.tokenHash), index('sessions_user_idx').on(t.userId)],
);

/** A reviewer who may not decide for an enterprise (a relative, a former employer…). */
export const reviewerConflicts = pgTable(
  'reviewer_conflicts',
  {
    userId: ref('user_id', () => users.id),
    enterpriseId: ref('enterprise_id', () => enterprises.id),
    reason: text('reason').notNull(),
    createdAt: created(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.enterpriseId] })],
);

export const fundingRounds = pgTable(
  'funding_rounds',
  {
    id: id(),
    year: integer('year').notNull(),
    name: text('name').notNull(),
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    closesOn: date('closes_on', { mode: 'string' }).notNull(),
    provisions: text('provisions').array().notNull(),
    createdAt: created(),
  },
  (t) => [check('rounds_dates_ck', sql`${t.closesOn} >= ${t.opensOn}`)],
);

export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const claims = pgTable(
  'claims',
  {
    id: id(),
    /** The applicant: an enterprise, or a service agency for the provisions paid to agencies (M11.1) — exactly one. */
    enterpriseId: uuid('enterprise_id').references(() => enterprises.id),
    agencyId: uuid('agency_id').references(() => agencies.id),
    roundId: ref('round_id', () => fundingRounds.id),
    provision: text('provision').notNull(),
    status: text('status').$type<ClaimStatus>().notNull().default('draft'),
    claim: jsonb('claim').notNull(),
    /** Frozen at submission with the policy version and parameters it used. */
    assessment: jsonb('assessment'),
    assessedAmount: money('assessed_amount'),
    approvedAmount: money('approved_amount'),
    amountReason: text('amount_reason'),
    areaCode: text('area_code').notNull(),
    fundingYear: integer('funding_year').notNull(),
    submittedAt: ts('submitted_at'),
    /** 办件编号, given at the first submission by next_case_no() (migration 0009): "640100-2026-000123". */
    caseNo: text('case_no'),
    /** 承诺时限: the promised working days (the provision's guide) and the date they end, set at each submission; null when the calendar does not reach it yet. */
    promisedWorkingDays: integer('promised_working_days'),
    dueOn: date('due_on', { mode: 'string' }),
    /** 'proactive': pre-filled by officials from an imported list (免申即享), for the enterprise to confirm. */
    origin: text('origin').notNull().default('enterprise'),
    version: integer('version').notNull().default(1),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    index('claims_enterprise_idx').on(t.enterpriseId),
    index('claims_agency_idx').on(t.agencyId),
    check('claims_applicant_ck', sql`(${t.enterpriseId} is null) <> (${t.agencyId} is null)`),
    index('claims_status_idx').on(t.status, t.areaCode),
    index('claims_list_idx').on(t.createdAt, t.id),
    check(
      'claims_amounts_ck',
      sql`coalesce(${t.approvedAmount}, 0) >= 0 and coalesce(${t.assessedAmount}, 0) >= 0`,
    ),
    check('claims_origin_ck', sql`${t.origin} in ('enterprise','proactive')`),
    index('claims_amount_idx').on(t.assessedAmount, t.id),
    index('claims_submitted_idx').on(t.submittedAt, t.id),
    uniqueIndex('claims_case_no_uq').on(t.caseNo),
    index('claims_due_idx').on(t.dueOn, t.id),
  ],
);

export const reviews = pgTable('reviews', {
  id: id(),
  claimId: ref('claim_id', () => claims.id),
  stage: text('stage').notNull(),
  decision: text('decision').notNull(),
  comment: text('comment').notNull(),
  /** 退回补正: every item to fix, told at once (一次性告知). */
  fixItems: jsonb('fix_items').$type<string[]>(),
  /** 退回补正 at the claim's fields and the guide's materials, each with its reason. */
  issues: jsonb('issues').$type<{
    fields: { field: string; reason: string }[];
    materials: { material: number; reason: string }[];
  }>(),
  amount: money('amount'),
  reviewerId: ref('reviewer_id', () => users.id),
  createdAt: created(),
});

export const attachments = pgTable(
  'attachments',
  {
    id: id(),
    claimId: ref('claim_id', () => claims.id),
    filename: text('filename').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    uploadedBy: ref('uploaded_by', () => users.id),
    createdAt: created(),
  },
  (t) => [index('attachments_claim_idx').on(t.claimId)],
);

/**
 * A navigation project's result (M4.2 专利导航报告): the report, a file in the evidence store, and
 * its summary, filed by the applicant once the project is approved. One per project.
 */
export const navigationReports = pgTable('navigation_reports', {
  id: id(),
  claimId: ref('claim_id', () => claims.id).unique(),
  summary: text('summary').notNull(),
  filename: text('filename').notNull(),
  mime: text('mime').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  filedBy: ref('filed_by', () => users.id),
  createdAt: created(),
});

/** Budget envelopes per provision and year; the counters always equal their ledger. */
export const budgets = pgTable(
  'budgets',
  {
    id: id(),
    provision: text('provision').notNull(),
    year: integer('year').notNull(),
    total: money('total').notNull(),
    reserved: money('reserved').notNull().default('0'),
    posted: money('posted').notNull().default('0'),
    createdAt: created(),
  },
  (t) => [
    uniqueIndex('budgets_provision_year_uq').on(t.provision, t.year),
    check(
      'budgets_invariant_ck',
      sql`${t.reserved} >= 0 and ${t.posted} >= 0 and ${t.reserved} + ${t.posted} <= ${t.total}`,
    ),
  ],
);

export const budgetLedger = pgTable(
  'budget_ledger',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    budgetId: ref('budget_id', () => budgets.id),
    claimId: uuid('claim_id').references(() => claims.id),
    op: text('op').notNull(),
    amount: money('amount').notNull(),
    requestId: text('request_id'),
    createdAt: created(),
  },
  (t) => [
    index('budget_ledger_budget_idx').on(t.budgetId),
    check('budget_ledger_op_ck', sql`${t.op} in ('reserve','post','void','reverse')`),
    check('budget_ledger_amount_ck', sql`${t.amount} > 0`),
  ],
);

/** Count quotas of distinct enterprises a year (M2.1, M2.2, M3.1, M6.1, M8.1, M8.2). */
export const countQuotas = pgTable(
  'count_quotas',
  {
    id: id(),
    provision: text('provision').notNull(),
    year: integer('year').notNull(),
    kind: text('kind').notNull(),
    target: integer('target').notNull(),
    used: integer('used').notNull().default(0),
    createdAt: created(),
  },
  (t) => [
    uniqueIndex('count_quotas_provision_year_uq').on(t.provision, t.year),
    check('count_quotas_kind_ck', sql`${t.kind} in ('count-target','count-approx','count-cap')`),
    check('count_quotas_cap_ck', sql`${t.kind} <> 'count-cap' or ${t.used} <= ${t.target}`),
    check('count_quotas_used_ck', sql`${t.used} >= 0`),
  ],
);

export const quotaMembers = pgTable(
  'quota_members',
  {
    quotaId: ref('quota_id', () => countQuotas.id),
    enterpriseId: ref('enterprise_id', () => enterprises.id),
    overrideReason: text('override_reason'),
    addedBy: uuid('added_by').references(() => users.id),
    createdAt: created(),
  },
  (t) => [primaryKey({ columns: [t.quotaId, t.enterpriseId] })],
);

export const notices = pgTable('notices', {
  id: id(),
  title: text('title').notNull(),
  publishedAt: ts('published_at').notNull(),
  closesAt: ts('closes_at').notNull(),
  objectionChannel: text('objection_channel').notNull(),
  createdBy: ref('created_by', () => users.id),
  createdAt: created(),
});

export const noticeItems = pgTable(
  'notice_items',
  {
    noticeId: ref('notice_id', () => notices.id),
    claimId: ref('claim_id', () => claims.id),
  },
  (t) => [primaryKey({ columns: [t.noticeId, t.claimId] })],
);

/** Payments and their corrections: a clawback is a negative correcting entry, never an edit. */
export const disbursements = pgTable(
  'disbursements',
  {
    id: id(),
    claimId: ref('claim_id', () => claims.id),
    kind: text('kind').notNull(),
    paidOn: date('paid_on', { mode: 'string' }).notNull(),
    amount: money('amount').notNull(),
    voucherNo: text('voucher_no').notNull(),
    reason: text('reason'),
    createdBy: ref('created_by', () => users.id),
    createdAt: created(),
  },
  (t) => [
    check('disbursements_kind_ck', sql`${t.kind} in ('payment','clawback')`),
    check(
      'disbursements_sign_ck',
      sql`(${t.kind} = 'payment' and ${t.amount} > 0) or (${t.kind} = 'clawback' and ${t.amount} < 0)`,
    ),
  ],
);

/** Administrators' dated parameter values, laid over the built-in policy (never an overwrite). */
export const parameterValues = pgTable(
  'parameter_values',
  {
    parameterId: text('parameter_id').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    value: text('value'),
    note: text('note').notNull(),
    createdBy: ref('created_by', () => users.id),
    createdAt: created(),
  },
  (t) => [primaryKey({ columns: [t.parameterId, t.effectiveFrom] })],
);

export const lprPublications = pgTable('lpr_publications', {
  publishedOn: date('published_on', { mode: 'string' }).primaryKey(),
  rate: text('rate').notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: created(),
});

export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: updated(),
});

export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: uuid('user_id').notNull(),
    key: text('key').notNull(),
    route: text('route').notNull(),
    requestHash: text('request_hash').notNull(),
    /** Filled in the transaction that reserved the key (others never see it empty: the row commits with its result). */
    status: integer('status'),
    body: jsonb('body'),
    createdAt: created(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);

/**
 * Rate-limit and login-throttle counters, shared by every API process on one PostgreSQL: the table
 * rate-limiter-flexible's PostgreSQL store reads and writes (its layout; `expire` in epoch ms). Keys are
 * hashes, so the usernames people mistype (passwords, often) are not kept.
 */
export const rateLimits = pgTable('rate_limits', {
  key: varchar('key', { length: 255 }).primaryKey(),
  points: integer('points').notNull().default(0),
  expire: bigint('expire', { mode: 'number' }),
});

/**
 * Append-only audit trail; the database refuses UPDATE and DELETE (see migrations). A row is written
 * in its business transaction with the hash of its own content; the sealer (lib/audit-sealer.ts)
 * links committed rows, in id order, into the hash chain and records each batch in audit_checkpoints.
 * Rows written before sealing existed carry their chain link in prev_hash/hash instead.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: ts('at').notNull(),
    actorId: uuid('actor_id'),
    actorRole: text('actor_role'),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    /** sha256 of the row's canonical content, computed in the writing transaction. */
    contentHash: text('content_hash'),
    /** The in-row chain link of rows written before sealing (null since). */
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [index('audit_target_idx').on(t.targetType, t.targetId), index('audit_at_idx').on(t.at)],
);

/**
 * One sealed batch of audit rows: every id in (previous lastId, lastId] is final (committed or never
 * will be). `hash` is the chain head after folding the batch's content hashes onto `prevHash` in id
 * order; `merkleRoot` is the RFC 6962 tree head of the same content hashes. Append-only, and `seq`
 * is the primary key, so two sealers can never fork the chain: the second insert of a seq fails.
 */
export const auditCheckpoints = pgTable('audit_checkpoints', {
  seq: integer('seq').primaryKey(),
  firstId: bigint('first_id', { mode: 'number' }).notNull(),
  lastId: bigint('last_id', { mode: 'number' }).notNull(),
  rows: integer('rows').notNull(),
  merkleRoot: text('merkle_root').notNull(),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
  sealedAt: ts('sealed_at').notNull().defaultNow(),
});

/** Work recorded by service agencies for the non-monetary measures (M2.2, M3.1, M8.1, M9–M12…). */
export const serviceRecords = pgTable(
  'service_records',
  {
    id: id(),
    agencyId: ref('agency_id', () => agencies.id),
    enterpriseId: ref('enterprise_id', () => enterprises.id),
    provision: text('provision').notNull(),
    serviceType: text('service_type').notNull(),
    servedOn: date('served_on', { mode: 'string' }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    participants: integer('participants').notNull(),
    notes: text('notes').notNull().default(''),
    /** The id the station gave the record on the phone: a retried upload finds it instead of adding it twice. */
    clientId: uuid('client_id'),
    /** A service done in answer to an enterprise's request. */
    requestId: uuid('request_id'),
    createdBy: ref('created_by', () => users.id),
    createdAt: created(),
  },
  (t) => [
    index('service_records_agency_idx').on(t.agencyId, t.servedOn),
    index('service_records_enterprise_idx').on(t.enterpriseId),
    uniqueIndex('service_records_client_uq').on(t.agencyId, t.clientId),
    check(
      'service_records_numbers_ck',
      sql`${t.durationMinutes} between 1 and 1440 and ${t.participants} between 1 and 10000`,
    ),
  ],
);

/** Photos taken at a service (compressed on the phone), stored by content hash like evidence. */
export const servicePhotos = pgTable(
  'service_photos',
  {
    id: id(),
    recordId: ref('record_id', () => serviceRecords.id),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    clientId: uuid('client_id'),
    createdBy: ref('created_by', () => users.id),
    createdAt: created(),
  },
  (t) => [uniqueIndex('service_photos_client_uq').on(t.recordId, t.clientId)],
);

/** What happened to a service request: accepted, progress notes, closed with an outcome. */
export const serviceRequestEvents = pgTable(
  'service_request_events',
  {
    id: id(),
    requestId: ref('request_id', () => serviceRequests.id),
    kind: text('kind').notNull(),
    note: text('note').notNull(),
    createdBy: ref('created_by', () => users.id),
    createdAt: created(),
  },
  (t) => [
    index('service_request_events_request_idx').on(t.requestId),
    check('service_request_events_kind_ck', sql`${t.kind} in ('accepted','progress','closed')`),
  ],
);

/** Matchmaking and campaign events (M5.2, M11.2) with the enterprises that attended. */
export const serviceEvents = pgTable(
  'service_events',
  {
    id: id(),
    agencyId: ref('agency_id', () => agencies.id),
    kind: text('kind').notNull(),
    provision: text('provision').notNull(),
    title: text('title').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    place: text('place').notNull(),
    clientId: uuid('client_id'),
    createdBy: ref('created_by', () => users.id),
    createdAt: created(),
  },
  (t) => [uniqueIndex('service_events_client_uq').on(t.agencyId, t.clientId)],
);

export const serviceEventAttendees = pgTable(
  'service_event_attendees',
  {
    eventId: ref('event_id', () => serviceEvents.id),
    enterpriseId: ref('enterprise_id', () => enterprises.id),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.enterpriseId] })],
);

/** What enterprises ask of the non-monetary measures; the region assigns each to an agency. */
export const serviceRequests = pgTable(
  'service_requests',
  {
    id: id(),
    enterpriseId: ref('enterprise_id', () => enterprises.id),
    kind: text('kind').notNull(),
    provision: text('provision').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    status: text('status').notNull().default('open'),
    agencyId: uuid('agency_id').references(() => agencies.id),
    /** The current assignment: its day (China time), the working days given, the last day of them (null past the calendar). */
    assignedOn: date('assigned_on', { mode: 'string' }),
    handleWorkingDays: integer('handle_working_days'),
    dueOn: date('due_on', { mode: 'string' }),
    outcome: text('outcome'),
    createdBy: ref('created_by', () => users.id),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    index('service_requests_enterprise_idx').on(t.enterpriseId),
    index('service_requests_agency_idx').on(t.agencyId, t.status),
    check('service_requests_kind_ck', sql`${t.kind} in ('case-lead','assistance','coaching','trademark')`),
    check('service_requests_status_ck', sql`${t.status} in ('open','assigned','in-progress','closed')`),
    check(
      'service_requests_handle_days_ck',
      sql`${t.handleWorkingDays} is null or ${t.handleWorkingDays} between 1 and 120`,
    ),
  ],
);

/**
 * M9.1 information sharing: the official SRDI (专精特新) and "little giant" (小巨人) lists as
 * imported, kept per year: one row per enterprise and year (a later import of the same year
 * replaces its level and name).
 */
export const srdiListEntries = pgTable(
  'srdi_list_entries',
  {
    id: id(),
    year: integer('year').notNull(),
    level: text('level').notNull(),
    creditCode: text('credit_code').notNull(),
    name: text('name').notNull(),
    enterpriseId: ref('enterprise_id', () => enterprises.id),
    importedBy: ref('imported_by', () => users.id),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('srdi_list_entries_year_code_uq').on(t.year, t.creditCode),
    index('srdi_list_entries_enterprise_idx').on(t.enterpriseId),
    check('srdi_list_entries_level_ck', sql`${t.level} in ('provincial','little-giant')`),
    check('srdi_list_entries_year_ck', sql`${t.year} between 2000 and 2100`),
  ],
);

/** Every assignment of a request to an agency, in order: the first, and each reassignment with its reason. */
export const serviceRequestAssignments = pgTable(
  'service_request_assignments',
  {
    id: id(),
    requestId: ref('request_id', () => serviceRequests.id),
    agencyId: ref('agency_id', () => agencies.id),
    /** The agency it was taken from (null for the first assignment). */
    fromAgencyId: uuid('from_agency_id').references(() => agencies.id),
    assignedOn: date('assigned_on', { mode: 'string' }).notNull(),
    workingDays: integer('working_days').notNull(),
    dueOn: date('due_on', { mode: 'string' }),
    /** Why it was taken from the previous agency (a reassignment only). */
    reason: text('reason'),
    createdBy: ref('created_by', () => users.id),
    createdAt: created(),
  },
  (t) => [
    index('service_request_assignments_request_idx').on(t.requestId),
    check('service_request_assignments_days_ck', sql`${t.workingDays} between 1 and 120`),
    check('service_request_assignments_reason_ck', sql`(${t.fromAgencyId} is null) = (${t.reason} is null)`),
  ],
);

/**
 * What an enterprise holds that Part 1 pays for (titles, patent awards, grants abroad), as it
 * declares it in its profile. Policy matching reads these; a claim still carries its own evidence.
 */
export const enterpriseIpAssets = pgTable(
  'enterprise_ip_assets',
  {
    id: id(),
    enterpriseId: ref('enterprise_id', () => enterprises.id),
    kind: text('kind').notNull(),
    /** Recognized, awarded or granted on. */
    date: date('date', { mode: 'string' }).notNull(),
    number: text('number'),
    jurisdiction: text('jurisdiction'),
    /** The number as the per-item rule compares it (itemKey): the same patent is recorded once. */
    itemKey: text('item_key').notNull(),
    createdBy: ref('created_by', () => users.id),
    createdAt: created(),
  },
  (t) => [
    uniqueIndex('enterprise_ip_assets_uq').on(t.enterpriseId, t.kind, t.itemKey),
    check(
      'enterprise_ip_assets_kind_ck',
      sql`${t.kind} in ('national-demonstration','national-advantage','regional-pilot','patent-gold','patent-silver','patent-excellence','foreign-patent','foreign-trademark')`,
    ),
  ],
);

/**
 * Records kept under the provisions (graded assessments, products, funds, cases, loans…): one
 * table for every kind the policy declares (`records` of a provision), the data checked against
 * the kind's fields by the domain. Scoped by its enterprise, agency and area; counted by its year.
 */
export const provisionRecords = pgTable(
  'provision_records',
  {
    id: id(),
    kind: text('kind').notNull(),
    provision: text('provision').notNull(),
    /** The enterprise the record is about (kinds whose subject is an enterprise). */
    enterpriseId: uuid('enterprise_id').references(() => enterprises.id),
    /** The area it belongs to: its enterprise's, else the recorder's; null = region-wide. */
    areaCode: text('area_code'),
    /** Who keeps it: an enterprise, an agency, a city or the region (the recorder's party). */
    recorder: text('recorder').notNull(),
    agencyId: uuid('agency_id').references(() => agencies.id),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    /** The year of the kind's date field (null until a closing kind fills it). */
    year: integer('year'),
    closedAt: ts('closed_at'),
    /** Kinds verified by a city or the region: pending → verified | rejected; null for the others. */
    verification: text('verification'),
    verificationNote: text('verification_note'),
    verifiedBy: uuid('verified_by').references(() => users.id),
    verifiedAt: ts('verified_at'),
    /** The id a phone gave the record: a retried upload finds it instead of adding it twice. */
    clientId: uuid('client_id'),
    createdBy: ref('created_by', () => users.id),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    index('provision_records_kind_idx').on(t.kind, t.year),
    index('provision_records_enterprise_idx').on(t.enterpriseId),
    index('provision_records_area_idx').on(t.areaCode),
    uniqueIndex('provision_records_client_uq').on(t.createdBy, t.clientId),
    check('provision_records_recorder_ck', sql`${t.recorder} in ('enterprise','agency','city','region')`),
    check(
      'provision_records_verification_ck',
      sql`${t.verification} is null or ${t.verification} in ('pending','verified','rejected')`,
    ),
  ],
);

/**
 * M9.3: the IP office's register of patent infringement disputes brought for administrative
 * adjudication. Each party is an enterprise of the registry where it is one (its id), else a name
 * with an optional credit code. Its time limits are computed from these dates and the provision's
 * parameters (never stored); the decision document is an evidence file (by SHA-256).
 */
export const adjudicationCases = pgTable(
  'adjudication_cases',
  {
    id: id(),
    caseNo: text('case_no').notNull(),
    /** The office that handles it: a city (or NINGDONG), or the region's own (640000). */
    areaCode: text('area_code').notNull(),
    requesterEnterpriseId: uuid('requester_enterprise_id').references(() => enterprises.id),
    requesterName: text('requester_name').notNull(),
    requesterCreditCode: text('requester_credit_code'),
    respondentEnterpriseId: uuid('respondent_enterprise_id').references(() => enterprises.id),
    respondentName: text('respondent_name').notNull(),
    respondentCreditCode: text('respondent_credit_code'),
    patentNumber: text('patent_number').notNull(),
    patentTitle: text('patent_title').notNull(),
    /** 涉案权利要求 */
    assertedClaims: text('asserted_claims').notNull(),
    /** 请求事项 */
    requests: text('requests').notNull(),
    status: text('status').notNull().default('received'),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    acceptedOn: date('accepted_on', { mode: 'string' }),
    refusedOn: date('refused_on', { mode: 'string' }),
    refusalReason: text('refusal_reason'),
    servedOn: date('served_on', { mode: 'string' }),
    hearingOn: date('hearing_on', { mode: 'string' }),
    hearingNotifiedOn: date('hearing_notified_on', { mode: 'string' }),
    extended: boolean('extended').notNull().default(false),
    extensionReason: text('extension_reason'),
    closedOn: date('closed_on', { mode: 'string' }),
    outcome: text('outcome'),
    decisionSummary: text('decision_summary'),
    documentSha256: text('document_sha256'),
    documentFilename: text('document_filename'),
    documentMime: text('document_mime'),
    documentSize: integer('document_size'),
    createdBy: ref('created_by', () => users.id),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('adjudication_cases_no_uq').on(t.caseNo),
    index('adjudication_cases_area_idx').on(t.areaCode, t.status),
    index('adjudication_cases_requester_idx').on(t.requesterEnterpriseId),
    index('adjudication_cases_respondent_idx').on(t.respondentEnterpriseId),
    check('adjudication_cases_status_ck', sql`${t.status} in ('received','accepted','refused','closed')`),
    check(
      'adjudication_cases_outcome_ck',
      sql`${t.outcome} is null or ${t.outcome} in ('infringement','no-infringement','mediated','withdrawn')`,
    ),
  ],
);

/**
 * M2.1 专利优先审查推荐: one application an enterprise a year (a returned one is corrected and sent
 * again), its city's check, the region's rank and decision. The industry is the one the enterprise
 * names; whether it is a focus industry of M2 is kept as decided at submission (it orders the
 * region's list, it is not a condition).
 */
export const priorityExamApplications = pgTable(
  'priority_exam_applications',
  {
    id: id(),
    year: integer('year').notNull(),
    enterpriseId: ref('enterprise_id', () => enterprises.id),
    areaCode: text('area_code').notNull(),
    applicationNumbers: jsonb('application_numbers').$type<string[]>().notNull(),
    patentTitle: text('patent_title').notNull(),
    technicalField: text('technical_field').notNull(),
    industry: text('industry').notNull(),
    focusIndustry: boolean('focus_industry').notNull(),
    reason: text('reason').notNull(),
    status: text('status').notNull().default('submitted'),
    checkReason: text('check_reason'),
    checkedBy: uuid('checked_by').references(() => users.id),
    checkedAt: ts('checked_at'),
    /** The region's order among the year's passed applications (1 first); null until ranked. */
    rank: integer('rank'),
    decisionReason: text('decision_reason'),
    /** Why it was recommended past "about N" (the count and its tolerance). */
    overReason: text('over_reason'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: ts('decided_at'),
    createdBy: ref('created_by', () => users.id),
    submittedAt: ts('submitted_at').notNull().defaultNow(),
    createdAt: created(),
  },
  (t) => [
    uniqueIndex('priority_exam_enterprise_year_uq').on(t.enterpriseId, t.year),
    index('priority_exam_area_idx').on(t.areaCode, t.year),
    index('priority_exam_year_status_idx').on(t.year, t.status),
    check(
      'priority_exam_status_ck',
      sql`${t.status} in ('submitted','returned','passed','recommended','not-recommended')`,
    ),
  ],
);

/**
 * The year's count of M2.1 recommendations: changed only by a guarded increment in the same
 * transaction as the decision, so concurrent reviewers never pass "about N" without a reason.
 */
export const priorityExamTallies = pgTable(
  'priority_exam_tallies',
  {
    year: integer('year').primaryKey(),
    recommended: integer('recommended').notNull().default(0),
  },
  (t) => [check('priority_exam_tallies_ck', sql`${t.recommended} >= 0`)],
);

/**
 * M8.2 “百城百品”: trademark brands nominated by their enterprise (or by an IP service station on
 * its behalf) for the year's selection; the region selects or refuses. Counted in brands (个): one
 * enterprise may have several. Scoped by the enterprise's area.
 */
export const brandNominations = pgTable(
  'brand_nominations',
  {
    id: id(),
    /** The provision it is nominated under (the registry's brand-counted one), kept for the scorecard. */
    provision: text('provision').notNull(),
    year: integer('year').notNull(),
    enterpriseId: ref('enterprise_id', () => enterprises.id),
    /** The enterprise's area when nominated (what a city sees). */
    areaCode: text('area_code').notNull(),
    trademarkName: text('trademark_name').notNull(),
    /** 商标注册号 */
    registrationNo: text('registration_no').notNull(),
    /** 尼斯分类 1–45 */
    niceClass: integer('nice_class').notNull(),
    /** 商标注册人 */
    owner: text('owner').notNull(),
    /** What makes it distinctive and reputable, in the nominator's words (the files prove it). */
    statement: text('statement').notNull().default(''),
    status: text('status').notNull().default('nominated'),
    /** Why it was refused, or why a selection was withdrawn. */
    reason: text('reason'),
    /** The station that nominated it on the enterprise's behalf; null when the enterprise did. */
    agencyId: uuid('agency_id').references(() => agencies.id),
    nominatedBy: ref('nominated_by', () => users.id),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: ts('decided_at'),
    version: integer('version').notNull().default(1),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    // One nomination of a registration (number and class) a year.
    uniqueIndex('brand_nominations_registration_uq').on(t.year, t.registrationNo, t.niceClass),
    index('brand_nominations_year_idx').on(t.year, t.status),
    index('brand_nominations_enterprise_idx').on(t.enterpriseId),
    index('brand_nominations_area_idx').on(t.areaCode),
    check('brand_nominations_status_ck', sql`${t.status} in ('nominated','selected','refused')`),
    check('brand_nominations_class_ck', sql`${t.niceClass} between 1 and 45`),
  ],
);

/** Evidence of a nomination's distinctiveness and reputation, stored in the evidence store by SHA-256. */
export const brandEvidence = pgTable(
  'brand_evidence',
  {
    id: id(),
    nominationId: ref('nomination_id', () => brandNominations.id),
    kind: text('kind').notNull(),
    filename: text('filename').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    uploadedBy: ref('uploaded_by', () => users.id),
    createdAt: created(),
  },
  (t) => [
    index('brand_evidence_nomination_idx').on(t.nominationId),
    check('brand_evidence_kind_ck', sql`${t.kind} in ('distinctiveness','reputation')`),
  ],
);

/**
 * The places taken in a year's selection: the guarded increment of `used` against the registry's
 * number is the decision (two processes selecting at once queue on this row).
 */
export const brandSelectionPlaces = pgTable(
  'brand_selection_places',
  {
    year: integer('year').primaryKey(),
    used: integer('used').notNull().default(0),
  },
  (t) => [check('brand_selection_places_used_ck', sql`${t.used} >= 0`)],
);

/**
 * 批准通知书: one per approved claim, made and signed once (the PDF is in the evidence store under
 * `pdfSha256`; `signedSha256` is the hash of the bytes the Ed25519 signature covers). The facts are
 * kept as printed, so the public page shows what the notice says even after the claim moves on.
 */
export const approvalNotices = pgTable(
  'approval_notices',
  {
    id: id(),
    claimId: ref('claim_id', () => claims.id),
    year: integer('year').notNull(),
    serial: integer('serial').notNull(),
    number: text('number').notNull(),
    authority: text('authority').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    enterpriseName: text('enterprise_name').notNull(),
    provision: text('provision').notNull(),
    amount: money('amount').notNull(),
    keyId: text('key_id').notNull(),
    signedSha256: text('signed_sha256').notNull(),
    pdfSha256: text('pdf_sha256').notNull(),
    pdfSize: integer('pdf_size').notNull(),
    issuedBy: ref('issued_by', () => users.id),
    createdAt: created(),
  },
  (t) => [
    uniqueIndex('approval_notices_claim_uq').on(t.claimId),
    uniqueIndex('approval_notices_serial_uq').on(t.year, t.serial),
    uniqueIndex('approval_notices_number_uq').on(t.number),
    check('approval_notices_serial_ck', sql`${t.serial} >= 1`),
    check('approval_notices_amount_ck', sql`${t.amount} > 0`),
  ],
);

/**
 * The last 文号 serial given in each year. Taken by a guarded upsert in the issuing transaction, so a
 * notice that rolls back gives its number back (no gaps, unlike a sequence) and two issuers queue on
 * the year's row.
 */
export const noticeNumberCounters = pgTable(
  'notice_number_counters',
  {
    year: integer('year').primaryKey(),
    last: integer('last').notNull(),
  },
  (t) => [check('notice_number_counters_last_ck', sql`${t.last} >= 1`)],
);
