import { ningxiaDraft } from '../policy/ningxia/version.js';
import type { RecordKindData, Recorder } from '../policy/record-kind-schema.js';

type P = (typeof ningxiaDraft)['provisions'][number];
/** The ids of Ningxia's record kinds, from the provisions' data. */
export type RecordKindId = P extends infer Q
  ? Q extends { records: readonly { id: infer I }[] }
    ? I
    : never
  : never;

export interface RecordKind extends RecordKindData {
  /** Typed here, at the source, so no page casts a kind's id back to one. */
  id: RecordKindId;
  /** The provision the records are kept under. */
  provision: string;
}

/**
 * Ningxia's record kinds, each with its provision, read from the provisions' data as written (so a
 * page that renders a form loads the data and not the policy validator). The API reads the same
 * kinds from the registry of the version in force (`policyRegistry(version).recordKinds`).
 */
export const RECORD_KINDS = Object.fromEntries(
  ningxiaDraft.provisions.flatMap((p) =>
    ((p as { records?: readonly RecordKindData[] }).records ?? []).map((k) => [
      k.id,
      { ...k, provision: p.id } as RecordKind,
    ]),
  ),
) as Readonly<Record<RecordKindId, RecordKind>>;
export const RECORD_KIND_IDS = Object.keys(RECORD_KINDS) as [RecordKindId, ...RecordKindId[]];

/** Whether Ningxia declares a record kind of that id (a route's query, a stored record's kind). */
export const isRecordKindId = (id: unknown): id is RecordKindId =>
  typeof id === 'string' && Object.hasOwn(RECORD_KINDS, id);

/** The kind of that id, or undefined when Ningxia has no such kind. */
export function recordKindOf(id: unknown): RecordKind | undefined {
  return isRecordKindId(id) ? RECORD_KINDS[id] : undefined;
}

/** The kinds a party may record, in policy order. */
export function recordKindsFor(recorder: Recorder): RecordKind[] {
  return Object.values(RECORD_KINDS).filter((k) => k.recordedBy.includes(recorder));
}
