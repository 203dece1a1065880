import { ApiClientError, createClient } from '@huiqi/api-client';
import { refusalWords } from '@huiqi/ui/field-errors';
import { reactive } from 'vue';
import { L, t } from './locales/index.js';

/** The API is served from the same origin as the station. */
export const api = createClient({ baseUrl: '' });

type Me = Awaited<ReturnType<typeof api.auth.me>>;
/**
 * Who is signed in. The last known user is kept on the phone so the app opens offline; the server
 * still decides on every request (an expired session answers 401 and the worker signs in again).
 */
const KEY = 'huiqi.station.me';
export const session = reactive<{ me: Me | null; expired: boolean }>({
  me: JSON.parse(localStorage.getItem(KEY) ?? 'null') as Me | null,
  expired: false,
});
export function remember(me: Me | null) {
  session.me = me;
  if (me) localStorage.setItem(KEY, JSON.stringify(me));
  else localStorage.removeItem(KEY);
}
export async function refresh(): Promise<void> {
  try {
    remember(await api.auth.me());
  } catch (e) {
    if (e instanceof ApiClientError && e.status === 401) {
      if (session.me) session.expired = true;
      remember(null);
    }
    // Offline: keep the last known user; the outbox waits.
  }
}
/** An error in the reader's language; a lost connection says so. */
export function errorText(e: unknown): string {
  if (e instanceof ApiClientError) return L(refusalWords(e));
  if (e instanceof TypeError) return t('common.noConnection');
  return e instanceof Error ? e.message : String(e);
}
