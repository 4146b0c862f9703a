// A deployment reaches the provider its key belongs to only if LiteLLM can tell which provider that
// is. LiteLLM's `get_llm_provider` (litellm/litellm_core_utils/get_llm_provider_logic.py,
// BerriAI/litellm at 001a933) takes the provider from the model's prefix (`groq/...`), else from a
// known api_base (`api.groq.com/openai/v1`), else from its own lists of model names (a bare
// `gpt-4o-mini` is OpenAI's); anything else fails every request with "LLM Provider NOT provided".
// So a deployment that reads GROQ_API_KEY with `model: llama-3.3-70b-versatile` never calls Groq,
// and one with `model: groq/...` and OPENAI_API_KEY sends the OpenAI key to Groq.
import type { ProviderView as Provider, RuntimeRegistry as Registry } from '../../data/types.js';
import { CONFIG_ERROR } from '../codes.js';
import type { ConfigFile } from '../config-file.js';
import { deployments, keyVarOf, providerOf, type DeploymentAt } from '../deployments.js';
import { fail, pass, warn, type CheckResult } from '../types.js';

/** The deployment names its provider some other way than the prefix: `custom_llm_provider`, or an api_base on the provider's host. */
function routedExplicitly(p: Provider, d: DeploymentAt): boolean {
  const custom = d.params.custom_llm_provider;
  if (typeof custom === 'string' && `${custom.toLowerCase()}/` === p.litellmPrefix) return true;
  const apiBase = d.params.api_base;
  return typeof apiBase === 'string' && apiBase.toLowerCase().includes(new URL(p.baseUrl).host);
}

/** "line 4: model_list[0] (groq-primary)": where a finding about one of the deployment's params is. */
function place(config: ConfigFile, d: DeploymentAt, param: string): string {
  const line = config.lineOf(['model_list', d.index, 'litellm_params', param]);
  return `${line ? `line ${line}: ` : ''}model_list[${d.index}]${d.modelName ? ` (${d.modelName})` : ''}`;
}

function routingResult(reg: Registry, config: ConfigFile, d: DeploymentAt): CheckResult | null {
  const keyVar = keyVarOf(d);
  const owner = reg.providers.find((p) => p.keyEnv !== null && p.keyEnv === keyVar);
  if (!owner?.litellmPrefix || d.model === null || routedExplicitly(owner, d)) return null;
  const routedTo = providerOf(reg, d);
  if (routedTo?.id === owner.id) return null;
  const where = place(config, d, 'model');
  const fixed = `${owner.litellmPrefix}${d.model.includes('/') && routedTo ? d.model.slice(d.model.indexOf('/') + 1) : d.model}`;
  const id = `config.routing.model_list[${d.index}]`;
  if (routedTo) {
    return fail(id, `${where} reads ${keyVar} (${owner.name}'s key) but its model ${d.model} sends it to ${routedTo.name}: LiteLLM takes the provider from the prefix, so ${routedTo.name} gets a key it rejects`,
      `use the key of the provider you mean: model: ${fixed} for ${owner.name}, or api_key: os.environ/${routedTo.keyEnv ?? 'NAME'} for ${routedTo.name}`, CONFIG_ERROR);
  }
  // A bare name LiteLLM may still find in its own model lists (OpenAI's chat models are there).
  if (!d.model.includes('/') && owner.id === 'openai') {
    return warn(id, `${where} uses the bare model name ${d.model}: LiteLLM sends it to OpenAI only if the name is in its own model list`,
      `write model: ${fixed} so the provider does not depend on LiteLLM's list`, CONFIG_ERROR);
  }
  return fail(id, `${where} reads ${keyVar} but its model ${d.model} has no ${owner.litellmPrefix} prefix: LiteLLM cannot tell it is ${owner.name} and fails each request with "LLM Provider NOT provided" (or calls another provider with ${owner.name}'s key)`,
    `write model: ${fixed} (or set custom_llm_provider: ${owner.litellmPrefix.replace('/', '')})`, CONFIG_ERROR);
}

/**
 * An `openai/` deployment's api_base that already ends in the endpoint. LiteLLM's OpenAI route
 * hands api_base to the openai client as `base_url` (`_get_openai_client` in
 * litellm/llms/openai/openai.py, BerriAI/litellm at 008d4a2), and the client posts to
 * `base_url + "/chat/completions"` (`Completions.create` in openai-python), so the path doubles.
 */
function apiBaseResult(config: ConfigFile, d: DeploymentAt): CheckResult | null {
  const apiBase = d.params.api_base;
  if (typeof apiBase !== 'string' || !d.model?.toLowerCase().startsWith('openai/')) return null;
  const trimmed = apiBase.trim().replace(/\/+$/, '');
  if (!trimmed.toLowerCase().endsWith('/chat/completions')) return null;
  return fail(`config.routing.model_list[${d.index}].api_base`,
    `${place(config, d, 'api_base')} has an api_base that ends in /chat/completions: LiteLLM's OpenAI route adds that path itself, so requests go to .../chat/completions/chat/completions and get a 404`,
    `api_base: ${trimmed.slice(0, -'/chat/completions'.length)}`, CONFIG_ERROR);
}

export function routingChecks(reg: Registry, config: ConfigFile): CheckResult[] {
  const results = deployments(config).flatMap((d) => [routingResult(reg, config, d), apiBaseResult(config, d)].filter((r): r is CheckResult => r !== null));
  return results.length > 0 ? results : [pass('config.routing', 'each deployment\'s model prefix matches the provider whose key it reads')];
}
