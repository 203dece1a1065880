import { useSharedLocale } from '@huiqi/locales/vue-i18n';
import { ref, type Ref } from 'vue';
import { errorText } from './session.js';

/**
 * What a card or a page shows once asked for: `data` null while it loads, the API's refusal (or a
 * lost connection) in `loadError` in the reader's language instead. `load()` never rejects, so it
 * can be handed to onMounted or called again after a change without a catch.
 */
export function useLoaded<T>(fetch: () => Promise<T>) {
  const { locale } = useSharedLocale();
  const data = ref(null) as Ref<T | null>;
  const loadError = ref('');
  async function load(): Promise<void> {
    loadError.value = '';
    try {
      data.value = await fetch();
    } catch (e) {
      loadError.value = errorText(e, locale.value);
    }
  }
  return { data, loadError, load };
}
