// `npm run bench` (package part): the package as a user installs it. Packs this checkout, installs
// the tarball with production dependencies only, and measures the three budgets of the package:
// size on disk, third-party modules loaded by `import { classify }`, and the start-up of
// `provider-fallback explain <code>` beside a bare `node -e 0` in the same run.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import { installPacked } from '../test/helpers/packed.js';

function bytesUnder(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? bytesUnder(path) : statSync(path).size;
  }
  return total;
}

/** Modules outside the package that an entry point imports, statically or dynamically. */
async function thirdPartyImports(entry: string): Promise<string[]> {
  const out = await build({ entryPoints: [entry], bundle: true, write: false, metafile: true, format: 'esm', platform: 'node', packages: 'external', logLevel: 'silent' });
  const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
  const externals = Object.values(out.metafile!.inputs).flatMap((i) => i.imports.filter((im) => im.external).map((im) => im.path));
  return [...new Set(externals.filter((p) => !builtins.has(p)))].sort();
}

function medianMs(command: string, args: string[], cwd: string, runs = 21): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(command, args, { cwd, stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.status}`);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

export async function benchPackage(): Promise<string[]> {
  const app = installPacked();
  try {
    const shipped = join(app.dir, 'node_modules/provider-fallback');
    const installBytes = bytesUnder(join(app.dir, 'node_modules'));
    const tarballBytes = statSync(app.tarball).size;
    const classifyImports = await thirdPartyImports(join(shipped, 'lib/index.js'));
    const explainImports = await thirdPartyImports(join(shipped, 'lib/cli/explain.js'));
    const bare = medianMs(process.execPath, ['-e', '0'], app.dir);
    const explain = medianMs(process.execPath, [join(shipped, 'lib/cli/main.js'), 'explain', 'groq-rate-limit'], app.dir);
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;
    return [
      '| measure | value | budget |',
      '|---|---|---|',
      `| production install on disk (\`npm install --omit=dev\` of the tarball) | ${mb(installBytes)} | at most 3 MB |`,
      `| tarball | ${mb(tarballBytes)} | |`,
      `| third-party modules loaded by \`import { classify }\` | ${classifyImports.length === 0 ? 'none' : classifyImports.join(', ')} | none |`,
      `| third-party modules loaded by \`explain\` | ${explainImports.length === 0 ? 'none' : explainImports.join(', ')} | |`,
      `| \`node -e 0\` (median of 21) | ${bare.toFixed(0)} ms | |`,
      `| \`provider-fallback explain groq-rate-limit\` (median of 21) | ${explain.toFixed(0)} ms (${(explain / bare).toFixed(2)}x bare Node) | at most 3x |`,
    ];
  } finally {
    rmSync(app.dir, { recursive: true, force: true });
  }
}
