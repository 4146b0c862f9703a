// `npm run generate` / `npm run check:drift` (tsx generators/cli.ts [--check] [--root dir]): the
// maintainer's command. Regenerates every artifact from the registry, or verifies that none drifted.
// Registry and generator errors are reported before anything is written.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { colors as pc } from '../src/cli/colors.js';
import { generateAll } from './index.js';
import { GenerationError } from './types.js';
import { findOrphans, GENERATED_FOLDERS, MANIFEST_PATH } from './manifest.js';
import { listFiles, plan, readIfExists, removeFiles, unifiedDiff, writeAll } from './writer.js';
import { loadRegistry, RegistryError } from '../registry/index.js';
import { runScenarios, type ScenarioRun } from '../scenarios/run.js';
import type { Registry } from '../registry/schema.js';

export interface GenerateOptions {
  root: string;
  check: boolean;
  /** Where the registry comes from; tests pass fixture registries. */
  load?: () => Registry;
  out?: (line: string) => void;
  err?: (line: string) => void;
  /** Runs the registry's scenarios; tests pass a cached run. */
  scenarios?: (reg: Registry) => Promise<Record<string, ScenarioRun>>;
}

/** Generates (or with `check`, verifies) every artifact; the scenarios are run first, since their pages record the runs. */
export async function runGenerate(opts: GenerateOptions): Promise<number> {
  const { out = console.log, err = console.error, load = loadRegistry } = opts;
  let files;
  try {
    const reg = load();
    const scenarioRuns = await (opts.scenarios ?? runScenarios)(reg);
    files = generateAll(reg, { existing: (p) => readIfExists(join(opts.root, p)), scenarioRuns });
  } catch (e) {
    if (e instanceof RegistryError || e instanceof GenerationError) {
      err(pc.red(e.message));
      err('Nothing was written.');
      return 1;
    }
    throw e;
  }
  const orphans = findOrphans(files, readIfExists(join(opts.root, MANIFEST_PATH)), GENERATED_FOLDERS.flatMap((d) => listFiles(opts.root, d)));
  if (opts.check) {
    const drifted = plan(opts.root, files).filter((f) => f.state !== 'unchanged');
    for (const f of drifted) out(unifiedDiff(f));
    for (const o of orphans) out(`orphan: ${o} (no registry entry produces it any more)`);
    if (drifted.length > 0) err(pc.red(`${drifted.length} generated file(s) drifted from the registry: ${drifted.map((f) => f.path).join(', ')}`));
    if (orphans.length > 0) err(pc.red(`${orphans.length} orphaned generated file(s): ${orphans.join(', ')}`));
    if (drifted.length > 0 || orphans.length > 0) {
      err(`Run: npm run generate (it rewrites drifted files and removes orphans; do not edit generated files or regions by hand).`);
      return 1;
    }
    out(`${files.length} generated files match the registry; no orphans.`);
    return 0;
  }
  for (const f of writeAll(opts.root, files)) {
    const mark = f.state === 'unchanged' ? pc.dim('unchanged') : f.state === 'created' ? pc.green('created  ') : pc.yellow('updated  ');
    out(`${mark} ${f.path}`);
  }
  removeFiles(opts.root, orphans);
  for (const o of orphans) out(`${pc.red('removed  ')} ${o} (orphan: no registry entry produces it)`);
  return 0;
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, root: { type: 'string', default: process.cwd() } } });
  process.exitCode = await runGenerate({ root: values.root, check: values.check });
}
