#!/usr/bin/env node
// The provider-fallback command line. Each command loads its own modules when it runs, so
// `explain` never pays for doctor's YAML parser. `generate` belongs to a checkout of the repository;
// `init` copies what it generated for LiteLLM out of the installed package.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import type { DoctorCliOptions } from './doctor.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** A docs site the user points links at (their deployed copy, or `npm start` on localhost). */
async function applyDocsUrl(): Promise<void> {
  const url = process.env.PROVIDER_FALLBACK_DOCS_URL?.trim();
  if (url) (await import('../index.js')).setDocsBaseUrl(url);
}

const program = new Command()
  .name('provider-fallback')
  .version(VERSION, '-V, --version', 'print the version')
  .description('Error-code registry, generated docs and config for Kilo Code -> LiteLLM -> Groq / OpenAI / OpenRouter')
  .addHelpText('after', '\nDocs links lead to REFERENCE.md in this package; set PROVIDER_FALLBACK_DOCS_URL to use a copy of the docs site instead.');

program
  .command('generate')
  .description('maintainer command: works in a checkout of the provider-fallback repository')
  .allowUnknownOption()
  .action(() => {
    console.error('generate rebuilds the artifacts from the registry sources, which are not part of the installed package.');
    console.error('Run it in a checkout of the provider-fallback repository: npm run generate (or npm run check:drift).');
    process.exitCode = 2;
  });

program
  .command('init')
  .description('copy the generated LiteLLM config, its profiles and .env.example into <dir>/litellm/ (never a .env; --force replaces files that differ)')
  .argument('[dir]', 'the project folder (default: the current one)', '.')
  .option('--force', 'replace files that already exist and differ')
  .action(async (dir: string, opts: { force?: boolean }) => {
    const { runInit } = await import('./init.js');
    process.exitCode = runInit(dir, opts, { out: (text) => console.log(text), err: (text) => console.error(text) });
  });

program
  .command('explain')
  .description('explain an error code (or seed id), or classify an error message, JSON body or log line given as argument or on stdin (-)')
  .argument('[input...]', 'a code such as groq-rate-limit or 429, or the error text; - or nothing reads stdin')
  .option('--json', 'print the entry (for a code) or the Classification (for a message) as JSON')
  .option('--shell <shell>', 'resolution commands for bash or powershell (default: PowerShell 7 on Windows, bash elsewhere)')
  .action(async (words: string[], opts: { json?: boolean; shell?: string }) => {
    if (opts.shell !== undefined && opts.shell !== 'bash' && opts.shell !== 'powershell') {
      console.error(`--shell must be bash or powershell, not '${opts.shell}'`);
      process.exitCode = 2;
      return;
    }
    const { readStdin, runExplain, shellFor } = await import('./explain.js');
    await applyDocsUrl();
    const fromStdin = words.length === 0 || (words.length === 1 && words[0] === '-');
    if (fromStdin && process.stdin.isTTY) {
      console.error('Give a code or an error message, e.g. provider-fallback explain groq-rate-limit, or pipe a log line in: ... | provider-fallback explain -');
      process.exitCode = 2;
      return;
    }
    const input = fromStdin ? await readStdin() : words.join(' ');
    if (input.trim() === '') {
      console.error('explain: the input is empty; give a code or an error message.');
      process.exitCode = 2;
      return;
    }
    process.exitCode = runExplain(input, {
      json: opts.json === true,
      shell: opts.shell === 'bash' || opts.shell === 'powershell' ? opts.shell : shellFor(process.platform),
      out: (text) => console.log(text),
    });
  });

program
  .command('scan')
  .description('classify every error line of a log (LiteLLM proxy, an agent\'s output, any log) and summarise it by code; - or nothing reads stdin')
  .argument('[file]', 'the log file; - or nothing reads stdin')
  .option('--json', 'print the report as JSON')
  .option('--no-progress', 'no progress bar, even on a terminal')
  .action(async (file: string | undefined, opts: { json?: boolean; progress?: boolean }) => {
    const { runScanCli } = await import('./scan.js');
    await applyDocsUrl();
    if ((file === undefined || file === '-') && process.stdin.isTTY) {
      console.error('Give a log file, or pipe one in: provider-fallback scan litellm.log, or ... | provider-fallback scan -');
      process.exitCode = 2;
      return;
    }
    process.exitCode = await runScanCli(file, opts, {
      out: (text) => console.log(text), err: (text) => console.error(text),
      stdin: process.stdin, stderr: process.stderr, stderrIsTTY: process.stderr.isTTY === true,
    });
  });

program
  .command('doctor')
  .description('check litellm/.env, the LiteLLM config and the proxy port before starting the proxy (--live also calls each provider)')
  .option('--env-file <file>', 'env file to read; the process environment fills in the rest (default: litellm/.env)')
  // Node 20 reads any `--env-file` on the command line itself and exits 9 if the file is missing.
  .option('--env <file>', 'same as --env-file, without the Node 20 quirk (exit 2, not 9, for a missing file)')
  .option('--config <file>', 'LiteLLM config to check (default: litellm/proxy_config.yaml)')
  .option('--port <port>', 'port the proxy will listen on (default: the registry\'s proxy port)')
  .option('--live', 'call each configured provider\'s cheapest authenticated endpoint')
  .option('--timeout <seconds>', 'timeout of each live call in seconds (default: 5)')
  .option('--json', 'print the checks as a JSON array')
  // Unusable arguments (unknown option, missing value) exit 2, as for explain; --help exits 0.
  .exitOverride((e) => process.exit(e.exitCode === 0 ? 0 : 2))
  .action(async (opts: DoctorCliOptions & { env?: string }) => {
    const { runDoctorCli } = await import('./doctor.js');
    await applyDocsUrl();
    const { env, ...rest } = opts;
    process.exitCode = await runDoctorCli({ ...rest, envFile: rest.envFile ?? env }, { out: (text) => console.log(text), err: (text) => console.error(text) });
  });

program.parseAsync(process.argv).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 2;
});
