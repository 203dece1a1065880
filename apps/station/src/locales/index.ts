import { createDictionary, DEFAULT_LANGUAGE, type Language } from '@huiqi/locales';
import { Locale } from 'vant';
import { readonly } from 'vue';
import zhCN from './zh-CN/index.js';

/**
 * The station's messages: the shared catalog (@huiqi/locales) and the station's own (`./zh-CN/*.ts`,
 * `./en/*.ts`), through a small dictionary rather than an i18n library, to stay within the first-load
 * budget of a phone on a slow connection. `t('a.b', { n: 1 })` accepts only keys that exist and fills {n}.
 */
const dictionary = createDictionary(zhCN, () => import('./en/index.js'));
export const { t, L } = dictionary;
/** The reader's language (change it with `setLanguage`). */
export const locale = readonly(dictionary.language);

/**
 * Switches language: English (the station's words, the shared ones and Vant's own — pickers, dialogs,
 * empty lists, pull-to-refresh) is loaded the first time; Chinese is Vant's default.
 */
export async function setLanguage(next: Language): Promise<void> {
  if (next === DEFAULT_LANGUAGE) Locale.use('zh-CN');
  else Locale.use('en-US', (await import('vant/es/locale/lang/en-US')).default);
  await dictionary.setLanguage(next);
  document.documentElement.lang = next;
}
