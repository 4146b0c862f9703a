// The model_list of any LiteLLM config, read defensively: a hand-written config can have any
// shape, and checks report shape problems rather than crash on them.
import type { ProviderView as Provider, RuntimeRegistry as Registry } from '../data/types.js';
import { envReferences } from './env-refs.js';
import { isRecord, type ConfigFile } from './config-file.js';

export interface DeploymentAt {
  index: number;
  modelName: string | null;
  /** `litellm_params.model`, e.g. `groq/openai/gpt-oss-120b`. */
  model: string | null;
  item: Record<string, unknown>;
  params: Record<string, unknown>;
}

export function deployments(config: ConfigFile): DeploymentAt[] {
  const list = config.data.model_list;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, index) => {
    if (!isRecord(item)) return [];
    const params = isRecord(item.litellm_params) ? item.litellm_params : {};
    return [{
      index,
      modelName: typeof item.model_name === 'string' ? item.model_name : null,
      model: typeof params.model === 'string' ? params.model : null,
      item,
      params,
    }];
  });
}

/** The registry provider serving a deployment, by LiteLLM model prefix (`groq/`). */
export function providerOf(reg: Registry, d: DeploymentAt): Provider | undefined {
  return reg.providers.find((p) => p.litellmPrefix !== null && d.model?.toLowerCase().startsWith(p.litellmPrefix));
}

/** Providers the config routes to, in registry order. */
export function usedProviders(reg: Registry, config: ConfigFile | null): Provider[] {
  if (!config) return [];
  const used = new Set(deployments(config).map((d) => providerOf(reg, d)?.id));
  return reg.providers.filter((p) => used.has(p.id));
}

/** The variable a deployment takes its key from (`api_key: os.environ/X`), if it uses one. */
export function keyVarOf(d: DeploymentAt): string | null {
  const refs = [...envReferences(d.params.api_key)];
  return refs[0] ?? null;
}

/** Model group names declared in model_list. */
export function modelGroups(config: ConfigFile): Set<string> {
  return new Set(deployments(config).flatMap((d) => (d.modelName ? [d.modelName] : [])));
}
