import { useSharedLocale } from '@huiqi/locales/vue-i18n';
import { ref, type Ref } from 'vue';
import { createAction } from './action.js';
import { apiFieldErrors } from './field-errors.js';
import { errorText } from './session.js';

/**
 * A form's submission, in one place: `run(fn)` clears the form's problems, sets busy while fn runs,
 * and shows an API refusal under the fields it names (`errors`), or else as one message (`error`),
 * in the reader's language. What the page checks itself before asking the API, it checks first.
 * `error` may be the page's own message (a page that shows one message for all it does).
 */
export function useFormAction(error: Ref<string> = ref('')) {
  const { locale } = useSharedLocale();
  const errors = ref<Record<string, string>>({});
  const action = createAction((e) => {
    const byField = apiFieldErrors(e, locale.value);
    if (byField) errors.value = byField;
    return byField ? '' : errorText(e, locale.value);
  }, error);
  const run = (fn: () => Promise<unknown>) => {
    errors.value = {};
    return action.run(fn);
  };
  return { busy: action.busy, error, errors, run };
}
