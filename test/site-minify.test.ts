// The paste box's second minification pass (site/plugins/minify-paste-box.mjs): the worker's output
// replaces the client chunk when the build is done, other chunks are left alone, and code terser
// cannot parse fails the build with the chunk's name instead of shipping the unminified file. The
// pass renames the classifier's internal property names: the renamed classifier must answer every
// corpus row and registry sample exactly as the package does, and a name the chunk also spells as a
// string stops the build.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build as esbuild } from 'esbuild';
import OpenAI from 'openai';
import { minify } from 'terser';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs Astro integration, as astro.config.mjs loads it
import minifyPasteBox from '../site/plugins/minify-paste-box.mjs';
// @ts-expect-error: plain .mjs, shared by the integration's worker
import { INTERNAL_PROPERTIES, TERSER_OPTIONS, propertiesSpelledAsStrings } from '../site/plugins/terser-options.mjs';
import { classify } from '../src/index.js';
import { loadRegistry } from '../registry/index.js';
import { sampleInput } from '../registry/sample-input.js';
import { CORPUS_PATH, FRESH_PATH, corpusInput, loadCorpus } from './helpers/corpus.js';
import { ROOT } from './helpers/project.js';

interface Chunk { type: 'chunk'; fileName: string; code: string }
interface Hooks {
  'astro:config:setup': (o: { updateConfig: (c: { vite: { plugins: Array<{ generateBundle: (o: unknown, b: Record<string, Chunk>) => void }> } }) => void }) => void;
  'astro:build:done': (o: { dir: URL }) => Promise<void>;
}

const SOURCE = 'export function classifyLength(message) {\n  const longEnough = message.length > 10;\n  return longEnough ? "long" : "short";\n}\n';

let dist: string | undefined;
afterEach(() => {
  if (dist) rmSync(dist, { recursive: true, force: true });
  dist = undefined;
});

/** Runs the integration's two hooks over a bundle whose files are also written to a temporary dist/. */
async function build(chunks: Chunk[]): Promise<void> {
  dist = mkdtempSync(join(tmpdir(), 'minify-paste-box-'));
  for (const c of chunks) {
    mkdirSync(join(dist, c.fileName, '..'), { recursive: true });
    writeFileSync(join(dist, c.fileName), c.code);
  }
  const hooks = (minifyPasteBox() as { hooks: Hooks }).hooks;
  let plugin: { generateBundle: (o: unknown, b: Record<string, Chunk>) => void } | undefined;
  hooks['astro:config:setup']({ updateConfig: (c) => { plugin = c.vite.plugins[0]; } });
  plugin!.generateBundle({}, Object.fromEntries(chunks.map((c) => [c.fileName, c])));
  await hooks['astro:build:done']({ dir: pathToFileURL(`${dist}/`) });
}

describe('the paste box minify pass', () => {
  it('replaces the client chunk with terser output that still runs, and leaves other chunks alone', async () => {
    const other = { type: 'chunk' as const, fileName: '_astro/Search.js', code: SOURCE };
    const serverCopy = { type: 'chunk' as const, fileName: 'chunks/PasteError_style.mjs', code: SOURCE };
    await build([{ type: 'chunk', fileName: '_astro/PasteError.abc.js', code: SOURCE }, other, serverCopy]);
    const out = readFileSync(join(dist!, '_astro/PasteError.abc.js'), 'utf8');
    expect(out.length).toBeLessThan(SOURCE.length);
    expect(out).not.toContain('longEnough');
    const mod = (await import(`data:text/javascript,${encodeURIComponent(out)}`)) as { classifyLength: (s: string) => string };
    expect([mod.classifyLength('short'), mod.classifyLength('a much longer message')]).toEqual(['short', 'long']);
    expect(readFileSync(join(dist!, other.fileName), 'utf8')).toBe(SOURCE);
    expect(readFileSync(join(dist!, serverCopy.fileName), 'utf8')).toBe(SOURCE);
  });

  it('fails the build, naming the chunk, when terser cannot parse it', async () => {
    await expect(build([{ type: 'chunk', fileName: '_astro/PasteError.bad.js', code: 'export const x = ;' }])).rejects.toThrow(
      /terser could not minify _astro\/PasteError\.bad\.js/,
    );
    expect(readFileSync(join(dist!, '_astro/PasteError.bad.js'), 'utf8')).toBe('export const x = ;');
  });

  it('refuses to rename a property the chunk also spells as a string, naming it, and leaves the file as it was', async () => {
    const code = 'export const read = (ev, key) => ev[key] ?? ev.textRead;\nread({}, "textRead");\n';
    await expect(build([{ type: 'chunk', fileName: '_astro/PasteError.str.js', code }])).rejects.toThrow(
      /_astro\/PasteError\.str\.js spells textRead as a string/,
    );
    expect(readFileSync(join(dist!, '_astro/PasteError.str.js'), 'utf8')).toBe(code);
  });
});

describe('the renamed classifier', () => {
  /** The package's classify, bundled for the browser as the paste box's chunk is, then minified by the pass's options. */
  async function minifiedClassify(): Promise<{ source: string; code: string; classify: typeof classify }> {
    const bundle = await esbuild({
      stdin: { contents: "export { classify } from './src/index.ts';", resolveDir: ROOT, loader: 'ts' },
      bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent',
    });
    const source = bundle.outputFiles[0]!.text;
    expect(propertiesSpelledAsStrings(source)).toEqual([]);
    const out = await minify(source, TERSER_OPTIONS);
    dist = mkdtempSync(join(tmpdir(), 'renamed-classify-'));
    const file = join(dist, 'classify.mjs');
    writeFileSync(file, out.code!);
    return { source, code: out.code!, classify: ((await import(pathToFileURL(file).href)) as { classify: typeof classify }).classify };
  }

  /**
   * A result as JSON, the retry delay rounded to seconds (an HTTP-date hint is read against the clock
   * of each call) and without the docs link, whose default base is where each module was loaded from.
   */
  const comparable = (c: ReturnType<typeof classify>) => ({ ...(JSON.parse(JSON.stringify(c)) as object), docsUrl: undefined, retryAfterMs: c.retryAfterMs === null ? null : Math.round(c.retryAfterMs / 1000) });

  it('renames every listed property, lists none the classifier no longer has, and answers every corpus row and registry sample as the package does', async () => {
    const renamed = await minifiedClassify();
    // A name the classifier no longer has (a field renamed in src/classify) would leave its new name unrenamed.
    const stale = (INTERNAL_PROPERTIES as string[]).filter((name) => !new RegExp(`[.{,]${name}\\b`).test(renamed.source));
    expect(stale).toEqual([]);
    const kept = (INTERNAL_PROPERTIES as string[]).filter((name) => new RegExp(`[.{,;]${name}\\b`).test(renamed.code));
    expect(kept).toEqual([]);
    const inputs: unknown[] = [...loadCorpus(CORPUS_PATH), ...loadCorpus(FRESH_PATH)].map(corpusInput);
    for (const e of loadRegistry().errors) {
      for (const s of e.samples) {
        inputs.push(sampleInput(s));
        if (s.kind === 'http') inputs.push(OpenAI.APIError.generate(s.status, s.body as object, undefined, new Headers(s.headers)));
      }
    }
    const differing = inputs.filter((input) => JSON.stringify(comparable(renamed.classify(input))) !== JSON.stringify(comparable(classify(input))));
    expect(differing.map((input) => String((input as { message?: unknown })?.message ?? input).slice(0, 120))).toEqual([]);
    expect(inputs.length).toBeGreaterThan(5_500);
  });
});
