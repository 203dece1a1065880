import { ref } from 'vue';
import { useSharedLocale } from '@huiqi/locales/vue-i18n';
import { errorText } from './session.js';

/**
 * The busy flag and the error message of a user action, in one place: `run(fn)` clears the error,
 * sets busy while fn runs, and shows an API error in the reader's language.
 */
export function useAction() {
  const { locale } = useSharedLocale();
  const busy = ref(false);
  const error = ref('');
  async function run(fn: () => Promise<unknown>): Promise<void> {
    error.value = '';
    busy.value = true;
    try {
      await fn();
    } catch (e) {
      error.value = errorText(e, locale.value);
    } finally {
      busy.value = false;
    }
  }
  return { busy, error, run };
}
