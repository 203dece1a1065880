import { ApiClientError } from '@huiqi/api-client';
import { localized } from '@huiqi/locales';

/** The problems an API refusal lists in its details (validation issues and the like), each in both languages. */
function problemsOf(e: ApiClientError): { path: string; zh: string; en: string }[] {
  if (!Array.isArray(e.details)) return [];
  return (e.details as Record<string, unknown>[]).flatMap((d) =>
    d && typeof d.zh === 'string' && d.zh && typeof d.en === 'string' && d.en
      ? [{ path: typeof d.path === 'string' ? d.path : '', zh: d.zh, en: d.en }]
      : [],
  );
}

/**
 * An API refusal's problems by top-level field, in the reader's language (validation issues, and
 * refusals that name their field the same way), or null when it names none: the form shows each
 * under its field instead of one message at the top.
 */
export function apiFieldErrors(e: unknown, locale: string): Record<string, string> | null {
  if (!(e instanceof ApiClientError)) return null;
  const out: Record<string, string> = {};
  for (const p of problemsOf(e)) {
    const field = p.path.split('.')[0];
    if (field) out[field] ??= localized(p, locale);
  }
  return Object.keys(out).length ? out : null;
}

/**
 * What an API refusal says, as a person should read it, in both languages. A validation refusal's
 * own words name the field by its code ("请求有误：comment — 请填写给企业的审核意见。"); shown as
 * one message (a form without that field, or a page with one message for all it does), it says
 * only what to type: its problems' own words, the first three, each once.
 */
export function refusalWords(e: ApiClientError): { zh: string; en: string } {
  const issues = problemsOf(e);
  if (e.code !== 'VALIDATION_FAILED' || !issues.length) return { zh: e.zh, en: e.en };
  const firstThree = (xs: string[]) => [...new Set(xs)].slice(0, 3);
  const sentence = (s: string) => {
    const t = s.trim();
    return `${t.charAt(0).toUpperCase()}${t.slice(1)}${/[.!?]$/.test(t) ? '' : '.'}`;
  };
  return {
    zh: firstThree(issues.map((i) => i.zh.trim().replace(/[^。！？]$/, '$&。'))).join(''),
    en: firstThree(issues.map((i) => sentence(i.en))).join(' '),
  };
}
