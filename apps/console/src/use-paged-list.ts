import { onMounted, reactive, ref, type Ref } from 'vue';
import { useLocale } from './locales/index.js';
import { errorText } from './session.js';

/**
 * A server-paged list: the page and its size, the rows (null while the first page loads), the
 * total, the error in the reader's language; `search()` goes back to page 1. Loaded on mount.
 */
export function usePagedList<T>(
  fetchPage: (page: { page: number; pageSize: number }) => Promise<{ items: T[]; total: number }>,
  pageSize = 20,
) {
  const { locale } = useLocale();
  const page = reactive({ page: 1, pageSize });
  const rows = ref<T[] | null>(null) as Ref<T[] | null>;
  const total = ref(0);
  const loadError = ref('');
  async function load() {
    loadError.value = '';
    try {
      const r = await fetchPage({ page: page.page, pageSize: page.pageSize });
      rows.value = r.items;
      total.value = r.total;
    } catch (e) {
      loadError.value = errorText(e, locale.value);
    }
  }
  const search = () => {
    page.page = 1;
    return load();
  };
  onMounted(load);
  return { page, rows, total, loadError, load, search };
}
