// `npm run bench` (site part): the full `astro build` of the docs site beside a plain Starlight site
// with the same number of short pages, built the same way in the same run. Both builds are cold
// (Astro's content cache removed first, as on a fresh clone in CI); each is run RUNS times,
// alternating, and the medians are compared.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Inside the repository, so the plain site resolves Astro and Starlight from its node_modules. */
const PLAIN = join(ROOT, '.bench', 'plain-starlight');
const RUNS = 5;

function countHtml(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, d) =>
    n + (d.isDirectory() ? countHtml(join(dir, d.name)) : d.name.endsWith('.html') ? 1 : 0), 0);
}

/** A Starlight site with nothing but `pages` one-paragraph Markdown pages and its defaults. */
function writePlainSite(pages: number): void {
  rmSync(PLAIN, { recursive: true, force: true });
  const docs = join(PLAIN, 'src/content/docs');
  mkdirSync(docs, { recursive: true });
  writeFileSync(join(PLAIN, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(join(PLAIN, 'astro.config.mjs'), "import starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ integrations: [starlight({ title: 'plain' })] });\n");
  writeFileSync(join(PLAIN, 'src/content.config.ts'), "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n");
  // index.md and pages - 2 more: Starlight adds its own 404 page to both sites.
  writeFileSync(join(docs, 'index.md'), '---\ntitle: Home\n---\n\nA plain Starlight site.\n');
  for (let i = 1; i < pages - 1; i++) writeFileSync(join(docs, `page-${i}.md`), `---\ntitle: Page ${i}\n---\n\nA short page, number ${i}, with one paragraph of text.\n`);
}

/** One cold build: Astro's cache (node_modules/.astro under the site's root) removed first. */
function coldBuild(root: string): { seconds: number; pages: number } {
  rmSync(join(root, 'node_modules', '.astro'), { recursive: true, force: true });
  const started = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), 'build'], { cwd: root, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`astro build in ${root} failed (exit ${r.status}):\n${(r.stdout + r.stderr).slice(-2000)}`);
  return { seconds, pages: countHtml(join(root, 'dist')) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function benchSite(): string[] {
  const first = coldBuild(ROOT);
  writePlainSite(first.pages);
  const ours = [first.seconds];
  const plain: number[] = [];
  let plainPages = 0;
  for (let i = 0; i < RUNS; i++) {
    const p = coldBuild(PLAIN);
    plain.push(p.seconds);
    plainPages = p.pages;
    if (i > 0) ours.push(coldBuild(ROOT).seconds);
  }
  const [o, p] = [median(ours), median(plain)];
  return [
    `Cold \`astro build\` (Astro's content cache removed first), wall clock, median of ${RUNS} alternating runs; both include Pagefind indexing, ours also link validation.`,
    '',
    '| Site | Pages | Build | Pages per second |',
    '| --- | ---: | ---: | ---: |',
    `| this docs site | ${first.pages} | ${o.toFixed(1)} s | ${(first.pages / o).toFixed(1)} |`,
    `| plain Starlight, one-paragraph pages | ${plainPages} | ${p.toFixed(1)} s | ${(plainPages / p).toFixed(1)} |`,
    '',
    `Ratio: **${(o / p).toFixed(2)}×** the plain site (aim: at most 2×). Runs: ours ${ours.map((s) => s.toFixed(1)).join(', ')} s; plain ${plain.map((s) => s.toFixed(1)).join(', ')} s.`,
  ];
}
