import type { Localized } from '../policy/schema.js';
import { ningxiaDraft } from '../policy/ningxia/version.js';

type P = (typeof ningxiaDraft)['provisions'][number];
type IdsOf<K extends string> = P extends infer Q
  ? Q extends { [k in K]: readonly { id: infer I }[] }
    ? I
    : never
  : never;

export interface Labelled {
  provision: string;
  label: Localized;
}

// Read from the provisions' data as written (not the parsed version), so that a page listing
// services loads the data and not the policy validator.
function collect(key: 'services' | 'requests' | 'events'): Record<string, Labelled> {
  const out: Record<string, Labelled> = {};
  for (const p of ningxiaDraft.provisions) {
    for (const x of (p as Partial<Record<typeof key, readonly { id: string; label: Localized }[]>>)[key] ??
      [])
      out[x.id] = { provision: p.id, label: x.label };
  }
  return out;
}

/**
 * Ningxia's services agencies record, each under the provision it delivers (from the provisions'
 * data: `services`). Distinct enterprises served under a provision count toward its target.
 */
export type ServiceType = IdsOf<'services'>;
export const SERVICE_TYPES = collect('services') as Readonly<Record<ServiceType, Labelled>>;
export const SERVICE_TYPE_IDS = Object.keys(SERVICE_TYPES) as [ServiceType, ...ServiceType[]];

/** What each kind of agency delivers (the station offers these service types first). */
export const AGENCY_KIND_SERVICES: Record<string, ServiceType[]> = {
  'trademark-station': [
    'trademark-registration',
    'trademark-use',
    'trademark-protection',
    'trademark-management',
  ],
  'assistance-centre': ['case-lead-intake', 'rights-assistance', 'overseas-assistance'],
  trusteeship: ['trusteeship', 'application-coaching'],
  'coaching-provider': ['application-coaching', 'graded-assessment', 'patent-intensive-filing'],
  'navigation-base': ['patent-navigation', 'talent-training'],
};

/** Events agencies run (from the provisions' `events`): matchmaking, campaigns, training. */
export type EventKind = IdsOf<'events'>;
export const EVENT_KINDS = collect('events') as Readonly<Record<EventKind, Labelled>>;
export const EVENT_KIND_IDS = Object.keys(EVENT_KINDS) as [EventKind, ...EventKind[]];

/** What an enterprise can ask for (from the provisions' `requests`): case leads, assistance, coaching, trademark services. */
export type RequestKind = IdsOf<'requests'>;
export const REQUEST_KINDS = collect('requests') as Readonly<Record<RequestKind, Labelled>>;
export const REQUEST_KIND_IDS = Object.keys(REQUEST_KINDS) as [RequestKind, ...RequestKind[]];
