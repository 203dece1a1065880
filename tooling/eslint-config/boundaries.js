// The dependency direction of docs/architecture.md, as lint rules rather than hope:
//   domain  -> nothing of the workspace
//   contracts -> domain
//   api -> domain, contracts
//   ui -> domain, contracts, api-client (session handling)
//   apps -> api-client, contracts, domain, ui (never apps/api code)
// Tooling packages (configs) may be used by anyone; they hold no product code.
const TOOLING = ['vitest-config', 'eslint-config', 'tsconfig', 'playwright-config'];

const workspace = (allowed) => ({
  'no-restricted-imports': [
    'error',
    {
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
  { files: ['packages/contracts/**'], rules: workspace(['domain']) },
  { files: ['packages/api-client/**'], rules: workspace(['domain', 'contracts']) },
  { files: ['packages/ui/**'], rules: workspace(['domain', 'contracts', 'api-client']) },
  { files: ['apps/api/**'], rules: workspace(['domain', 'contracts']) },
  // The API's tests drive it through the same typed client the apps use.
  { files: ['apps/api/src/test-support/**', 'apps/api/src/**/*.test.ts'], rules: workspace(['domain', 'contracts', 'api-client']) },
  {
    files: ['apps/portal/**', 'apps/console/**', 'apps/station/**'],
    rules: workspace(['domain', 'contracts', 'api-client', 'ui']),
  },
];
