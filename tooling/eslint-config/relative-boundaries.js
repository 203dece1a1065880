import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

// The dependency direction (boundaries.js) is stated on package names (`@huiqi/domain`), so a
// relative path that climbs out of its package (`../../packages/domain/src/money.ts`,
// `../../../apps/api/src/app.ts`) would slip past it, and past the package's exports too. This rule
// resolves each relative specifier against the importing file and refuses it when it lands in
// another package (the nearest package.json above each side differs): cross a package boundary by
// its name, where the direction rule sees it.

const packageCache = new Map();

/** The directory of the nearest package.json at or above `dir` (the files need not exist). */
const packageDirOf = (dir) => {
  const seen = [];
  let current = dir;
  for (;;) {
    const cached = packageCache.get(current);
    if (cached !== undefined) return remember(seen, cached);
    seen.push(current);
    if (existsSync(path.join(current, 'package.json'))) return remember(seen, current);
    const parent = path.dirname(current);
    if (parent === current) return remember(seen, null);
    current = parent;
  }
};
const remember = (dirs, result) => {
  for (const d of dirs) packageCache.set(d, result);
  return result;
};

const nameOf = (dir) => {
  try {
    return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).name ?? path.basename(dir);
  } catch {
    return path.basename(dir);
  }
};

const message = (specifier, target) =>
  `"${specifier}" reaches into ${target} through a relative path: import it by its package name (and only where docs/architecture.md's dependency direction allows).`;

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Relative imports stay inside their own package.' },
    schema: [],
  },
  create(context) {
    const filename = context.physicalFilename ?? context.filename;
    if (!path.isAbsolute(filename)) return {};
    const fromDir = path.dirname(filename);
    const own = packageDirOf(fromDir);
    const check = (node) => {
      const specifier = node?.type === 'Literal' ? node.value : undefined;
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const resolved = path.resolve(fromDir, specifier);
      // A specifier may name a package's folder itself ('../../packages/domain'): look from there.
      const target = packageDirOf(resolved);
      if (target && target !== own) context.report({ node, message: message(specifier, nameOf(target)) });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export const relativeBoundariesPlugin = { rules: { 'no-relative-cross-package': rule } };

export const relativeBoundaries = [
  {
    files: ['**/*.ts', '**/*.vue', '**/*.js', '**/*.mjs'],
    plugins: { 'huiqi-boundaries': relativeBoundariesPlugin },
    rules: { 'huiqi-boundaries/no-relative-cross-package': 'error' },
  },
];
