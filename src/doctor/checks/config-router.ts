// Router pitfalls LiteLLM accepts without a word (router.py @ f292d1ae, fallback_event_handlers.py
// @ 0159f7ae in BerriAI/litellm):
// - a model_info.id equal to a model_name: _common_checks_available_deployment tests has_model_id
//   first, so a request for that name goes to the one deployment, skipping the group's retries,
//   pre-call checks and cooldown filtering;
// - cooldowns: with no allowed_fails_policy and allowed_fails at its default (3), the router's
//   percentage rule (cooldown_handlers.py @ 1fa201c7, _should_cooldown_deployment) never cools a
//   single-deployment group on 429 or 5xx, so every request still hits a rate-limited provider first;
// - nested fallbacks: run_async_fallback calls async_function_with_fallbacks for each target, so
//   the target's own chain runs too, and a group named at two levels is called twice per request;
// - drop_params: without it, an OpenAI parameter the target model does not support stops the request
//   with UnsupportedParamsError before the provider is called (docs.litellm.ai/docs/completion/drop_params);
//   a quoted "true" was ignored before BerriAI/litellm PR #33738.
import { LITELLM_DEFAULT_ALLOWED_FAILS, usesCountRule } from '../../litellm/cooldowns.js';
import { fallbackOrder, repeatedGroups } from '../../litellm/fallback-order.js';
import { CONFIG_ERROR, UNSUPPORTED_PARAMS } from '../codes.js';
import { isRecord, type ConfigFile } from '../config-file.js';
import { deployments, modelGroups } from '../deployments.js';
import { fail, pass, warn, type CheckResult } from '../types.js';
import { FALLBACK_KEYS } from './config-structure.js';

export function deploymentIdChecks(config: ConfigFile): CheckResult[] {
  const groups = modelGroups(config);
  const results = deployments(config).flatMap((d) => {
    const id = isRecord(d.item.model_info) ? d.item.model_info.id : undefined;
    if (typeof id !== 'string' || !groups.has(id)) return [];
    const line = config.lineOf(['model_list', d.index, 'model_info', 'id']);
    return [fail(`config.deployment-ids.model_list[${d.index}]`,
      `${line ? `line ${line}: ` : ''}model_list[${d.index}].model_info.id is '${id}', also a model_name; LiteLLM sends requests for '${id}' to this one deployment and skips the group's retries, pre-call checks and cooldowns`,
      `give the deployment its own id (for example '${id}-1') or remove model_info.id`, CONFIG_ERROR)];
  });
  return results.length > 0 ? results : [pass('config.deployment-ids', 'no deployment id is also a model group name')];
}

function chainsOf(value: unknown): Map<string, string[]> {
  const chains = new Map<string, string[]>();
  if (!Array.isArray(value)) return chains;
  for (const item of value) {
    if (!isRecord(item) || Object.keys(item).length !== 1) continue;
    const [from, to] = Object.entries(item)[0]!;
    if (Array.isArray(to)) chains.set(from, to.filter((t): t is string => typeof t === 'string'));
  }
  return chains;
}

export function nestedFallbackChecks(config: ConfigFile): CheckResult[] {
  const router = config.data.router_settings;
  if (!isRecord(router)) return [];
  const results: CheckResult[] = [];
  for (const key of FALLBACK_KEYS) {
    const chains = chainsOf(router[key]);
    for (const from of chains.keys()) {
      const order = fallbackOrder(chains, from);
      const repeated = repeatedGroups(order);
      if (repeated.length === 0) continue;
      results.push(warn(`config.nested-fallbacks.${key}.${from}`,
        `router_settings.${key}: fallbacks nest, so a request to ${from} that fails everywhere tries ${order.join(' → ')}, calling ${repeated.join(', ')} more than once`,
        `list only the next hop for ${from} and let that group's own chain go on`, CONFIG_ERROR));
    }
  }
  return results;
}

export function cooldownChecks(config: ConfigFile): CheckResult[] {
  const router = isRecord(config.data.router_settings) ? config.data.router_settings : {};
  if (usesCountRule(router.allowed_fails, router.allowed_fails_policy)) return [pass('config.cooldowns', 'count-based cooldowns (allowed_fails_policy or a non-default allowed_fails)')];
  const sizes = new Map<string, number>();
  for (const d of deployments(config)) if (d.modelName) sizes.set(d.modelName, (sizes.get(d.modelName) ?? 0) + 1);
  const single = [...sizes].filter(([, n]) => n === 1).map(([g]) => g);
  if (single.length === 0) return [pass('config.cooldowns', 'every model group has several deployments')];
  return [warn('config.cooldowns',
    `no allowed_fails_policy and allowed_fails at LiteLLM's default (${LITELLM_DEFAULT_ALLOWED_FAILS}): the router then never cools down a group with one deployment (${single.join(', ')}) on 429 or 5xx, so every request still tries a rate-limited provider first`,
    'set router_settings.allowed_fails_policy (for example RateLimitErrorAllowedFails: 1; 0 counts as unset) or an allowed_fails other than 3', CONFIG_ERROR)];
}

export function dropParamsChecks(config: ConfigFile): CheckResult[] {
  const settings = isRecord(config.data.litellm_settings) ? config.data.litellm_settings : {};
  const value = settings.drop_params;
  if (value === true) return [pass('config.drop-params', 'litellm_settings.drop_params: true (parameters a model does not support are dropped)')];
  // The docs also allow it per deployment, in litellm_params.
  const all = deployments(config);
  if (all.length > 0 && all.every((d) => isRecord(d.item.litellm_params) && d.item.litellm_params.drop_params === true)) {
    return [pass('config.drop-params', 'every deployment sets litellm_params.drop_params: true')];
  }
  const line = config.lineOf(['litellm_settings', 'drop_params']);
  const where = line ? `line ${line}: ` : '';
  const what = value === undefined ? 'litellm_settings.drop_params is not set' : `${where}litellm_settings.drop_params is ${JSON.stringify(value)}, not the boolean true`;
  return [warn('config.drop-params',
    `${what}: a request carrying an OpenAI parameter the model does not support (penalties on some Groq models, a temperature on reasoning models) fails with UnsupportedParamsError instead of being sent without it`,
    'set drop_params: true (unquoted) under litellm_settings', UNSUPPORTED_PARAMS)];
}
