// `npm run bench` (site part): a full `astro build` of the docs site, timed, with pages per second.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function countHtml(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, d) =>
    n + (d.isDirectory() ? countHtml(join(dir, d.name)) : d.name.endsWith('.html') ? 1 : 0), 0);
}

export function benchSite(): string[] {
  const started = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), 'build'], { cwd: ROOT, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) return [`astro build failed (exit ${r.status}):`, '```', (r.stdout + r.stderr).slice(-2000), '```'];
  const pages = countHtml(join(ROOT, 'dist'));
  return [
    '| Site build | Value |',
    '| --- | ---: |',
    `| pages | ${pages} |`,
    `| full \`astro build\` (wall clock, includes Pagefind indexing and link validation) | ${seconds.toFixed(1)} s |`,
    `| pages per second | ${(pages / seconds).toFixed(1)} |`,
  ];
}
