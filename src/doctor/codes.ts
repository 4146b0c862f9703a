// Which registry code a doctor finding points to. Derived from the registry where the registry
// holds the answer (a provider's key error, its model-not-found error), so a renamed or added
// provider needs no change here; every code is checked to exist, so a typo fails the tests.
import type { EnvVarView as EnvVar, ErrorEntryView as ErrorEntry, ProviderView as Provider, RuntimeRegistry as Registry } from '../data/types.js';
import { classify } from '../index.js';

/** Config mistakes LiteLLM rejects at startup or silently ignores. */
export const CONFIG_ERROR = 'litellm-config-error';
/** A config that lets LiteLLM refuse parameters a model does not support. */
export const UNSUPPORTED_PARAMS = 'litellm-unsupported-params';
/** A config with no usable model_list: the proxy serves nothing. */
export const NO_MODELS = 'litellm-no-models';

function exists(reg: Registry, code: string): string {
  if (!reg.errors.some((e) => e.code === code)) throw new Error(`doctor: registry has no error code '${code}'`);
  return code;
}

function live(e: ErrorEntry): boolean {
  return e.lifecycle === 'active' && e.seeAlso === undefined;
}

/** The entry a provider returns for a rejected key: its own AUTH entry with HTTP 401. */
export function keyCode(reg: Registry, provider: Provider): string {
  const entry = reg.errors.find((e) => live(e) && e.source === provider.id && e.category === 'AUTH' && e.httpStatus === 401);
  return entry?.code ?? exists(reg, 'http-401');
}

/** The entry for a model the provider no longer serves (Groq answers a retired model with 404). */
export function modelCode(reg: Registry, providerId: string): string {
  const own = reg.errors.filter((e) => live(e) && e.source === providerId && e.category === 'MODEL_UNAVAILABLE');
  return (own.find((e) => e.httpStatus === 404) ?? own[0])?.code ?? exists(reg, 'http-404');
}

/** The registry's env groups say what a variable feeds; that picks the page explaining its failure. */
const GROUP_CODES: Record<EnvVar['group'], string> = {
  providers: CONFIG_ERROR,
  proxy: CONFIG_ERROR,
  database: 'litellm-db-unavailable',
  cache: 'litellm-cache-error',
  tools: CONFIG_ERROR,
};

/** The code for a missing or malformed variable: a provider key's own auth error, else its group's. */
export function envCode(reg: Registry, name: string): string {
  const provider = reg.providers.find((p) => p.keyEnv === name);
  if (provider) return keyCode(reg, provider);
  const v = reg.env.find((e) => e.name === name);
  return exists(reg, v ? GROUP_CODES[v.group] : CONFIG_ERROR);
}

/**
 * The code for a failure to bind the proxy port. classify() names the Node-level code of the real
 * error (EADDRINUSE); the proxy-level entry that lists it as related is the page an operator needs
 * (who holds the port, how LiteLLM moves to a random port), so prefer that one when it exists.
 */
export function bindErrorCode(reg: Registry, err: unknown): string | null {
  const c = classify(err, { provider: 'litellm' });
  if (c.code === 'UNKNOWN') return null;
  const proxyEntry = reg.errors.find((e) => live(e) && e.source === 'litellm' && e.category === 'CONFIG' && e.related.includes(c.code));
  return proxyEntry?.code ?? c.code;
}

/** Every fixed code named in this module, for the test that they exist. */
export const FIXED_CODES = [CONFIG_ERROR, NO_MODELS, UNSUPPORTED_PARAMS, ...Object.values(GROUP_CODES)];
