// Where settings sit in a LiteLLM config. LiteLLM reads only the sections it knows and applies
// each differently (litellm.md 1.2): litellm_settings keys become module attributes, router_settings
// keys Router arguments, general_settings the server's. A setting in the wrong place is not an
// error for LiteLLM: it is silently ignored, which is why doctor fails on it.
import { CONFIG_ERROR, NO_MODELS } from '../codes.js';
import { formatPath, isRecord, type ConfigFile, type LoadResult } from '../config-file.js';
import { deployments } from '../deployments.js';
import { fail, pass, warn, type CheckResult } from '../types.js';

export const KNOWN_SECTIONS = ['model_list', 'litellm_settings', 'router_settings', 'general_settings', 'environment_variables'] as const;
/** Other sections LiteLLM reads; doctor accepts them without checking their contents. */
const OTHER_SECTIONS = new Set(['include', 'guardrails', 'credential_list', 'mcp_servers']);
/** Settings people put at the top level, and the section each belongs to. */
const HOME: Record<string, string> = {
  fallbacks: 'router_settings', context_window_fallbacks: 'router_settings', content_policy_fallbacks: 'router_settings',
  default_fallbacks: 'router_settings', num_retries: 'router_settings', retry_policy: 'router_settings',
  allowed_fails: 'router_settings', cooldown_time: 'router_settings', routing_strategy: 'router_settings',
  enable_pre_call_checks: 'router_settings', redis_host: 'router_settings', redis_port: 'router_settings',
  redis_password: 'router_settings', timeout: 'router_settings',
  master_key: 'general_settings', database_url: 'general_settings', background_health_checks: 'general_settings',
  health_check_interval: 'general_settings',
  drop_params: 'litellm_settings', cache: 'litellm_settings', cache_params: 'litellm_settings',
  request_timeout: 'litellm_settings', max_budget: 'litellm_settings', budget_duration: 'litellm_settings',
  success_callback: 'litellm_settings', failure_callback: 'litellm_settings', callbacks: 'litellm_settings',
};
/** Only general_settings reads these; anywhere else the proxy runs without them. */
const GENERAL_ONLY = ['master_key', 'database_url'];
export const FALLBACK_KEYS = ['fallbacks', 'context_window_fallbacks', 'content_policy_fallbacks'] as const;

export function configParseCheck(path: string, load: LoadResult): CheckResult {
  const fix = `fix ${path} (compare it with a fresh copy: npx provider-fallback init <empty folder>)`;
  if (load.ok) return pass('config.parse', `${path} parses as YAML`);
  if (load.reason === 'missing') return fail('config.parse', `${path} not found`, `create it: npx provider-fallback init writes litellm/proxy_config.yaml and litellm/.env.example; or pass --config <file>`, CONFIG_ERROR);
  if (load.reason === 'syntax') return fail('config.parse', `${path} line ${load.line}, column ${load.col}: YAML syntax error: ${load.message}`, `${fix}; LiteLLM cannot start with it`, CONFIG_ERROR);
  return fail('config.parse', `${path}: ${load.message}`, fix, CONFIG_ERROR);
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}

function at(config: ConfigFile, path: (string | number)[]): string {
  const line = config.lineOf(path);
  return line ? `line ${line}: ` : '';
}

function unknownSection(config: ConfigFile, key: string): CheckResult {
  const id = `config.sections.${key}`;
  const where = at(config, [key]);
  const home = HOME[key];
  if (home) {
    const shape = (FALLBACK_KEYS as readonly string[]).includes(key) ? ' as single-key maps (- groq-primary: [openai-secondary, openrouter-tertiary])' : '';
    return fail(id, `${where}top-level ${key}: is silently ignored by LiteLLM, which only reads its known sections`, `move ${key} under ${home}:${shape}`, CONFIG_ERROR);
  }
  const near = KNOWN_SECTIONS.find((k) => distance(key.toLowerCase(), k) <= 2);
  if (near) return fail(id, `${where}unknown section ${key}: (a misspelt ${near}?); LiteLLM ignores the whole section`, `rename ${key} to ${near}`, CONFIG_ERROR);
  return warn(id, `${where}unknown top-level section ${key}: LiteLLM ignores sections it does not know`, `remove it or move its settings to ${KNOWN_SECTIONS.join(', ')}`, CONFIG_ERROR);
}

