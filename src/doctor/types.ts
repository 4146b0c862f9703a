// The shapes every doctor check shares. Checks are pure functions from a Context to results; all
// I/O (files, environment, network, sockets, clock) arrives through DoctorIO so tests can run the
// same code against temp files and servers on 127.0.0.1.
import type { RuntimeRegistry as Registry } from '../data/types.js';
import type { ConfigFile } from './config-file.js';

export type Status = 'pass' | 'warn' | 'fail';

/** One line of the report. `fix` and `code` are null for a pass: there is nothing to fix. */
export interface CheckResult {
  /** Stable id: a family (`env`, `config.fallbacks`, `live`) plus the subject when a family reports several. */
  id: string;
  status: Status;
  message: string;
  fix: string | null;
  /** The registry error code whose docs page explains the problem. */
  code: string | null;
}

export interface DoctorIO {
  /** The process environment: the fallback for variables the env file does not set. */
  env: Readonly<Record<string, string | undefined>>;
  /** File contents, or null when the file does not exist (other read errors throw). */
  readFile: (path: string) => string | null;
  fetch: typeof fetch;
  /** Binds host:port and releases it again; rejects with the real error (EADDRINUSE, EACCES). */
  listen: (port: number, host: string) => Promise<void>;
  /** Milliseconds from a monotonic clock, for the latency of live calls. */
  now: () => number;
  /** Wall-clock milliseconds since the epoch: model shutdown dates are judged against it. */
  today: () => number;
}

export interface DoctorOptions {
  envFile: string;
  configPath: string;
  port: number;
  live: boolean;
  timeoutMs: number;
  /** Shell of the commands printed in fixes (the registry has bash and PowerShell 7 forms). */
  shell: 'bash' | 'powershell';
}

/** Where a variable's value came from, for messages. */
export type Origin = 'file' | 'process';

export interface EnvValue {
  value: string;
  origin: Origin;
}

/** Everything the checks read, prepared once by doctor.ts. */
export interface Context {
  reg: Registry;
  opts: DoctorOptions;
  /** Merged environment: the env file wins, the process environment fills the gaps. */
  vars: ReadonlyMap<string, EnvValue>;
  /** The parsed config, or null when it is missing or does not parse (config.parse reports why). */
  config: ConfigFile | null;
  /** When doctor runs (ms since the epoch, from DoctorIO.today): model shutdowns are judged against it. */
  now: number;
}

export const pass = (id: string, message: string): CheckResult => ({ id, status: 'pass', message, fix: null, code: null });
export const warn = (id: string, message: string, fix: string, code: string | null): CheckResult => ({ id, status: 'warn', message, fix, code });
export const fail = (id: string, message: string, fix: string, code: string | null): CheckResult => ({ id, status: 'fail', message, fix, code });
