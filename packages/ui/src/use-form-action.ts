import { useSharedLocale } from '@huiqi/locales/vue-i18n';
import { ref, type Ref } from 'vue';
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
  const busy = ref(false);
  const errors = ref<Record<string, string>>({});
  async function run(fn: () => Promise<unknown>): Promise<void> {
    error.value = '';
    errors.value = {};
    busy.value = true;
    try {
      await fn();
    } catch (e) {
      const byField = apiFieldErrors(e, locale.value);
      if (byField) errors.value = byField;
      else error.value = errorText(e, locale.value);
    } finally {
      busy.value = false;
    }
  }
  return { busy, error, errors, run };
}
