import { policyRegistry, versionInForce, type RecordKindData, type Recorder } from '@huiqi/domain';
import { unprocessable } from '../../lib/api-error.js';
import type { SessionUser } from '../../lib/context.js';
import type { PolicySnapshot } from '../../lib/policy-store.js';

export type Kind = RecordKindData & { provision: string };

/** The recorder party a role acts as (auditors record nothing). */
export function recorderOf(user: SessionUser): Recorder | null {
  switch (user.role) {
    case 'enterprise':
      return 'enterprise';
    case 'agency':
      return 'agency';
    case 'city-admin':
      return 'city';
    case 'region-admin':
      return 'region';
    default:
      return null;
  }
}

/** The kinds of the version in force on a date, from the registry. */
export function recordKindsAt(policy: PolicySnapshot, date: string): Readonly<Record<string, Kind>> {
  return policyRegistry(versionInForce(policy.versions, date)).recordKinds;
}

/** A kind the generic records feature keeps, or 422 (not in the version, or kept by its own flow). */
export function keptKind(policy: PolicySnapshot, date: string, id: string): Kind {
  const kind = recordKindsAt(policy, date)[id];
  if (!kind)
    throw unprocessable(
      'RECORD_KIND_NOT_IN_FORCE',
      `记录类型“${id}”不在现行政策中。`,
      `The record kind "${id}" is not in the policy in force.`,
    );
  if (kind.flow)
    throw unprocessable(
      'RECORD_KIND_OWN_FLOW',
      `${kind.label.zh}在其专门页面办理。`,
      `${kind.label.en} records are kept on their own page.`,
    );
  return kind;
}

const PARTY = {
  enterprise: { zh: '企业', en: 'the enterprise' },
  agency: { zh: '服务机构', en: 'a service agency' },
  city: { zh: '市级', en: 'the city' },
  region: { zh: '自治区', en: 'the region' },
} as const;

/** Who records a kind, in words: "企业或服务机构" / "the enterprise or a service agency". */
export function recordersInWords(kind: Kind): { zh: string; en: string } {
  return {
    zh: kind.recordedBy.map((r) => PARTY[r].zh).join('或'),
    en: kind.recordedBy.map((r) => PARTY[r].en).join(' or '),
  };
}

/** The year a record counts in: its date field's year (a year field's value), or null while unfilled. */
export function yearOf(kind: Kind, data: Record<string, unknown>): number | null {
  const v = data[kind.dateField];
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return Number(v.slice(0, 4));
  return null;
}
