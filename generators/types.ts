// The contract every generator follows: a pure function from the registry (plus, for files with
// hand-written parts, their current text) to file contents. Only generators/writer.ts touches disk.
import type { Registry } from '../registry/schema.js';
import type { ScenarioRun } from '../scenarios/run.js';

export interface GeneratedFile {
  /** Path relative to the project root, with forward slashes. */
  path: string;
  contents: string;
}

export interface GenerateContext {
  /** Current text of a file, for generators that keep hand-written parts; undefined if absent. */
  existing(path: string): string | undefined;
  /** The record of each scenario's run (scenarios/run.ts), by scenario id: the scenario pages are made from them. */
  scenarioRuns: Record<string, ScenarioRun>;
}

export type Generator = (reg: Registry, ctx: GenerateContext) => GeneratedFile[];

/** A generator could not produce a file; names the file and what is wrong. */
export class GenerationError extends Error {
  constructor(readonly file: string, detail: string) {
    super(`${file}: ${detail}`);
    this.name = 'GenerationError';
  }
}