export function sectionChecks(config: ConfigFile): CheckResult[] {
  const unknown = Object.keys(config.data).filter((k) => !(KNOWN_SECTIONS as readonly string[]).includes(k) && !OTHER_SECTIONS.has(k));
  if (unknown.length === 0) return [pass('config.sections', `sections: ${Object.keys(config.data).join(', ')}`)];
  return unknown.map((k) => unknownSection(config, k));
}

/**
 * YAML forbids a key twice in one map, but LiteLLM's proxy reads its config with PyYAML (`import
 * yaml` in litellm/proxy/proxy_server.py), which keeps the last one without a word
 * (yaml/pyyaml#165): a second `router_settings:` silently drops everything under the first.
 */
export function duplicateKeyChecks(config: ConfigFile): CheckResult[] {
  return config.duplicates.map((d) => {
    const key = String(d.path[d.path.length - 1]);
    return fail(`config.duplicate-keys.line-${d.line}`,
      `line ${d.line}: ${formatPath(d.path)} is set again (first on line ${d.firstLine}); LiteLLM's YAML loader keeps only the last, so what line ${d.firstLine} sets is ignored`,
      d.block ? `merge the two into one ${key}: block` : `keep one ${key}: line`, CONFIG_ERROR);
  });
}

export function placementChecks(config: ConfigFile): CheckResult[] {
  const results: CheckResult[] = [];
  for (const section of ['litellm_settings', 'router_settings']) {
    const settings = config.data[section];
    if (!isRecord(settings)) continue;
    for (const key of GENERAL_ONLY.filter((k) => k in settings)) {
      results.push(fail(`config.placement.${section}.${key}`,
        `${at(config, [section, key])}${key} under ${section} is silently ignored: LiteLLM only reads it from general_settings${key === 'master_key' ? ', so the proxy would run without this master key' : ''}`,
        `move ${key} under general_settings:`, CONFIG_ERROR));
    }
  }
  const general = config.data.general_settings;
  if (isRecord(general)) {
    for (const key of FALLBACK_KEYS.filter((k) => k in general)) {
      results.push(fail(`config.placement.general_settings.${key}`, `${at(config, ['general_settings', key])}${key} under general_settings is ignored: the Router reads it from router_settings`,
        `move ${key} under router_settings:`, CONFIG_ERROR));
    }
  }
  if (results.length > 0) return results;
  const present = isRecord(general) ? GENERAL_ONLY.filter((k) => k in general) : [];
  return [pass('config.placement', present.length > 0 ? `${present.join(' and ')} under general_settings` : 'no master_key or database_url outside general_settings (LiteLLM reads LITELLM_MASTER_KEY and DATABASE_URL from the environment)')];
}

export function modelListChecks(config: ConfigFile): CheckResult[] {
  const list = config.data.model_list;
  if (!Array.isArray(list) || list.length === 0) {
    return [fail('config.model-list', 'no model_list entries: the proxy would serve no model', 'add model_list: with one entry per deployment (model_name, litellm_params.model, api_key: os.environ/...)', NO_MODELS)];
  }
  const found = deployments(config);
  const results: CheckResult[] = [];
  list.forEach((_, i) => {
    const d = found.find((x) => x.index === i);
    const missing = [!d && 'a map', d && !d.modelName && 'model_name', d && !d.model && 'litellm_params.model'].filter(Boolean);
    if (missing.length > 0) {
      results.push(fail(`config.model-list.${formatPath(['model_list', i])}`, `${at(config, ['model_list', i])}model_list[${i}] needs ${missing.join(' and ')}`,
        'give every entry model_name and litellm_params.model (provider/model, e.g. groq/openai/gpt-oss-120b)', CONFIG_ERROR));
    }
  });
  if (results.length > 0) return results;
  const groups = [...new Set(found.map((d) => d.modelName))];
  return [pass('config.model-list', `${found.length} deployment${found.length === 1 ? '' : 's'} in ${groups.length} model group${groups.length === 1 ? '' : 's'}: ${groups.join(', ')}`)];
}
