import { onMounted, ref } from 'vue';
import { useRoute } from 'vue-router';
import { api } from './api.js';
import { useLocale } from './locales/index.js';
import { errorText } from './session.js';

type Detail = Awaited<ReturnType<typeof api.claims.get>>;

/** The claim of the page's `:id`, loaded once when the page mounts, or the error in the reader's language. */
export function useClaim() {
  const { locale } = useLocale();
  const route = useRoute();
  const claim = ref<Detail | null>(null);
  const error = ref('');
  onMounted(async () => {
    try {
      claim.value = await api.claims.get(String(route.params.id));
    } catch (e) {
      error.value = errorText(e, locale.value);
    }
  });
  return { claim, error };
}
