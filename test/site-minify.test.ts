// The paste box's second minification pass (site/plugins/minify-paste-box.mjs): the worker's output
// replaces the client chunk when the build is done, other chunks are left alone, and code terser
// cannot parse fails the build with the chunk's name instead of shipping the unminified file.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs Astro integration, as astro.config.mjs loads it
import minifyPasteBox from '../site/plugins/minify-paste-box.mjs';

interface Chunk { type: 'chunk'; fileName: string; code: string }
interface Hooks {
  'astro:config:setup': (o: { updateConfig: (c: { vite: { plugins: Array<{ generateBundle: (o: unknown, b: Record<string, Chunk>) => void }> } }) => void }) => void;
  'astro:build:done': (o: { dir: URL }) => Promise<void>;
}

const SOURCE = 'export function classifyLength(message) {\n  const longEnough = message.length > 10;\n  return longEnough ? "long" : "short";\n}\n';

let dist: string;
afterEach(() => rmSync(dist, { recursive: true, force: true }));

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
    const out = readFileSync(join(dist, '_astro/PasteError.abc.js'), 'utf8');
    expect(out.length).toBeLessThan(SOURCE.length);
    expect(out).not.toContain('longEnough');
    const mod = (await import(`data:text/javascript,${encodeURIComponent(out)}`)) as { classifyLength: (s: string) => string };
    expect([mod.classifyLength('short'), mod.classifyLength('a much longer message')]).toEqual(['short', 'long']);
    expect(readFileSync(join(dist, other.fileName), 'utf8')).toBe(SOURCE);
    expect(readFileSync(join(dist, serverCopy.fileName), 'utf8')).toBe(SOURCE);
  });

  it('fails the build, naming the chunk, when terser cannot parse it', async () => {
    await expect(build([{ type: 'chunk', fileName: '_astro/PasteError.bad.js', code: 'export const x = ;' }])).rejects.toThrow(
      /terser could not minify _astro\/PasteError\.bad\.js/,
    );
    expect(readFileSync(join(dist, '_astro/PasteError.bad.js'), 'utf8')).toBe('export const x = ;');
  });
});
