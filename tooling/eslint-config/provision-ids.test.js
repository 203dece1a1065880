import { RuleTester } from 'eslint';
import vue from 'eslint-plugin-vue';
import { afterAll, describe, it } from 'vitest';
import { provisionIdsPlugin } from './provision-ids.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.afterAll = afterAll;

const vueParser = vue.configs['flat/base'].find((c) => c.languageOptions?.parser).languageOptions.parser;
const rule = provisionIdsPlugin.rules['no-provision-id-literal'];
const refused = (value) => [
  {
    message: `"${value}" names a provision: read it from the policy (policyRegistry, the provision's data) instead of quoting it. Only the policy data, the demo seed and tests quote provision ids.`,
  },
];

new RuleTester({ languageOptions: { ecmaVersion: 2023, sourceType: 'module' } }).run(
  'huiqi/no-provision-id-literal',
  rule,
  {
    valid: [
      'const id = registry.claimProvisionIds[0];',
      "const label = 'M7';", // a measure, not a provision
      "const version = 'ningxia-2024';",
      'const text = `第 ${n} 条`;',
      "const path = 'M.7.4';",
      "const money = 'M5';",
    ],
    invalid: [
      { code: "const id = 'M7.4';", errors: refused('M7.4') },
      { code: "const p = 'M5.1.rate';", errors: refused('M5.1.rate') },
      { code: "if (x === 'M12.1') go();", errors: refused('M12.1') },
      { code: 'const ids = [`M1.2`];', errors: refused('M1.2') },
    ],
  },
);

new RuleTester({
  languageOptions: { parser: vueParser, ecmaVersion: 2023, sourceType: 'module' },
}).run('huiqi/no-provision-id-literal in a .vue template', rule, {
  valid: [
    {
      filename: 'Page.vue',
      code: '<template><router-link :to="`/claims/${id}`">{{ title }}</router-link></template>',
    },
  ],
  invalid: [
    {
      filename: 'Page.vue',
      code: `<template><i v-if="p === 'M7.4'" /></template>`,
      errors: refused('M7.4'),
    },
  ],
});
