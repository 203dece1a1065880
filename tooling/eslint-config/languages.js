// Messages go through the typed catalogs (@huiqi/locales and each app's src/locales/<language>/): a
// comparison with 'en' in an app picks a message by hand, past the catalog, where a missing
// translation is no type error. The domain's own { zh, en } texts are read with L() from useLocale().
const comparesEn =
  "BinaryExpression[operator=/^[!=]==?$/][right.value='en'], BinaryExpression[operator=/^[!=]==?$/][left.value='en']";
const message =
  "Say it through the catalogs (src/locales/zh-CN and en, or @huiqi/locales for shared words): t('…'); a { zh, en } text of the domain: L(text).";

export const languages = [
  {
    files: ['apps/portal/src/**', 'apps/console/src/**', 'apps/station/src/**', 'packages/ui/src/**'],
    rules: {
      'no-restricted-syntax': ['error', { selector: comparesEn, message }],
      'vue/no-restricted-syntax': ['error', { selector: comparesEn, message }],
    },
  },
];
