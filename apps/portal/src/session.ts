import { ApiClientError } from '@huiqi/api-client';
import { reactive } from 'vue';
import { api } from './api.js';

type Me = Awaited<ReturnType<typeof api.auth.me>>;

/** Who is signed in, shared by the pages; `expired` says why a signed-in user was sent to log in. */
export const session = reactive<{ me: Me | null; checked: boolean; expired: boolean }>({ me: null, checked: false, expired: false });

export async function refreshSession(): Promise<Me | null> {
  try {
    session.me = await api.auth.me();
  } catch (e) {
    if (session.me && e instanceof ApiClientError && e.status === 401) session.expired = true;
    session.me = null;
  }
  session.checked = true;
  return session.me;
}

export async function logout(): Promise<void> {
  await api.auth.logout().catch(() => undefined);
  session.me = null;
  session.expired = false;
}

/** The message of an API error in the reader's language. */
export function errorText(e: unknown, locale: string): string {
  if (e instanceof ApiClientError) return locale === 'en' ? e.message : e.messageZh;
  return e instanceof Error ? e.message : String(e);
}
