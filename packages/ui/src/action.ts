import { ref, type Ref } from 'vue';

/**
 * The busy flag and the message of a user action, in one place: `run(fn)` clears the message, sets
 * busy while fn runs, and shows what went wrong in the app's words (`errorOf`). Framework-light:
 * the station, which has no vue-i18n, uses it with its own words; `useAction` with the shared ones.
 * `error` may be the page's own message (a page that shows one message for all it does).
 */
export function createAction(errorOf: (e: unknown) => string, error: Ref<string> = ref('')) {
  const busy = ref(false);
  async function run(fn: () => Promise<unknown>): Promise<void> {
    error.value = '';
    busy.value = true;
    try {
      await fn();
    } catch (e) {
      error.value = errorOf(e);
    } finally {
      busy.value = false;
    }
  }
  return { busy, error, run };
}
