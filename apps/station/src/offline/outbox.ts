import { ApiClientError } from '@huiqi/api-client';
import type { SyncErrorKind } from '@huiqi/contracts';
import { ref, toRaw } from 'vue';
import { api, errorText } from '../api.js';
import { idb } from './db.js';

/**
 * Records made on the phone wait here (IndexedDB, photos included) until they are delivered. Each
 * carries the id the phone gave it, so sending it again after a lost answer finds the first copy on
 * the server: every record arrives exactly once. A refusal (a 4xx) is kept on the record with the
 * server's reason, never dropped silently; a lost connection just leaves it waiting.
 */
export type OutboxState = 'pending' | 'sending' | 'sent' | 'failed';
export interface OutboxItem {
  clientId: string;
  /** record: a service record; event: an agency's event; provision-record: a record of a kind the policy declares. */
  kind: 'record' | 'event' | 'provision-record';
  body: Record<string, unknown> & { clientId: string };
  label: string;
  photos: { clientId: string; blob: Blob }[];
  photosSent: string[];
  state: OutboxState;
  error?: string;
  serverId?: string;
  createdAt: string;
}

export const outbox = ref<OutboxItem[]>([]);
export const online = ref(typeof navigator === 'undefined' ? true : navigator.onLine);

async function reload() {
  outbox.value = (await idb.all<OutboxItem>()).sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
}

export async function enqueue(item: Omit<OutboxItem, 'state' | 'photosSent' | 'createdAt'>) {
  await idb.put<OutboxItem>({
    ...item,
    state: 'pending',
    photosSent: [],
    createdAt: new Date().toISOString(),
  });
  await reload();
  // The record is stored: the caller is done. Sending is the outbox's business from here on.
  syncInBackground();
}

/** A refusal that will not change by sending again (not a lost connection, not a session to renew). */
const final = (e: unknown) =>
  e instanceof ApiClientError && e.status >= 400 && e.status < 500 && ![401, 408, 429].includes(e.status);

/**
 * Failed sends since the last report, by kind and code: told to the server once it answers again,
 * so operators see the phones' trouble in /metrics (a lost connection is only known afterwards).
 */
const unreported = new Map<string, { kind: SyncErrorKind; code: string; count: number }>();
function noteFailure(e: unknown) {
  const [kind, code]: [SyncErrorKind, string] =
    e instanceof ApiClientError
      ? final(e)
        ? ['refused', e.code]
        : e.status === 401
          ? ['signed-out', e.code]
          : ['server', e.code]
      : ['offline', 'NETWORK'];
  const key = `${kind}:${code}`;
  const entry = unreported.get(key) ?? {
    kind,
    code: /^[A-Z][A-Z0-9_]{0,39}$/.test(code) ? code : 'OTHER',
    count: 0,
  };
  entry.count++;
  unreported.set(key, entry);
}
async function reportFailures() {
  if (!unreported.size) return;
  const errors = [...unreported.values()].slice(0, 50);
  try {
    await api.agency.reportSyncErrors({ errors });
    for (const e of errors) unreported.delete(`${e.kind}:${e.code}`);
  } catch {
    // Still offline or signed out: kept for the next pass.
  }
}

/**
 * A pass nobody waits for (a timer, the connection coming back, a record just stored). A refused or
 * unanswered send never rejects a pass (it is kept on the item); what can is the phone's own storage
 * (IndexedDB full or closed), and then the next pass, soon, tries again rather than the error
 * surfacing as an unhandled rejection with the outbox stalled until the 30 s round.
 */
function syncInBackground() {
  sync().catch(() => retrySoon());
}

let running: Promise<void> | null = null;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
function retrySoon() {
  retryTimer ??= setTimeout(() => {
    retryTimer = undefined;
    syncInBackground();
  }, 5_000);
}
/** Asked for while a pass was running (the connection came back mid-pass, say): run another after it. */
let again = false;
export function sync(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    try {
      const items = (await idb.all<OutboxItem>())
        .filter((i) => i.state === 'pending' || i.state === 'sending')
        .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
      for (const item of items) {
        await idb.put({ ...item, state: 'sending' });
        await reload();
        try {
          if (!item.serverId) {
            const saved =
              item.kind === 'record'
                ? await api.serviceRecords.create(item.body as never)
                : item.kind === 'event'
                  ? await api.agency.createEvent(item.body as never)
                  : await api.records.create(item.body as never);
            item.serverId = saved.id;
            await idb.put({ ...item, state: 'sending' });
          }
          for (const p of item.photos) {
            if (item.photosSent.includes(p.clientId)) continue;
            await api.serviceRecords.addPhoto(item.serverId, { file: p.blob, clientId: p.clientId });
            item.photosSent.push(p.clientId);
            await idb.put({ ...item, state: 'sending' });
          }
          await idb.put({ ...item, state: 'sent', error: undefined });
        } catch (e) {
          noteFailure(e);
          if (final(e)) {
            await idb.put({ ...item, state: 'failed', error: errorText(e) });
            continue;
          }
          await idb.put({ ...item, state: 'pending' });
          // Offline or signed out: the rest waits too; try again soon (the 'online' event is not
          // reliable everywhere), besides the 30 s round.
          retrySoon();
          break;
        }
      }
      await reportFailures();
    } finally {
      await reload();
      running = null;
      if (again) {
        again = false;
        syncInBackground();
      }
    }
  })();
  return running;
}

/** Sends again a record the server refused (after the worker fixed what it said), or drops it. */
export async function retry(clientId: string) {
  const item = outbox.value.find((i) => i.clientId === clientId);
  if (item) await idb.put({ ...toRaw(item), state: 'pending', error: undefined });
  await sync();
}
export async function discard(clientId: string) {
  await idb.delete(clientId);
  await reload();
}

/** Starts the outbox: loads it, sends when the connection returns, and every 30 seconds. */
export function startOutbox() {
  reload()
    .then(sync)
    .catch(() => retrySoon());
  window.addEventListener('online', () => {
    online.value = true;
    syncInBackground();
  });
  window.addEventListener('offline', () => (online.value = false));
  setInterval(syncInBackground, 30_000);
}
