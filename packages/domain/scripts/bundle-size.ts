/**
 * How much a browser downloads for `import { assess } from '@huiqi/domain'`: the built package
 * (dist) bundled with its dependencies by esbuild for the browser, minified, raw and gzip, with the
 * largest inputs. `pnpm size` prints it; bundle-size.test.ts holds it to the budget.
 *   tsx scripts/bundle-size.ts [--json] [names to import, default: assess]
 */
import { build, type Metafile } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

export const BUDGET_GZIP_BYTES = 60 * 1024;

export interface BundleSize {
  names: string[];
  raw: number;
  gzip: number;
  /** Bytes in the bundle by input file (package or source file), largest first. */
  inputs: { path: string; bytes: number }[];
}

const pkgDir = join(import.meta.dirname, '..');

export async function bundleSize(names: string[] = ['assess']): Promise<BundleSize> {
  const result = await build({
    stdin: {
      contents: `export { ${names.join(', ')} } from '@huiqi/domain';`,
      resolveDir: pkgDir,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    // Resolve the package by its own name, as an app's bundler does, to the built files.
    alias: { '@huiqi/domain': join(pkgDir, 'dist', 'index.js') },
  });
  const code = result.outputFiles[0]!.contents;
  return { names, raw: code.length, gzip: gzipSync(code).length, inputs: byInput(result.metafile) };
}

function byInput(meta: Metafile): BundleSize['inputs'] {
  const out = Object.values(meta.outputs)[0]!;
  const sums = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(out.inputs)) {
    const m = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(path);
    const key = m ? m[1]! : path.replace(/^.*?dist\//, 'dist/');
    sums.set(key, (sums.get(key) ?? 0) + bytesInOutput);
  }
  return [...sums.entries()].map(([path, bytes]) => ({ path, bytes })).sort((a, b) => b.bytes - a.bytes);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const names = args.filter((a) => a !== '--json');
  const size = await bundleSize(names.length ? names : undefined);
  if (json) console.log(JSON.stringify(size, null, 2));
  else {
    const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
    console.log(
      `import { ${size.names.join(', ')} } from '@huiqi/domain' for the browser: ${kb(size.raw)} minified, ${kb(size.gzip)} gzip (budget ${kb(BUDGET_GZIP_BYTES)} gzip)`,
    );
    for (const i of size.inputs.slice(0, 12)) console.log(`  ${kb(i.bytes).padStart(9)}  ${i.path}`);
  }
}
