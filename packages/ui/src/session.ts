import { ApiClientError, type HuiqiClient } from '@huiqi/api-client';
import { localized } from '@huiqi/locales';
import { refusalWords } from './field-errors.js';
import { reactive } from 'vue';

type Me = Awaited<ReturnType<HuiqiClient['auth']['me']>>;

/** The message of an API error in the reader's language, without the codes of the fields it names. */
export function errorText(e: unknown, locale: string): string {
  if (e instanceof ApiClientError) return localized(refusalWords(e), locale);
  return e instanceof Error ? e.message : String(e);
}

/**
 * Who is signed in, shared by an app's pages; `expired` says why a signed-in user was sent to
 * sign in again. The server decides: every guarded page asks it (`refresh`).
 */
export function createSession(api: HuiqiClient) {
  const state = reactive<{ me: Me | null; checked: boolean; expired: boolean }>({
    me: null,
    checked: false,
    expired: false,
  });
  async function refresh(): Promise<Me | null> {
    try {
      state.me = await api.auth.me();
    } catch (e) {
      if (state.me && e instanceof ApiClientError && e.status === 401) state.expired = true;
      state.me = null;
    }
    state.checked = true;
    return state.me;
  }
  async function logout(): Promise<void> {
    await api.auth.logout().catch(() => undefined);
    state.me = null;
    state.expired = false;
  }
  return { state, refresh, logout };
}
