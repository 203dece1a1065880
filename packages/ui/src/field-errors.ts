import { ApiClientError } from '@huiqi/api-client';
import { localized } from '@huiqi/locales';

/**
 * An API refusal's problems by top-level field, in the reader's language (validation issues, and
 * refusals that name their field the same way), or null when it names none: the form shows each
 * under its field instead of one message at the top.
 */
export function apiFieldErrors(e: unknown, locale: string): Record<string, string> | null {
  if (!(e instanceof ApiClientError) || !Array.isArray(e.details)) return null;
  const out: Record<string, string> = {};
  for (const d of e.details as { path?: string; zh?: string; en?: string }[]) {
    const field = (d.path ?? '').split('.')[0];
    if (field && d.zh && d.en) out[field] ??= localized({ zh: d.zh, en: d.en }, locale);
  }
  return Object.keys(out).length ? out : null;
}
