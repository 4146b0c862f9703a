// `provider-fallback init [dir]`: copies the generated LiteLLM setup the package ships (the default
// config, its opt-in profiles and .env.example) into <dir>/litellm/, so that someone who installed
// the package, with no checkout and no `generate`, has what `doctor` checks and `litellm --config`
// reads. It writes all the files or none, never replaces a file that differs unless --force, and
// never writes a `.env`: keys are the user's to fill in.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REGISTRY } from '../data/registry.js';
import { readIfExists, writeFilesAtomically } from '../files.js';
import type { CliOutput } from './output.js';

/** What init copies, as `litellm/` holds them in a checkout and in the package (package.json `files`). */
export const SETUP_FILES = ['proxy_config.yaml', 'proxy_config.redis.yaml', 'proxy_config.postgres.yaml', 'proxy_config.redis-postgres.yaml', '.env.example'] as const;

/** The package's own `litellm/` folder: two levels above lib/cli/ (and above src/cli/ in a checkout). */
export const SHIPPED_SETUP_DIR = fileURLToPath(new URL('../../litellm/', import.meta.url));

export interface InitOptions {
  force?: boolean;
  /** Where the files are copied from; tests point it elsewhere. */
  from?: string;
}

export type InitIO = CliOutput;

type Planned = { name: string; target: string; contents: string; state: 'created' | 'replaced' | 'unchanged' };

function plan(dir: string, from: string): Planned[] {
  return SETUP_FILES.map((name) => {
    const contents = readIfExists(join(from, name));
    if (contents === undefined) throw new Error(`the package's ${join(from, name)} is missing; reinstall provider-fallback`);
    const target = join(dir, 'litellm', name);
    const current = readIfExists(target);
    return { name, target, contents, state: current === undefined ? 'created' : current === contents ? 'unchanged' : 'replaced' };
  });
}

/** The variables the default config cannot start without (the profiles' own are commented out in .env.example). */
function requiredVariables(): string[] {
  return REGISTRY.env.filter((v) => v.required && (v.group === 'providers' || v.group === 'proxy')).map((v) => v.name);
}

function nextSteps(dir: string): string[] {
  const env = join(dir, 'litellm', '.env');
  const config = join(dir, 'litellm', 'proxy_config.yaml');
  const atDefaults = env === join('litellm', '.env');
  return [
    'Next:',
    readIfExists(env) === undefined
      ? `  cp ${env}.example ${env}   # PowerShell 7: Copy-Item ${env}.example ${env}`
      : `  ${env} exists: compare it with ${env}.example for variables it lacks`,
    `  fill in ${requiredVariables().join(', ')} in ${env}`,
    `  npx provider-fallback doctor${atDefaults ? '' : ` --env ${env} --config ${config}`}`,
    `  litellm --config ${config} --port ${REGISTRY.proxy.port}`,
  ];
}

/** Exit code: 0 written (or already up to date), 1 when a file differs and --force was not given or a write failed. */
export function runInit(dir: string, opts: InitOptions, io: InitIO): number {
  let files: Planned[];
  try {
    files = plan(dir, opts.from ?? SHIPPED_SETUP_DIR);
  } catch (e) {
    io.err(`init: ${(e as Error).message}`);
    return 1;
  }
  const differing = files.filter((f) => f.state === 'replaced');
  if (differing.length > 0 && !opts.force) {
    io.err(`init: ${differing.length === 1 ? 'a file already exists and differs' : `${differing.length} files already exist and differ`} from what this package ships; nothing was written:`);
    for (const f of differing) io.err(`  ${f.target}`);
    io.err('Keep yours and compare them with a fresh copy (npx provider-fallback init <empty folder>), or run again with --force to replace them.');
    return 1;
  }
  try {
    writeFilesAtomically(files.filter((f) => f.state !== 'unchanged'));
  } catch (e) {
    io.err(`init: nothing was written: ${(e as Error).message}`);
    return 1;
  }
  for (const f of files) io.out(`${f.state.padEnd(9)} ${f.target}`);
  io.out('');
  for (const line of nextSteps(dir)) io.out(line);
  return 0;
}
