/**
 * Huiqi's messages as typed catalogs, one folder per language (`zh-CN/*.ts`, `en/*.ts`), in the
 * spirit of vue-vben-admin's packages/locales: this package holds the words the apps share and the
 * types every catalog is checked against; each app keeps its own catalog in `src/locales/<language>/`.
 * Chinese is in every first load; English is a chunk of its own, loaded when someone chooses it.
 *
 * The station (no i18n library, for its first-load budget) uses `createDictionary`; the portal and the
 * console use `createCatalogI18n` from `@huiqi/locales/vue-i18n`.
 */
import { ref, type Ref } from 'vue';
import sharedZh from './zh-CN/index.js';
import {
  DEFAULT_LANGUAGE,
  localized,
  lookup,
  mergeCatalogs,
  type Bilingual,
  type Catalog,
  type Language,
  type NoClash,
  type Translate,
} from './types.js';

export * from './types.js';
export { sharedZh };
export type SharedCatalog = typeof sharedZh;

/** The shared catalog in English (a chunk of its own). */
export const loadSharedEn = async (): Promise<Catalog<SharedCatalog>> =>
  (await import('./en/index.js')).default;

/** Where an app's English catalog comes from: a dynamic import, so that it stays out of the first load. */
export type LoadCatalog<T> = () => Promise<{ default: Catalog<T> }>;

/**
 * An app's messages without an i18n library: `t` takes only keys of the shared and the app's catalog,
 * fills `{name}`, and follows `language`; `setLanguage('en')` loads English first.
 */
export function createDictionary<App extends NoClash<SharedCatalog, App>>(
  appZh: App,
  loadAppEn: LoadCatalog<App>,
) {
  type Messages = SharedCatalog & App;
  const zh: Messages = mergeCatalogs(sharedZh, appZh);
  const catalogs: Partial<Record<Language, object>> = { 'zh-CN': zh };
  const language: Ref<Language> = ref(DEFAULT_LANGUAGE);
  async function setLanguage(next: Language): Promise<void> {
    if (!catalogs[next]) {
      const [shared, app] = await Promise.all([loadSharedEn(), loadAppEn()]);
      catalogs[next] = { ...mergeCatalogs(shared, app.default as object) };
    }
    language.value = next;
  }
  const t: Translate<Messages> = (key, named) => lookup(catalogs[language.value] ?? zh, key, named);
  const L = (text: Bilingual) => localized(text, language.value);
  return { language, setLanguage, t, L };
}
