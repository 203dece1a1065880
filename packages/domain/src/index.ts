/**
 * @huiqi/domain — subsidy policy as exact, explainable, dated data: provisions declared as data
 * (Ningxia's 13 IP measures for SRDI SMEs ship with it), rules implemented once per kind, claims
 * typed from the data, a registry the platform reads, and the claim lifecycle. Pure TypeScript:
 * no I/O, no framework.
 */
export { DomainError, isDomainError } from './errors/domain-error.js';
export { messages, type DomainErrorCode } from './errors/messages.js';

export { Money, parseRatio, type MoneyInput, type Factor } from './money/money.js';
export { Dec } from './money/decimal.js';
export { formatYuan } from './money/format-yuan.js';
export { formatWan } from './money/format-wan.js';
export { formatExact } from './money/format-exact.js';
export { formatPercent } from './money/format-percent.js';
export { amountInWords } from './money/amount-in-words.js';
export {
  parseAmountInput,
  type AmountUnit,
  type AmountInputProblem,
  type ParsedAmountInput,
} from './money/parse-amount-input.js';

export {
  isCalendarDate,
  parseCalendarDate,
  daysBetween,
  yearOf,
  todayInChina,
  addDays,
  weekdayOf,
  addMonths,
  type CalendarDate,
} from './dates/calendar-date.js';
export {
  formatChinaTime,
  yearInChina,
  chineseDate,
  documentDate,
  type ChinaTimeUnit,
} from './dates/china-time.js';
export {
  isWorkingDay,
  addWorkingDays,
  workingDaysBetween,
  workingDayOnOrAfter,
  createWorkingDayCalendar,
  defaultWorkingDayCalendar,
  type WorkingDayCalendar,
} from './dates/working-days.js';
export {
  ADJUDICATION_RECORD_KIND,
  adjudicationParameters,
  adjudicationTimeLimits,
  type AdjudicationDates,
  type AdjudicationParameters,
  type TimeLimit,
  type TimeLimitState,
} from './cases/adjudication-time-limits.js';
export {
  REQUEST_CLOCK_STATES,
  requestDueOn,
  requestDueStatus,
  requestHandleWithin,
} from './cases/request-deadline.js';
export { HOLIDAY_NOTICES, type HolidayNotice, type HolidayArrangement } from './dates/holiday-notices.js';

export { lpr1y } from './lpr/lpr1y.js';
export { lprPublicationDay } from './lpr/publication-day.js';
export {
  createLprTable,
  defaultLprTable,
  lprTableSchema,
  lprPublicationSchema,
  type LprTable,
  type LprPublication,
} from './lpr/lpr-table.js';

export * from './policy/schema.js';
export {
  RECORD_FIELD_INPUTS,
  RECORDERS,
  recordFieldSchema,
  recordKindSchema,
  type RecordField,
  type RecordFieldInput,
  type RecordKindData,
  type Recorder,
} from './policy/record-kind-schema.js';
export {
  isFieldRequired,
  parseRecordData,
  recordDataSchema,
  IP_ITEM_KINDS,
  OVERSEAS_CODES,
  type RecordData,
  type RecordIssue,
} from './records/record-data.js';
export {
  RECORD_KINDS,
  RECORD_KIND_IDS,
  recordKindsFor,
  recordKindOf,
  isRecordKindId,
  type RecordKind,
  type RecordKindId,
} from './records/record-kinds.js';
export { parsePolicyVersion } from './policy/parse-policy-version.js';
export { defineProvision } from './policy/define-provision.js';
export { KIND_REQUIREMENTS, type KindRequirement } from './policy/kinds.js';
export type { ClaimOf, AnyClaim, ForeignItem } from './policy/claim-types.js';
export type { PolicyVersion, PolicySource, ClaimOfSource } from './policy/version.js';
export { ningxiaDraft } from './policy/ningxia/version.js';
export {
  ningxia,
  builtInPolicies,
  versionInForce,
  findProvision,
  provisionOf,
  parameterAt,
  provisionParameterAt,
  parametersAt,
  withParameterValue,
  deriveVersion,
  overrideParameters,
  type DeriveSpec,
  type ParameterUse,
} from './policy/policy-book.js';
export {
  policyRegistry,
  claimFields,
  claimItemKeys,
  kindTakesClaims,
  RECORDS_SOURCE,
  type PolicyRegistry,
  type ScorecardEntry,
  type CountKind,
  type Labelled,
} from './policy/registry.js';

