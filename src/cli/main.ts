#!/usr/bin/env node
// The provider-fallback command line.
import { Command } from 'commander';
import { runGenerate } from './generate.js';

const program = new Command()
  .name('provider-fallback')
  .description('Error-code registry, generated docs and config for Kilo Code -> LiteLLM -> Groq / OpenAI / OpenRouter');

program
  .command('generate')
  .description('write every generated artifact from the registry (only files that changed)')
  .option('--check', 'write nothing; exit 1 with a unified diff per drifted file')
  .option('--root <dir>', 'project root the artifacts are written under', process.cwd())
  .action((opts: { check?: boolean; root: string }) => {
    process.exitCode = runGenerate({ root: opts.root, check: opts.check === true });
  });

program.parseAsync(process.argv).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 2;
});
