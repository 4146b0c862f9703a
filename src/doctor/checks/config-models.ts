// What each deployment asks for: rpm/tpm routing hints under their real names, and models the
// provider still serves. Lifecycle comes from the registry (retirement date, named replacement).
import type { ModelView as Model, RuntimeRegistry as Registry } from '../../data/types.js';
import { CONFIG_ERROR, modelCode } from '../codes.js';
import { isRecord, type ConfigFile } from '../config-file.js';
import { deployments, type DeploymentAt } from '../deployments.js';
import { fail, pass, warn, type CheckResult } from '../types.js';
import { SHUTDOWN_WARNING_DAYS, shutdownStatus } from '../../data/lifecycle.js';

/** Virtual-key limits (`/key/generate`), not deployment settings: the router reads rpm/tpm. */
const KEY_LIMITS: Record<string, string> = { rpm_limit: 'rpm', tpm_limit: 'tpm' };

function limitKeyResults(config: ConfigFile, d: DeploymentAt): CheckResult[] {
  const places: Array<[string[], Record<string, unknown>]> = [[[], d.item], [['litellm_params'], d.params]];
  if (isRecord(d.item.model_info)) places.push([['model_info'], d.item.model_info]);
  return places.flatMap(([prefix, obj]) => Object.keys(KEY_LIMITS).filter((k) => k in obj).map((k) => {
    const path = ['model_list', d.index, ...prefix, k];
    const line = config.lineOf(path);
    const where = `model_list[${d.index}]${prefix.map((p) => `.${p}`).join('')}.${k}`;
    return fail(`config.deployment-limits.${where}`,
      `${line ? `line ${line}: ` : ''}${where}${d.modelName ? ` (${d.modelName})` : ''} is a virtual-key limit; the router ignores it for this deployment`,
      `rename ${k} to ${KEY_LIMITS[k]} under litellm_params`, CONFIG_ERROR);
  }));
}

export function deploymentLimitChecks(config: ConfigFile): CheckResult[] {
  const results = deployments(config).flatMap((d) => limitKeyResults(config, d));
  return results.length > 0 ? results : [pass('config.deployment-limits', 'deployments use rpm/tpm (no rpm_limit/tpm_limit)')];
}

/** The registry model a LiteLLM model string names: `groq/llama-3.3-70b-versatile` -> the Groq model. */
export function registryModel(reg: Registry, model: string): Model | undefined {
  const wanted = model.toLowerCase();
  return reg.models.find((m) => {
    const prefix = reg.providers.find((p) => p.id === m.provider)?.litellmPrefix;
    return prefix !== null && prefix !== undefined && `${prefix}${m.id}`.toLowerCase() === wanted;
  });
}

function lifecycleResult(reg: Registry, config: ConfigFile, d: DeploymentAt, m: Model, now: number): CheckResult | null {
  const provider = reg.providers.find((p) => p.id === m.provider)!;
  const line = config.lineOf(['model_list', d.index, 'litellm_params', 'model']);
  const where = `${line ? `line ${line}: ` : ''}model_list[${d.index}]${d.modelName ? ` (${d.modelName})` : ''}`;
  const id = `config.models.model_list[${d.index}]`;
  if (m.lifecycle.stage === 'retired') {
    return fail(id, `${where} uses ${d.model}, retired by ${provider.name} on ${m.lifecycle.retiredOn}; calls to it fail`,
      `change the model to ${provider.litellmPrefix}${m.lifecycle.replacement} (${provider.name}'s named replacement)`, modelCode(reg, m.provider));
  }
  if (m.lifecycle.stage === 'deprecated') {
    const status = shutdownStatus(m, now);
    if (status.kind === 'none') return null;
    const fix = `change the model to ${provider.litellmPrefix}${status.replacement} (${provider.name}'s named replacement; ${m.lifecycle.source})`;
    if (status.kind === 'past') return fail(id, `${where} uses ${d.model}, shut down by ${provider.name} on ${status.shutdownOn}; calls to it fail`, fix, modelCode(reg, m.provider));
    return warn(id, `${where} uses ${d.model}, which ${provider.name} shuts down on ${status.shutdownOn}, in ${status.daysLeft} day${status.daysLeft === 1 ? '' : 's'}`, fix, modelCode(reg, m.provider));
  }
  if (m.lifecycle.stage === 'preview') {
    return warn(id, `${where} uses ${d.model}, a ${provider.name} preview model that can be removed at short notice`,
      'keep a fallback for this model group, or use a current model for production', modelCode(reg, m.provider));
  }
  return null;
}

export function modelLifecycleChecks(reg: Registry, config: ConfigFile, now: number): CheckResult[] {
  const results = deployments(config).flatMap((d) => {
    const m = d.model ? registryModel(reg, d.model) : undefined;
    const r = m ? lifecycleResult(reg, config, d, m, now) : null;
    return r ? [r] : [];
  });
  return results.length > 0 ? results : [pass('config.models', `no retired or preview model, and none shut down within ${SHUTDOWN_WARNING_DAYS} days (registry lifecycle)`)];
}
