// Variables: every one the config references through os.environ/ and every one the registry marks
// required must be set, non-empty, not the .env.example placeholder, and in the registry's format
// (provider key patterns such as gsk_…, sk-or-v1-…). Values are only ever shown masked.
import type { EnvVarView as EnvVar, ProviderView as Provider, RuntimeRegistry as Registry } from '../../data/types.js';
import { envReferences } from '../env-refs.js';
import { CONFIG_ERROR, envCode } from '../codes.js';
import type { ParsedEnv } from '../env-file.js';
import { describeSecret } from '../../secrets.js';
import { usedProviders } from '../deployments.js';
import { fail, pass, warn, type CheckResult, type Context } from '../types.js';

export interface EnvFileState {
  path: string;
  /** null: the file does not exist (only allowed for the default path). */
  parsed: ParsedEnv | null;
}

export function envFileCheck(file: EnvFileState): CheckResult[] {
  if (!file.parsed) {
    return [pass('env-file', `${file.path} not found; reading variables from the process environment only`)];
  }
  const count = file.parsed.values.size;
  const results = [pass('env-file', `${file.path}: ${count} variable${count === 1 ? '' : 's'} (the process environment fills in the rest)`)];
  for (const p of file.parsed.problems) {
    const fix = (p.fix ?? (p.kind === 'duplicate' ? 'keep one of the two lines' : 'write the line as NAME=value (quote values with spaces or #); see litellm/.env.example')).replace('<file>', file.path);
    results.push(warn(`env-file.line-${p.line}`, `${file.path} line ${p.line}: ${p.message}`, fix, CONFIG_ERROR));
  }
  return results;
}

interface Wanted {
  name: string;
  def: EnvVar | undefined;
  required: boolean;
  referenced: boolean;
}

/**
 * A profile's variables (Redis, Postgres) are required only when the config uses the profile,
 * that is when it references one of them; the default config needs none.
 */
function requiredHere(reg: Registry, v: EnvVar, refs: Set<string>): boolean {
  if (!v.required) return false;
  if (!reg.profiles.some((p) => p.envGroup === v.group)) return true;
  return reg.env.some((other) => other.group === v.group && refs.has(other.name));
}

/** Registry variables first, in registry order, then variables only the config knows about. */
function wantedVariables(ctx: Context): Wanted[] {
  const refs = ctx.config ? envReferences(ctx.config.data) : new Set<string>();
  const fromRegistry = ctx.reg.env
    .map((v) => ({ name: v.name, def: v, required: requiredHere(ctx.reg, v, refs), referenced: refs.has(v.name) }))
    .filter((w) => w.required || w.referenced || (w.def.format !== undefined && ctx.vars.has(w.name)));
  const known = new Set(ctx.reg.env.map((v) => v.name));
  const extra = [...refs].filter((n) => !known.has(n)).sort()
    .map((name) => ({ name, def: undefined, required: false, referenced: true }));
  return [...fromRegistry, ...extra];
}

function article(word: string): string {
  return /^[AEIOU]/i.test(word) ? 'an' : 'a';
}

function keyProvider(reg: Registry, name: string): Provider | undefined {
  return reg.providers.find((p) => p.keyEnv === name && p.keyFormat !== null);
}

/** Why a value does not fit, or null when it does. Provider keys use the provider's key format. */
export function formatProblem(reg: Registry, name: string, value: string): string | null {
  if (value !== value.trim()) return 'has leading or trailing whitespace (a copy-paste slip; providers reject it)';
  const provider = keyProvider(reg, name);
  if (provider?.keyFormat) {
    const kf = provider.keyFormat;
    if (new RegExp(kf.pattern).test(value)) return null;
    const other = reg.providers.find((p) => p !== provider && p.litellmPrefix !== null && p.keyFormat && new RegExp(p.keyFormat.pattern).test(value));
    if (other) return `looks like ${article(other.name)} ${other.name} key (${other.keyFormat!.example}), not ${article(provider.name)} ${provider.name} key`;
    if (!value.startsWith(kf.prefix)) return `does not start with ${kf.prefix} as ${provider.name} keys do`;
    return `does not match the ${provider.name} key format ${kf.pattern}`;
  }
  const format = reg.env.find((v) => v.name === name)?.format;
  return format !== undefined && !new RegExp(format).test(value) ? `does not match the expected format ${format}` : null;
}

function setFix(ctx: Context, w: Wanted): string {
  const provider = keyProvider(ctx.reg, w.name);
  const example = provider?.keyFormat?.example ?? '<value>';
  const make = w.def?.generate?.[ctx.opts.shell];
  return `add ${w.name}=${example} to ${ctx.opts.envFile} (template: litellm/.env.example)${make ? `; make one with: ${make}` : ''}`;
}

/** Non-secret values (REDIS_HOST) are shown; anything else, including unknown variables, is masked. */
function shown(def: EnvVar | undefined, value: string): string {
  return def?.secret === false ? value : describeSecret(value);
}

/** The proxy's own key is checked by master-key.ts, which knows more than a pattern. */
function proxyKeyEnv(reg: Registry): string | null {
  return reg.providers.find((p) => p.role === 'proxy')?.keyEnv ?? null;
}

function checkVariable(ctx: Context, w: Wanted, unusedProvider: Provider | undefined): CheckResult {
  const id = `env.${w.name}`;
  const code = envCode(ctx.reg, w.name);
  const why = w.referenced ? 'the config reads it through os.environ/' : 'the registry marks it required';
  const got = ctx.vars.get(w.name);
  if (got === undefined) {
    if (unusedProvider) {
      return warn(id, `${w.name} is not set; this config does not route to ${unusedProvider.name}, but the project's fallback chain expects it`, setFix(ctx, w), code);
    }
    return fail(id, `${w.name} is not set (${why})`, setFix(ctx, w), code);
  }
  if (got.value === '') return fail(id, `${w.name} is set but empty (${why})`, setFix(ctx, w), code);
  if (w.def?.secret && w.def.placeholder !== '' && got.value === w.def.placeholder) {
    const provider = keyProvider(ctx.reg, w.name);
    const real = provider ? `your ${provider.name} key (${provider.keyFormat!.example})` : 'the real value';
    return fail(id, `${w.name} is still the placeholder from .env.example`, `replace it with ${real} in ${ctx.opts.envFile}${w.def.generate ? `; make one with: ${w.def.generate[ctx.opts.shell]}` : ''}`, code);
  }
  const problem = w.name === proxyKeyEnv(ctx.reg) ? null : formatProblem(ctx.reg, w.name, got.value);
  if (problem) {
    const report = w.required || w.referenced ? fail : warn;
    return report(id, `${w.name} = ${shown(w.def, got.value)} ${problem}`, `${setFix(ctx, w)}; check for a truncated or swapped paste`, code);
  }
  return pass(id, `${w.name} = ${shown(w.def, got.value)}${got.origin === 'process' ? ' (from the process environment)' : ''}`);
}

export function envChecks(ctx: Context): CheckResult[] {
  const used = new Set(usedProviders(ctx.reg, ctx.config).map((p) => p.id));
  return wantedVariables(ctx).map((w) => {
    const provider = keyProvider(ctx.reg, w.name);
    // A provider key the config never uses is only a warning: "any LiteLLM config" may leave a provider out.
    const unused = provider && provider.litellmPrefix !== null && ctx.config && !w.referenced && !used.has(provider.id) ? provider : undefined;
    return checkVariable(ctx, w, unused);
  });
}
