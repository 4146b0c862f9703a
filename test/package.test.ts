// The classifier ships as plain generated data: bundling src/index.ts pulls in nothing outside
// src/ (no zod, no registry, no node_modules), and the generated module says not to edit it.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/project.js';
import { BUNDLE_AIM_BYTES, bundleSize, shippedPasteBox } from '../bench/bundle-size.js';

describe('the classify entry point', () => {
  it('has zero runtime dependencies', async () => {
    const out = await build({ entryPoints: [join(ROOT, 'src/index.ts')], bundle: true, write: false, metafile: true, format: 'esm', platform: 'neutral', logLevel: 'silent' });
    const inputs = Object.keys(out.metafile!.inputs).map((p) => relative(ROOT, join(ROOT, p)));
    expect(inputs.filter((p) => !p.startsWith('src/'))).toEqual([]);
    expect(inputs).toContain('src/generated/match-tables.ts');
  });

  it('the CLI and everything it loads imports only src/, Node built-ins and production dependencies', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const out = await build({ entryPoints: [join(ROOT, 'src/cli/main.ts')], bundle: true, write: false, metafile: true, format: 'esm', platform: 'node', packages: 'external', logLevel: 'silent' });
    const inputs = Object.keys(out.metafile!.inputs);
    expect(inputs.filter((p) => !p.startsWith('src/'))).toEqual([]);
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    const external = new Set(Object.values(out.metafile!.inputs).flatMap((i) => i.imports.filter((im) => im.external).map((im) => im.path)));
    expect([...external].filter((p) => !builtins.has(p)).sort()).toEqual(Object.keys(pkg.dependencies).sort());
  });

  it('keeps the browser bytes within issue 11\'s aim: the classify bundle and the paste box\'s built script, each at most 20 KiB gzipped', async () => {
    // Sizes are deterministic, unlike timings: a wording, a module-level side effect that keeps a
    // module in the bundle, or a new import shows here before it reaches the site.
    const classifyOnly = await bundleSize("export { classify } from './src/index.ts';");
    expect(classifyOnly.gzipped).toBeLessThanOrEqual(BUNDLE_AIM_BYTES);
    const box = shippedPasteBox();
    if (!box) throw new Error('dist/ has no paste box script: run npm run build first (npm test does)');
    if (box.stale) throw new Error("dist/ was built before the classifier's sources last changed: run npm run build again (npm test does)");
    expect(box.gzipped).toBeLessThanOrEqual(BUNDLE_AIM_BYTES);
  });

  it('weighs the bundle with match tables given in memory, as the wording sweep does, and with the ones on disk otherwise', async () => {
    const entry = "export { classify } from './src/index.ts';";
    const onDisk = readFileSync(join(ROOT, 'src/generated/match-tables.ts'), 'utf8');
    const fromDisk = await bundleSize(entry);
    expect(await bundleSize(entry, onDisk)).toEqual(fromDisk);
    // The same tables with 4,000 characters more kept alive: had the source been ignored, no change.
    const larger = await bundleSize(entry, `${onDisk}\nexport const EXTRA = ${JSON.stringify('x'.repeat(4000))};\nconsole.log(EXTRA);\n`);
    expect(larger.minified).toBeGreaterThan(fromDisk.minified);
  });

  it("tells a paste box built before its sources last changed from a current one (the bytes of a stale dist/ are not the classifier's)", () => {
    const dir = mkdtempSync(join(tmpdir(), 'pf-box-'));
    try {
      mkdirSync(join(dir, 'dist', '_astro'), { recursive: true });
      const built = join(dir, 'dist', '_astro', 'PasteError.abc.js');
      const source = join(dir, 'src', 'classify', 'text.ts');
      mkdirSync(join(dir, 'src', 'classify'), { recursive: true });
      writeFileSync(built, 'export const x = 1;\n');
      writeFileSync(source, '// a source\n');
      const at = (seconds: number) => new Date(1_764_460_800_000 + seconds * 1000);
      utimesSync(built, at(10), at(10));
      utimesSync(source, at(0), at(0));
      expect(shippedPasteBox(join(dir, 'dist'), [join(dir, 'src')])).toMatchObject({ minified: 20, stale: false });
      utimesSync(source, at(20), at(20));
      expect(shippedPasteBox(join(dir, 'dist'), [join(dir, 'src')])).toMatchObject({ stale: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('generated modules carry a DO NOT EDIT header naming the registry and the command', () => {
    for (const f of ['src/generated/enums.ts', 'src/generated/match-tables.ts', 'src/generated/registry-data.ts']) {
      const head = readFileSync(join(ROOT, f), 'utf8').split('\n').slice(0, 2).join('\n');
      expect(head).toMatch(/GENERATED by generators\/[a-z-]+\.ts from .*registry.*DO NOT EDIT\.\n\/\/ Edit the registry instead, then run: npm run generate/);
    }
  });
});
