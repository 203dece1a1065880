// The dependency direction of docs/architecture.md, as lint rules rather than hope:
//   domain, locales  -> nothing of the workspace
//   contracts -> domain
//   api -> domain, contracts
//   ui -> domain, contracts, api-client (session handling), locales
//   apps -> api-client, contracts, domain, ui, locales (never apps/api code)
// Tooling packages (configs) may be used by anyone; they hold no product code.
// Relative paths that leave their package are refused by relative-boundaries.js.
const TOOLING = ['vitest-config', 'eslint-config', 'tsconfig', 'playwright-config'];

// vue-i18n's own useI18n takes any string as a key; the apps and @huiqi/ui use the typed useLocale of
// their src/locales (useSharedLocale in @huiqi/ui), whose t takes only keys the catalogs have.
const TYPED_I18N = [
  {
    name: 'vue-i18n',
    importNames: ['useI18n'],
    message:
      "Use useLocale() from the app's src/locales (useSharedLocale in @huiqi/ui): its t is typed by the catalogs.",
  },
];

const workspace = (allowed, paths = []) => ({
  'no-restricted-imports': [
    'error',
    {
      paths,
      patterns: [
        {
          regex: `^@huiqi/(?!(${[...allowed, ...TOOLING].join('|')})(/|$))`,
          message: `This package may import only ${allowed.length ? allowed.map((a) => '@huiqi/' + a).join(', ') : 'nothing'} of the workspace (docs/architecture.md, dependency direction).`,
        },
        {
          regex: '(^|/)apps/api(/|$)',
          message: 'Never import API code; use @huiqi/api-client or @huiqi/contracts.',
        },
      ],
    },
  ],
});

export const boundaries = [
  { files: ['packages/domain/**'], rules: workspace([]) },
  { files: ['packages/locales/**'], rules: workspace([]) },
  { files: ['packages/contracts/**'], rules: workspace(['domain']) },
  { files: ['packages/api-client/**'], rules: workspace(['domain', 'contracts']) },
  {
    files: ['packages/ui/**'],
    rules: workspace(['domain', 'contracts', 'api-client', 'locales'], TYPED_I18N),
  },
  { files: ['apps/api/**'], rules: workspace(['domain', 'contracts']) },
  // The API's tests drive it through the same typed client the apps use.
  {
    files: ['apps/api/src/test-support/**', 'apps/api/src/**/*.test.ts'],
    rules: workspace(['domain', 'contracts', 'api-client']),
  },
  {
    files: ['apps/portal/**', 'apps/console/**', 'apps/station/**'],
    rules: workspace(['domain', 'contracts', 'api-client', 'ui', 'locales'], TYPED_I18N),
  },
];
