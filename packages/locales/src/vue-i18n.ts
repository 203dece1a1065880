import { computed, type ComputedRef } from 'vue';
import { createI18n, useI18n } from 'vue-i18n';
import { loadSharedEn, sharedZh, type LoadCatalog, type SharedCatalog } from './index.js';
import {
  DEFAULT_LANGUAGE,
  bilingualKey,
  issueText,
  localized,
  mergeCatalogs,
  type Bilingual,
  type Language,
  type NoClash,
  type Translate,
} from './types.js';

/**
 * vue-i18n over the shared catalog and an app's own, typed: the `t` of `useLocale()` accepts only keys
 * the catalogs have (vue-i18n's own `t` takes any string). Chinese is installed at once; English is
 * loaded by `setLanguage('en')` and then switched to.
 */
export function createCatalogI18n<App extends NoClash<SharedCatalog, App>>(
  appZh: App,
  loadAppEn: LoadCatalog<App>,
) {
  type Messages = SharedCatalog & App;
  const i18n = createI18n({
    legacy: false,
    locale: DEFAULT_LANGUAGE,
    fallbackLocale: DEFAULT_LANGUAGE,
    messages: { [DEFAULT_LANGUAGE]: mergeCatalogs(sharedZh, appZh) },
  });
  const loaded = new Set<string>([DEFAULT_LANGUAGE]);

  async function setLanguage(next: Language): Promise<void> {
    if (!loaded.has(next)) {
      const [shared, app] = await Promise.all([loadSharedEn(), loadAppEn()]);
      i18n.global.setLocaleMessage(next, mergeCatalogs(shared, app.default as object));
      loaded.add(next);
    }
    i18n.global.locale.value = next;
    if (typeof document !== 'undefined') document.documentElement.lang = next;
  }

  /** In a component: the typed `t`, the current language (`locale`, read-only: change it with `setLanguage`), `L` for the domain's `{ zh, en }` texts. */
  function useLocale() {
    const { t } = useI18n();
    const locale: ComputedRef<Language> = computed(() => i18n.global.locale.value as Language);
    return {
      t: t as unknown as Translate<Messages>,
      locale,
      L: (text: Bilingual) => localized(text, locale.value),
      /** `'zh'` or `'en'`, for the domain's functions that take one. */
      half: computed(() => bilingualKey(locale.value)),
      /** A validation issue's `{ zh, en }` text in the reader's language, if it has one. */
      issueText: (issue: object) => issueText(issue, locale.value),
      setLanguage,
    };
  }

  return { i18n, setLanguage, useLocale };
}

/**
 * For the shared Vue pieces (@huiqi/ui): the same as an app's `useLocale`, typed by the shared
 * catalog only, which every app's i18n includes.
 */
export function useSharedLocale() {
  const { t, locale: current } = useI18n();
  const locale: ComputedRef<Language> = computed(() => current.value as Language);
  return {
    t: t as unknown as Translate<SharedCatalog>,
    locale,
    L: (text: Bilingual) => localized(text, locale.value),
  };
}
