import {
  builtInPolicies,
  createLprTable,
  defaultLprTable,
  withParameterValue,
  type LprTable,
  type PolicyVersion,
} from '@huiqi/domain';
import { createHash } from 'node:crypto';
import { asc } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { lprPublications, parameterValues, settings } from '../db/schema.js';
import { eq } from 'drizzle-orm';

export interface PolicySnapshot {
  versions: readonly PolicyVersion[];
  lpr: LprTable;
}

/**
 * The policy as this deployment runs it: the versions the domain package ships, with the dated
 * values administrators added (stored as rows, laid over in date order), and the LPR table with
 * the publications they entered. Cached briefly; a write here refreshes it at once, other API
 * processes see it within `ttlMs`.
 */
export class PolicyStore {
  #cache: { at: number; snapshot: PolicySnapshot } | undefined;

  constructor(
    private readonly db: Db,
    private readonly ttlMs = 2_000,
  ) {}

  /**
   * The public policy document, serialized once per snapshot with its ETag: the most read response
   * of the platform is a cached string, and a client that has it gets 304.
   */
  async document(): Promise<{ body: string; bytes: Uint8Array; etag: string }> {
    const snapshot = await this.get();
    let doc = this.#documents.get(snapshot);
    if (!doc) {
      const body = JSON.stringify({ versions: snapshot.versions });
      // Unchanged since the last reload: the same document and ETag (clients keep their 304s).
      doc =
        this.#last?.body === body
          ? this.#last
          : {
              body,
              bytes: new TextEncoder().encode(body),
              etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
            };
      this.#documents.set(snapshot, doc);
      this.#last = doc;
    }
    return doc;
  }

  #documents = new WeakMap<PolicySnapshot, { body: string; bytes: Uint8Array; etag: string }>();
  #last: { body: string; bytes: Uint8Array; etag: string } | undefined;

  invalidate(): void {
    this.#cache = undefined;
    this.#loading = undefined;
    this.#generation++;
  }

  #generation = 0;

  async get(): Promise<PolicySnapshot> {
    if (this.#cache && Date.now() - this.#cache.at < this.ttlMs) return this.#cache.snapshot;
    // One reload at a time: concurrent requests at expiry share it instead of each rebuilding the policy.
    if (this.#loading) return this.#loading;
    const generation = this.#generation;
    const loading = this.load().then((snapshot) => {
      // A write that invalidated the cache while this load ran wins: this result is not kept.
      if (generation === this.#generation) this.#cache = { at: Date.now(), snapshot };
      return snapshot;
    });
    this.#loading = loading;
    // Only clears the slot: the callers get `loading` itself and see its rejection; this branch's
    // own copy of it is caught below.
    void loading
      .finally(() => {
        if (this.#loading === loading) this.#loading = undefined;
      })
      .catch(() => undefined);
    return loading;
  }

  #loading: Promise<PolicySnapshot> | undefined;

  private async load(): Promise<PolicySnapshot> {
    const values = await this.db.select().from(parameterValues).orderBy(asc(parameterValues.effectiveFrom));
    const versions = builtInPolicies.map((v) => {
      let out = v;
      for (const pv of values) {
        try {
          out = withParameterValue(out, pv.parameterId, { effectiveFrom: pv.effectiveFrom, value: pv.value });
        } catch {
          // A value that does not fit a version (e.g. dated before it) is left to the versions it fits.
        }
      }
      return out;
    });
    const pubs = await this.db.select().from(lprPublications).orderBy(asc(lprPublications.publishedOn));
    const [confirmed] = await this.db.select().from(settings).where(eq(settings.key, 'lpr.confirmedThrough'));
    const lpr =
      pubs.length === 0 && !confirmed
        ? defaultLprTable
        : createLprTable({
            confirmedThrough: (confirmed?.value as string | undefined) ?? defaultLprTable.confirmedThrough,
            publications: mergePublications(defaultLprTable.publications, pubs),
          });
    return { versions, lpr };
  }
}

function mergePublications(base: LprTable['publications'], added: { publishedOn: string; rate: string }[]) {
  const byDate = new Map(base.map((p) => [p.publishedOn, p.rate]));
  for (const p of added) byDate.set(p.publishedOn, p.rate);
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([publishedOn, rate]) => ({ publishedOn, rate }));
}
