// Helpers to generate the project in memory or into a temp copy of the artifacts.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { EMBEDS } from '../../generators/guide-embeds.js';
import { generateAll } from '../../generators/index.js';
import { readIfExists } from '../../generators/writer.js';
import { loadRegistry } from '../../registry/index.js';
import { runScenarios } from '../../scenarios/run.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Where docs links lead by default: the generated REFERENCE.md (shipped in the package). */
export const REFERENCE_URL = pathToFileURL(join(ROOT, '.kilocode/skills/provider-fallback/REFERENCE.md')).href;

/** The scenarios' runs for the committed registry, run once per test file. */
export const SCENARIO_RUNS = await runScenarios(loadRegistry());

export function generatedInMemory(root = ROOT) {
  return generateAll(loadRegistry(), { existing: (p) => readIfExists(join(root, p)), scenarioRuns: SCENARIO_RUNS });
}

/** A temp directory holding a copy of every generated artifact as committed. */
export function tempCopyOfArtifacts(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pf-artifacts-'));
  // The hand-written ops files the guides embed are inputs of the generator, so they come along.
  for (const path of [...generatedInMemory().map((f) => f.path), ...EMBEDS.map((e) => e.file)]) {
    cpSync(join(ROOT, path), join(dir, path), { recursive: true });
  }
  return dir;
}
