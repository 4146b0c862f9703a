#!/usr/bin/env node
// The provider-fallback command line.
import { Command } from 'commander';
import { runDoctorCli, type DoctorCliOptions } from './doctor.js';
import { readStdin, runExplain, shellFor, type Shell } from './explain.js';
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

program
  .command('explain')
  .description('explain an error code (or seed id), or classify an error message, JSON body or log line given as argument or on stdin')
  .argument('[input...]', 'a code such as groq-rate-limit or 429, or the error text; omit to read stdin')
  .option('--json', 'print the entry (for a code) or the Classification (for a message) as JSON')
  .option('--shell <shell>', 'resolution commands for bash or powershell (default: PowerShell 7 on Windows, bash elsewhere)')
  .action(async (words: string[], opts: { json?: boolean; shell?: string }) => {
    if (opts.shell !== undefined && opts.shell !== 'bash' && opts.shell !== 'powershell') {
      console.error(`--shell must be bash or powershell, not '${opts.shell}'`);
      process.exitCode = 2;
      return;
    }
    let input = words.join(' ');
    if (input.trim() === '') {
      if (process.stdin.isTTY) {
        console.error('Give a code or an error message, e.g. provider-fallback explain groq-rate-limit, or pipe a log line in.');
        process.exitCode = 2;
        return;
      }
      input = await readStdin();
    }
    process.exitCode = runExplain(input, {
      json: opts.json === true,
      shell: (opts.shell as Shell | undefined) ?? shellFor(process.platform),
      out: (text) => console.log(text),
    });
  });

program
  .command('doctor')
  .description('check litellm/.env, the LiteLLM config and the proxy port before starting the proxy (--live also calls each provider)')
  .option('--env-file <file>', 'env file to read; the process environment fills in the rest (default: litellm/.env)')
  // Node 20 reads any `--env-file` on the command line itself and exits 9 if the file is missing.
  .option('--env <file>', 'same as --env-file, without the Node 20 quirk (exit 2, not 9, for a missing file)')
  .option('--config <file>', 'LiteLLM config to check (default: litellm/proxy_config.yaml)')
  .option('--port <port>', 'port the proxy will listen on (default: the registry\'s proxy port, 4000)')
  .option('--live', 'call each configured provider\'s cheapest authenticated endpoint')
  .option('--timeout <seconds>', 'timeout of each live call in seconds (default: 5)')
  .option('--json', 'print the checks as a JSON array')
  // Unusable arguments (unknown option, missing value) exit 2, as for explain; --help exits 0.
  .exitOverride((e) => process.exit(e.exitCode === 0 ? 0 : 2))
  .action(async (opts: DoctorCliOptions & { env?: string }) => {
    const { env, ...rest } = opts;
    process.exitCode = await runDoctorCli({ ...rest, envFile: rest.envFile ?? env }, { out: (text) => console.log(text), err: (text) => console.error(text) });
  });

program.parseAsync(process.argv).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 2;
});
