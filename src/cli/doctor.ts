// `provider-fallback doctor`: argument checking and wiring. Unusable arguments exit 2 before any
// check runs; otherwise the exit code is 1 when a check failed and 0 when none did (warnings allowed).
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pc from 'picocolors';
import { wantsColor } from './colors.js';
import type { CliOutput } from './output.js';
import { REGISTRY } from '../data/registry.js';
import { defaultIO, exitCodeOf, runDoctor, type DoctorIO } from '../doctor/doctor.js';
import { renderJson, renderTable } from '../doctor/report.js';
import { shellFor } from './explain.js';

export const DEFAULT_ENV_FILE = 'litellm/.env';
export const DEFAULT_CONFIG = 'litellm/proxy_config.yaml';
export const DEFAULT_TIMEOUT_SECONDS = 5;

/** Options as commander hands them over: strings, unset when not given. */
export interface DoctorCliOptions {
  envFile?: string;
  config?: string;
  port?: string;
  live?: boolean;
  timeout?: string;
  json?: boolean;
}

export interface DoctorCliIO extends CliOutput {
  io?: DoctorIO;
  exists?: (path: string) => boolean;
  /** Colour the table; default: stdout is a terminal, unless NO_COLOR is set (FORCE_COLOR forces it). */
  color?: boolean;
}


type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export function parsePort(raw: string | undefined, fallback: number): Parsed<number> {
  if (raw === undefined) return { ok: true, value: fallback };
  const n = Number(raw);
  return /^\d+$/.test(raw.trim()) && n >= 1 && n <= 65535 ? { ok: true, value: n } : { ok: false, message: `--port must be a whole number from 1 to 65535, not '${raw}'` };
}

export function parseTimeout(raw: string | undefined): Parsed<number> {
  if (raw === undefined) return { ok: true, value: DEFAULT_TIMEOUT_SECONDS * 1000 };
  const s = Number(raw);
  return raw.trim() !== '' && Number.isFinite(s) && s > 0 && s <= 600 ? { ok: true, value: Math.round(s * 1000) } : { ok: false, message: `--timeout must be seconds between 0 and 600, such as 5 or 0.5, not '${raw}'` };
}

/** A problem when `path` is a folder, naming the file doctor expected in it. */
function folderProblem(flag: string, path: string, file: string): string[] {
  let folder = false;
  try {
    folder = statSync(path).isDirectory();
  } catch {
    // Missing: reported above for an explicit path, and as a check for a default one.
  }
  return folder ? [`${flag} ${path}: is a folder; give the file in it (for example ${join(path, file)})`] : [];
}

export async function runDoctorCli(opts: DoctorCliOptions, cli: DoctorCliIO): Promise<number> {
  const reg = REGISTRY;
  const exists = cli.exists ?? existsSync;
  const port = parsePort(opts.port, reg.proxy.port);
  const timeout = parseTimeout(opts.timeout);
  const problems = [
    ...(port.ok ? [] : [port.message]),
    ...(timeout.ok ? [] : [timeout.message]),
    // Explicit paths must exist; the defaults may be missing (doctor reports that as a check).
    ...(opts.config !== undefined && !exists(opts.config) ? [`--config ${opts.config}: no such file`] : []),
    ...(opts.envFile !== undefined && !exists(opts.envFile) ? [`--env-file ${opts.envFile}: no such file`] : []),
    // Neither may be a folder (a config path given as its folder is the usual slip).
    ...folderProblem('--config', opts.config ?? DEFAULT_CONFIG, 'proxy_config.yaml'),
    ...folderProblem('--env-file', opts.envFile ?? DEFAULT_ENV_FILE, '.env'),
  ];
  if (problems.length > 0 || !port.ok || !timeout.ok) {
    problems.forEach((p) => cli.err(p));
    return 2;
  }
  const options = {
    envFile: opts.envFile ?? DEFAULT_ENV_FILE,
    configPath: opts.config ?? DEFAULT_CONFIG,
    port: port.value,
    live: opts.live === true,
    timeoutMs: timeout.value,
    shell: shellFor(process.platform),
  };
  const results = await runDoctor(reg, options, cli.io ?? defaultIO());
  const colors = pc.createColors(cli.color ?? wantsColor(process.env, process.stdout.isTTY));
  cli.out(opts.json ? renderJson(results) : renderTable(results, { config: options.configPath, envFile: options.envFile, port: options.port, live: options.live }, colors));
  return exitCodeOf(results);
}