export { moneyField, dateField, ratioField, claimSchemaFor, claimSchemaOf } from './claims/schema.js';
export { parseClaim, claimProvisionIds, claimProvisionOf } from './claims/parse-claim.js';
export { FIELD_LABELS, fieldLabel } from './claims/field-labels.js';
export {
  CLAIM_STATES,
  CLAIM_ROLES,
  CLAIM_ACTIONS,
  TRANSITIONS,
  DECIDED_STATES,
  TAKEN_STATES,
  IN_REVIEW_STATES,
  APPROVED_STATES,
  transition,
  statesFor,
  allowedActions,
  canAct,
  reviewStageFor,
  isDecided,
  type ClaimState,
  type ClaimRole,
  type ClaimAction,
  type Transition,
} from './claims/lifecycle.js';
export { CLOCK_STATES, promisedDueOn, dueStatus, type DueStatus } from './claims/time-limit.js';

export { assess } from './rules/assess.js';
export { itemKey, normalizeItemKey, normalizeItemNumber } from './claims/item-key.js';
export { KIND_RULES, type KindRule } from './rules/kinds/index.js';
export type { AssessContext } from './rules/context.js';
export { TraceStep, Reason, type Assessment } from './rules/assessment.js';
export { REASONS, REASON_CODES, reasonText, type ReasonCode } from './rules/reasons.js';
export { STEP_TEXTS, type StepCode } from './rules/step-texts.js';

export {
  distinctEnterprises,
  admitEnterprise,
  aboutUpperBound,
  type CountQuota,
  type CountQuotaKind,
  type AdmitDecision,
} from './quota/count-quota.js';
export {
  createEnvelope,
  available,
  reserve,
  post,
  voidReservation,
  reversePosting,
  replayLedger,
  envelopeHolds,
  type Envelope,
  type LedgerOp,
} from './quota/envelope.js';
export {
  countProgress,
  budgetFloorProgress,
  type CountProgress,
  type BudgetFloorProgress,
} from './quota/progress.js';
export { floorOutlook, type FloorOutlook, type FloorWarning } from './quota/floor-outlook.js';
export {
  scorecard,
  scorecardFigure,
  figureValue,
  SCORECARD_UNIT_LABELS,
  type ScorecardInput,
  type ScorecardRow,
  type FigureRecord,
  type FigureValue,
  type FigureRow,
} from './quota/scorecard.js';

export {
  checkCreditCode,
  isValidCreditCode,
  creditCodeCheckChar,
  CREDIT_CODE_ALPHABET,
  type CreditCodeCheck,
  type CreditCodeProblem,
} from './registry/credit-code.js';
export {
  REGION,
  AREAS,
  AREA_CODES,
  COUNTIES,
  NINGDONG_DIVISIONS,
  isAreaCode,
  areaName,
  cityOfRegionCode,
  areasForDivision,
  divisionName,
  checkCreditCodeArea,
  type AreaCode,
  type DivisionCheck,
} from './registry/areas.js';
export {
  GREEN_CHANNEL_INDUSTRIES,
  FOCUS_INDUSTRIES,
  INDUSTRY_GROUPS,
  isIndustryCode,
  isGreenChannelIndustry,
  type IndustryCode,
} from './registry/industries.js';
export {
  checkPatentApplicationNumber,
  patentApplicationCheckChar,
  PATENT_APPLICATION_KINDS,
  type PatentApplicationKind,
  type PatentApplicationNumberCheck,
  type PatentApplicationNumberProblem,
} from './registry/patent-application-number.js';

export {
  COUNTRY_CODES,
  REGIONAL_OFFICES,
  notAbroadOn,
  WIPO_CODE,
  acceptedJurisdictions,
  checkJurisdiction,
  type GrantKind,
  type RegionalOffice,
  type JurisdictionProblem,
} from './jurisdictions/jurisdictions.js';
export {
  jurisdictionName,
  jurisdictionOptions,
  type JurisdictionOption,
} from './jurisdictions/jurisdiction-names.js';
export { COUNTRY_NAMES } from './jurisdictions/country-names.js';

export {
  IP_ASSET_KINDS,
  IP_ASSET_KIND_IDS,
  AWARD_RANK,
  ipAssetSchema,
  assetItemKey,
  claimForAssets,
  type IpAsset,
  type IpAssetKind,
} from './matching/ip-assets.js';
export {
  matchProvisions,
  type MatchProfile,
  type MatchOptions,
  type MatchResult,
  type MatchStatus,
  type ProvisionMatch,
} from './matching/match-provisions.js';
export {
  simulate,
  type PoolClaim,
  type SimulationResult,
  type SimulationTotals,
} from './simulation/simulate.js';
export {
  SERVICE_TYPES,
  SERVICE_TYPE_IDS,
  AGENCY_KIND_SERVICES,
  EVENT_KINDS,
  EVENT_KIND_IDS,
  REQUEST_KINDS,
  REQUEST_KIND_IDS,
  type ServiceType,
  type EventKind,
  type RequestKind,
} from './registry/service-types.js';
