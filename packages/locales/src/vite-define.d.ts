/** vue-i18n's compile-time flags for the apps' Vite `define` (see vite-define.js). */
export declare const vueI18nDefine: Record<string, string>;
