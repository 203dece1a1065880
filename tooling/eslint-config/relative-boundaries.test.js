import path from 'node:path';
import { RuleTester } from 'eslint';
import vue from 'eslint-plugin-vue';
import { afterAll, describe, it } from 'vitest';
import { relativeBoundariesPlugin } from './relative-boundaries.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.afterAll = afterAll;

// Real paths of this repository: the rule finds each side's package by its package.json.
const root = path.resolve(import.meta.dirname, '../..');
const at = (file) => path.join(root, file);
const rule = relativeBoundariesPlugin.rules['no-relative-cross-package'];
const refused = (specifier, target) => [
  {
    message: `"${specifier}" reaches into ${target} through a relative path: import it by its package name (and only where docs/architecture.md's dependency direction allows).`,
  },
];

new RuleTester({ languageOptions: { ecmaVersion: 2023, sourceType: 'module' } }).run(
  'huiqi-boundaries/no-relative-cross-package',
  rule,
  {
    valid: [
      // Inside its own package, however far up it climbs.
      {
        filename: at('apps/api/src/routes/agency/agency.handlers.ts'),
        code: "import { a } from '../../lib/audit.js';",
      },
      {
        filename: at('packages/domain/src/policy/ningxia/m7.ts'),
        code: "import { Money } from '../../money.js';",
      },
      { filename: at('apps/portal/src/pages/X.vue'), code: "const p = import('./Y.vue');" },
      // Across packages by name: the direction rule (boundaries.js) judges those.
      { filename: at('apps/portal/src/main.ts'), code: "import { Money } from '@huiqi/domain';" },
      { filename: at('apps/portal/src/main.ts'), code: "import 'vue';" },
    ],
    invalid: [
      {
        filename: at('apps/portal/src/pages/RecordsPage.ts'),
        code: "import { Money } from '../../../../packages/domain/src/money.js';",
        errors: refused('../../../../packages/domain/src/money.js', '@huiqi/domain'),
      },
      {
        filename: at('packages/contracts/src/index.ts'),
        code: "export { app } from '../../../apps/api/src/app.js';",
        errors: refused('../../../apps/api/src/app.js', '@huiqi/api'),
      },
      {
        filename: at('packages/ui/src/x.ts'),
        code: "export * from '../../locales/src/zh-CN/common.js';",
        errors: refused('../../locales/src/zh-CN/common.js', '@huiqi/locales'),
      },
      {
        // The package's folder itself.
        filename: at('apps/station/src/outbox.ts'),
        code: "const d = await import('../../../packages/domain');",
        errors: refused('../../../packages/domain', '@huiqi/domain'),
      },
      {
        // Between two apps.
        filename: at('apps/console/src/pages/RecordsPage.ts'),
        code: "import { x } from '../../../portal/src/pages/RecordsPage.js';",
        errors: refused('../../../portal/src/pages/RecordsPage.js', '@huiqi/portal'),
      },
    ],
  },
);

const vueParser = vue.configs['flat/base'].find((c) => c.languageOptions?.parser).languageOptions.parser;
new RuleTester({
  languageOptions: { parser: vueParser, ecmaVersion: 2023, sourceType: 'module' },
}).run('huiqi-boundaries/no-relative-cross-package in a .vue script', rule, {
  valid: [
    {
      filename: at('apps/console/src/pages/QueuePage.vue'),
      code: "<script setup>\nimport Row from '../components/Row.vue';\n</script>",
    },
  ],
  invalid: [
    {
      filename: at('apps/console/src/pages/QueuePage.vue'),
      code: "<script setup>\nimport Card from '../../../../packages/ui/src/Card.vue';\n</script>",
      errors: refused('../../../../packages/ui/src/Card.vue', '@huiqi/ui'),
    },
  ],
});
