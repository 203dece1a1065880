import { ApiClientError } from '@huiqi/api-client';
import { parseRecordData, type RecordKind } from '@huiqi/domain';
import { localized } from '@huiqi/locales';

/**
 * A record's problems by field, in the reader's language: checked here first with the domain's own
 * validator (the one the API enforces), and an API refusal mapped back to its fields (`data.<key>`).
 * `data` is the cleaned record to send when there are none.
 */
export function checkRecord(
  kind: RecordKind,
  raw: Record<string, unknown>,
  locale: string,
  closing = false,
): { data: Record<string, unknown>; errors: null } | { data: null; errors: Record<string, string> } {
  const r = parseRecordData(kind, raw, { closing });
  if (r.ok) return { data: r.data, errors: null };
  const errors: Record<string, string> = {};
  for (const i of r.issues) errors[i.path.split('.')[0]!] ??= localized(i, locale);
  return { data: null, errors };
}

/** The fields an API refusal names (validation details at `data.<key>`), or null when it names none. */
export function fieldErrors(e: unknown, locale: string): Record<string, string> | null {
  if (!(e instanceof ApiClientError) || !Array.isArray(e.details)) return null;
  const out: Record<string, string> = {};
  for (const d of e.details as { path?: string; zh?: string; en?: string }[]) {
    const m = /^data\.([A-Za-z0-9]+)/.exec(d.path ?? '');
    if (m && d.zh && d.en) out[m[1]!] ??= localized({ zh: d.zh, en: d.en }, locale);
  }
  return Object.keys(out).length ? out : null;
}
