// `provider-fallback doctor`: validates an env file, a LiteLLM config and the proxy port before
// the proxy starts, and with `live` calls each provider once. Returns results; rendering and exit
// codes belong to report.ts and the CLI. All I/O comes through DoctorIO.
import { createServer } from 'node:net';
import { readFileSync } from 'node:fs';
import type { RuntimeRegistry as Registry } from '../data/types.js';
import { parseConfig, type LoadResult } from './config-file.js';
import { parseEnvFile } from './env-file.js';
import { KEY_PREFIXES } from '../generated/enums.js';
import { redact, secretLookalikes } from '../secrets.js';
import { configParseCheck, duplicateKeyChecks, modelListChecks, placementChecks, sectionChecks } from './checks/config-structure.js';
import { fallbackChecks } from './checks/config-fallbacks.js';
import { healthCheckCostChecks } from './checks/config-health-checks.js';
import { cooldownChecks, deploymentIdChecks, dropParamsChecks, nestedFallbackChecks } from './checks/config-router.js';
import { deploymentLimitChecks, modelLifecycleChecks } from './checks/config-models.js';
import { secretChecks } from './checks/config-secrets.js';
import { routingChecks } from './checks/config-routing.js';
import { envChecks, envFileCheck, type EnvFileState } from './checks/env.js';
import { masterKeyChecks } from './checks/master-key.js';
import { portCheck } from './checks/port.js';
import { liveChecks } from './checks/live.js';
import type { CheckResult, Context, DoctorIO, DoctorOptions, EnvValue } from './types.js';

export type { CheckResult, DoctorIO, DoctorOptions } from './types.js';

/** Real I/O for the CLI. */
export function defaultIO(): DoctorIO {
  return {
    env: process.env,
    readFile: (path) => {
      try {
        return readFileSync(path, 'utf8');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw e;
      }
    },
    fetch: globalThis.fetch,
    listen: (port, host) => new Promise<void>((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen({ port, host, exclusive: true }, () => server.close(() => resolve()));
    }),
    now: () => performance.now(),
    today: () => Date.now(),
  };
}

/** The env file wins; the process environment fills in what the file does not set. */
function mergeEnv(file: EnvFileState, env: DoctorIO['env']): Map<string, EnvValue> {
  const vars = new Map<string, EnvValue>();
  for (const [name, value] of Object.entries(env)) if (value !== undefined) vars.set(name, { value, origin: 'process' });
  for (const [name, value] of file.parsed?.values ?? []) vars.set(name, { value, origin: 'file' });
  return vars;
}

function loadConfig(path: string, io: DoctorIO): LoadResult {
  const text = io.readFile(path);
  return text === null ? { ok: false, reason: 'missing' } : parseConfig(path, text);
}

function configChecks(ctx: Context, load: LoadResult): CheckResult[] {
  const results = [configParseCheck(ctx.opts.configPath, load)];
  const config = ctx.config;
  if (!config) return results;
  return [
    ...results,
    ...sectionChecks(config),
    ...duplicateKeyChecks(config),
    ...placementChecks(config),
    ...secretChecks(ctx.reg, config),
    ...modelListChecks(config),
    ...routingChecks(ctx.reg, config),
    ...fallbackChecks(config),
    ...nestedFallbackChecks(config),
    ...deploymentIdChecks(config),
    ...cooldownChecks(config),
    ...dropParamsChecks(config),
    ...healthCheckCostChecks(ctx.reg, config),
    ...deploymentLimitChecks(config),
    ...modelLifecycleChecks(ctx.reg, config, ctx.now),
  ];
}

/** Every secret value doctor has seen: env values of secret variables and lookalikes in the config. */
function secretsSeen(ctx: Context): string[] {
  const secretNames = new Set(ctx.reg.env.filter((v) => v.secret).map((v) => v.name));
  const fromEnv = [...ctx.vars].filter(([name]) => secretNames.has(name) || /KEY|SECRET|TOKEN|PASSWORD/.test(name)).map(([, v]) => v.value);
  const fromConfig = ctx.config ? secretLookalikes(ctx.config.text) : [];
  const fromValues = [...ctx.vars.values()].flatMap((v) => secretLookalikes(v.value));
  // A bare key prefix (a paste cut short) holds nothing secret, and masking it would garble the
  // key formats and templates the messages quote.
  const prefixes = new Set<string>(KEY_PREFIXES);
  return [...fromEnv, ...fromConfig, ...fromValues].filter((s) => !prefixes.has(s));
}

export async function runDoctor(reg: Registry, opts: DoctorOptions, io: DoctorIO): Promise<CheckResult[]> {
  const text = io.readFile(opts.envFile);
  const envFile: EnvFileState = { path: opts.envFile, parsed: text === null ? null : parseEnvFile(text) };
  const load = loadConfig(opts.configPath, io);
  const ctx: Context = { reg, opts, vars: mergeEnv(envFile, io.env), config: load.ok ? load.config : null, now: io.today() };
  const results = [
    ...envFileCheck(envFile),
    ...envChecks(ctx),
    ...masterKeyChecks(ctx),
    ...configChecks(ctx, load),
    await portCheck(ctx, io),
    ...(opts.live ? await liveChecks(ctx, io) : []),
  ];
  // Last line of defence: whatever a check or a provider's error body echoed, no secret leaves.
  const secrets = secretsSeen(ctx);
  return results.map((r) => ({ ...r, message: redact(r.message, secrets), fix: r.fix === null ? null : redact(r.fix, secrets) }));
}

export function exitCodeOf(results: readonly CheckResult[]): number {
  return results.some((r) => r.status === 'fail') ? 1 : 0;
}
