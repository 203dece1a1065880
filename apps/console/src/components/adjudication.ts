import type { api } from '../api.js';
import { ApiClientError } from '@huiqi/api-client';
import { localized } from '@huiqi/locales';
import { useSharedLocale } from '@huiqi/locales/vue-i18n';
import { createAction } from '@huiqi/ui/action';
import { ref } from 'vue';
import { errorText } from '../session.js';

type AdjudicationCase = Awaited<ReturnType<typeof api.adjudication.get>>;

type Limit = AdjudicationCase['limits'][number];

/** The tag colour of a limit's state: passed in red, close in amber, done in green. */
export const STATE_TAG: Record<Limit['state'], 'success' | 'warning' | 'danger' | 'info' | 'primary'> = {
  met: 'success',
  late: 'warning',
  open: 'primary',
  warning: 'warning',
  overdue: 'danger',
  running: 'info',
  elapsed: 'info',
};

/** The office's limit that comes next: the first one not met (overdue before the rest). */
export function nextLimit(c: AdjudicationCase): Limit | undefined {
  const pending = c.limits.filter(
    (l) => l.state === 'open' || l.state === 'warning' || l.state === 'overdue',
  );
  return pending.find((l) => l.state === 'overdue') ?? pending.sort((a, b) => (a.due < b.due ? -1 : 1))[0];
}

/**
 * An API error as messages at the fields it names: validation issues by their path
 * ("requester.name"), a rule's refusal by its `field`; the page still shows the message on top.
 */
export function fieldErrors(e: unknown, locale: string): Record<string, string> {
  if (!(e instanceof ApiClientError)) return {};
  const text = (zh: string, en: string) => localized({ zh, en }, locale);
  const d = e.details as unknown;
  if (Array.isArray(d))
    return Object.fromEntries(
      (d as { path: string; zh: string; en: string }[]).map((i) => [i.path, text(i.zh, i.en)]),
    );
  const field = (d as { field?: string } | undefined)?.field;
  return field ? { [field]: text(e.zh, e.en) } : {};
}

/**
 * A form's action whose refusal is shown twice: the message on top (`error`) and at the fields it
 * names (`errors`, by fieldErrors). `run(fn)` clears both, sets busy while fn runs; what fn finds
 * wrong itself it may put in `errors` and return.
 */
export function useFieldAction() {
  const { locale } = useSharedLocale();
  const errors = ref<Record<string, string>>({});
  const action = createAction((e) => {
    errors.value = fieldErrors(e, locale.value);
    return errorText(e, locale.value);
  });
  const run = (fn: () => Promise<unknown>) => {
    errors.value = {};
    return action.run(fn);
  };
  return { busy: action.busy, error: action.error, errors, run };
}
