// A provision is one module of policy data; everything else reads the registry (issue 18). This
// rule refuses a quoted provision id ('M7.4', or a parameter id such as 'M5.1.rate') anywhere else:
// a list of provisions in a page, a handler or a rule is a copy that the next provision will miss.
const ID = /^M\d+\.\d+(\.|$)/;

const message = (value) =>
  `"${value}" names a provision: read it from the policy (policyRegistry, the provision's data) instead of quoting it. Only the policy data, the demo seed and tests quote provision ids.`;

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Quoted provision ids belong to the policy data, the demo seed and tests only.' },
    schema: [],
  },
  create(context) {
    const check = (node, value) => {
      if (typeof value === 'string' && ID.test(value)) context.report({ node, message: message(value) });
    };
    const visitors = {
      Literal: (node) => check(node, node.value),
      TemplateElement: (node) => check(node, node.value.cooked),
    };
    const services = context.sourceCode?.parserServices ?? context.parserServices;
    if (services?.defineTemplateBodyVisitor) return services.defineTemplateBodyVisitor(visitors, visitors);
    return visitors;
  },
};

export const provisionIdsPlugin = { rules: { 'no-provision-id-literal': rule } };

export const provisionIds = [
  {
    files: ['**/*.ts', '**/*.vue'],
    ignores: [
      // The policy data: each version's folder of provisions (and the worked example of another province).
      'packages/domain/src/policy/ningxia/**',
      'packages/domain/src/policy/examples/**',
      'apps/api/src/db/seed/**',
      '**/*.test.ts',
      '**/*.spec.ts',
      '**/e2e/**',
      '**/test-support/**',
      // Fixtures of the benchmark and the worked examples it prints: claims written out as data.
      'packages/domain/bench/**',
      'packages/domain/scripts/**',
      'bench/**',
    ],
    plugins: { huiqi: provisionIdsPlugin },
    rules: { 'huiqi/no-provision-id-literal': 'error' },
  },
];
