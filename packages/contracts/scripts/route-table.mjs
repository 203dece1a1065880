// The client's runtime table of the endpoint declarations: for each endpoint its method, path, what
// its input is and whether it answers a file — without the zod schemas, so an app that calls the API
// does not bundle them. Written into dist at build from the declarations themselves (never by hand).
import { writeFileSync } from 'node:fs';

const { endpoints } = await import('../dist/index.js');
const table = Object.fromEntries(
  Object.entries(endpoints).map(([group, g]) => [
    group,
    Object.fromEntries(
      Object.entries(g).map(([name, e]) => [
        name,
        {
          method: e.method,
          path: e.path,
          ...(e.body ? { input: 'json' } : e.form ? { input: 'form' } : e.query ? { input: 'query' } : {}),
          ...((e.body || e.form) && e.query ? { query: true } : {}),
          ...(Object.values(e.responses).some((r) => !('_zod' in r) && r.file) ? { file: true } : {}),
        },
      ]),
    ),
  ]),
);
const url = (f) => new URL(`../dist/${f}`, import.meta.url);
writeFileSync(
  url('route-table.js'),
  `// Made at build by scripts/route-table.mjs from the endpoint declarations: do not edit.\nexport const routeTable = ${JSON.stringify(table, null, 2)};\n`,
);
writeFileSync(
  url('route-table.d.ts'),
  `import type { RouteTable } from './endpoint.js';\nexport declare const routeTable: RouteTable;\n`,
);
