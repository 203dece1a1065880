import { createCatalogI18n } from '@huiqi/locales/vue-i18n';
import zhCN from './zh-CN/index.js';

/**
 * The portal's messages: the shared catalog (@huiqi/locales) and the portal's own (`./zh-CN/*.ts`,
 * `./en/*.ts`). In a component, `const { t, locale, L } = useLocale()`; `t` accepts only keys that exist.
 */
export const { i18n, setLanguage, useLocale } = createCatalogI18n(zhCN, () => import('./en/index.js'));

/** The app's own catalog, for keys built from a value (`users.roles.${role}`). */
export type Messages = typeof zhCN;
