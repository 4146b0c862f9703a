// The browser bytes of `classify`: what `npm run bench` reports and test/package.test.ts holds to
// issue 11's aim (the paste box's script at most 20 KiB gzipped).
import { build, type Plugin } from 'esbuild';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export interface BundleSize { minified: number; gzipped: number }

/** The aim: 20 KiB gzipped. */
export const BUNDLE_AIM_BYTES = 20 * 1024;

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * esbuild --minify of a module that imports from the package's entry, for the browser. With
 * `tablesSource`, the generated match tables (src/generated/match-tables.ts) are read from it instead
 * of the disk: what the bundle would weigh with other tables, without writing them.
 */
export async function bundleSize(contents: string, tablesSource?: string): Promise<BundleSize> {
  const tables: Plugin = {
    name: 'match-tables-in-memory',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]generated[\\/]match-tables\.ts$/ }, () => ({ contents: tablesSource, loader: 'ts' }));
    },
  };
  const out = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' }, bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent',
    plugins: tablesSource === undefined ? [] : [tables],
  });
  const code = out.outputFiles[0]!.contents;
  return { minified: code.byteLength, gzipped: gzipSync(code).byteLength };
}

/** What the paste box's script is built from: the classifier, its generated tables and the box itself. */
const BOX_SOURCES = ['src/classify', 'src/generated/match-tables.ts', 'site/components/PasteError.astro', 'site/plugins'];

/** The newest modification time among files and, recursively, the files of directories. */
function newestChange(paths: readonly string[]): number {
  let newest = 0;
  for (const p of paths) {
    const stat = statSync(p);
    newest = Math.max(newest, stat.isDirectory() ? newestChange(readdirSync(p).map((f) => join(p, f))) : stat.mtimeMs);
  }
  return newest;
}

export interface ShippedPasteBox extends BundleSize {
  /** A source changed after the site was built: these are the bytes of an older classifier. */
  stale: boolean;
}

/** The paste box's script as the site build emitted it (dist/_astro), when the site has been built. */
export function shippedPasteBox(dist = join(ROOT, 'dist'), sources = BOX_SOURCES.map((p) => join(ROOT, p))): ShippedPasteBox | null {
  const dir = join(dist, '_astro');
  if (!existsSync(dir)) return null;
  const file = readdirSync(dir).find((f) => f.startsWith('PasteError') && f.endsWith('.js'));
  if (!file) return null;
  const path = join(dir, file);
  const code = readFileSync(path);
  return { minified: code.byteLength, gzipped: gzipSync(code).byteLength, stale: newestChange(sources) > statSync(path).mtimeMs };
}
