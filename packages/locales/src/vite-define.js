// Plain JavaScript: the apps' vite.config.ts loads it with Node, which does not read TypeScript here.
/**
 * vue-i18n's compile-time flags for the apps' Vite builds (their `define`). The apps use the
 * Composition API only (`legacy: false`) and neither `<i18n-t>` nor `v-t`, so the legacy API and the
 * global components are dropped, and so is the devtools hook: 2.2 kB gzip of the console's first load.
 * The values are source text that Vite substitutes, hence the strings.
 */
export const vueI18nDefine = {
  __VUE_I18N_LEGACY_API__: 'false',
  __VUE_I18N_FULL_INSTALL__: 'false',
  __INTLIFY_PROD_DEVTOOLS__: 'false',
};
