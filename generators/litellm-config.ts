// litellm/proxy_config.yaml, following litellm.md sections 0-1: fallbacks under router_settings as
// single-key maps, rpm/tpm on each deployment (not rpm_limit), every secret as os.environ/VAR,
// master_key and database_url under general_settings, a retry_policy derived from registry actions.
import { Document, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { FALLBACK_KINDS, RETRY_POLICY_KEYS, type ConfigNote, type Deployment, type Registry } from '../registry/schema.js';
import type { PROFILE_IDS } from '../registry/schema.js';

type ProfileId = (typeof PROFILE_IDS)[number];
import { envReferences } from '../src/doctor/env-refs.js';
import { checksPerDay, HEALTH_CHECK_SHARE_OF_RPD, LITELLM_DEFAULT_HEALTH_CHECK_INTERVAL, minimumInterval } from '../src/litellm/health-checks.js';
import { hashHeader } from './header.js';
import { GenerationError, type GeneratedFile } from './types.js';

export const CONFIG_PATH = 'litellm/proxy_config.yaml';

/**
 * A deployment's id, never its group's name: LiteLLM takes a request for a name that is also a
 * deployment id as a request for that one deployment, and then skips the group's retries, pre-call
 * checks and cooldown filtering (router.py, get_model_ids checks; see docs/maintainers).
 */
export function deploymentId(d: Deployment): string {
  return `${d.modelName}-1`;
}

function deploymentNode(reg: Registry, d: Deployment) {
  const provider = reg.providers.find((p) => p.id === d.provider)!;
  const model = reg.models.find((m) => m.provider === d.provider && m.id === d.model)!;
  const rpm = d.rpm ?? model.limits.rpm;
  const tpm = d.tpm ?? model.limits.tpm;
  return {
    model_name: d.modelName,
    litellm_params: {
      model: `${provider.litellmPrefix ?? ''}${d.model}`,
      api_key: `os.environ/${provider.keyEnv}`,
      ...(rpm ? { rpm } : {}),
      ...(tpm ? { tpm } : {}),
      timeout: d.timeout,
      stream_timeout: d.streamTimeout,
      max_retries: 0,
    },
    model_info: { id: deploymentId(d), max_input_tokens: model.contextWindow },
  };
}

/** One retry for an exception class only when some code mapped to it asks to retry the same target. */
export function deriveRetryPolicy(reg: Registry): { policy: Record<string, number>; why: string[] } {
  const policy: Record<string, number> = {};
  const why: string[] = [];
  for (const key of RETRY_POLICY_KEYS) {
    const entries = reg.errors.filter((e) => e.lifecycle === 'active' && e.litellm.retryPolicyKey === key);
    const retriers = entries.filter((e) => e.action === 'retry').map((e) => e.code);
    policy[key] = retriers.length > 0 ? 1 : 0;
    why.push(`${key}: ${policy[key]} (${retriers.length > 0 ? `retry action: ${retriers.join(', ')}` : `${entries.length} codes, none with action retry`})`);
  }
  return { policy, why };
}

function dailyLimits(reg: Registry): Array<{ modelName: string; rpd: number }> {
  return reg.deployments.flatMap((d) => {
    const rpd = reg.models.find((m) => m.provider === d.provider && m.id === d.model)?.limits.rpd;
    return rpd ? [{ modelName: d.modelName, rpd }] : [];
  });
}

/** The interval that keeps background checks within 2% of every model's daily requests. */
export function healthCheckInterval(reg: Registry): number {
  return Math.max(LITELLM_DEFAULT_HEALTH_CHECK_INTERVAL, ...dailyLimits(reg).map((l) => minimumInterval(l.rpd)));
}

function healthCheckNote(reg: Registry): string {
  const interval = healthCheckInterval(reg);
  const perDay = checksPerDay(interval);
  const costs = dailyLimits(reg).map((l) => `${l.modelName} ${((100 * perDay) / l.rpd).toFixed(1)}%`).join(', ');
  return `${interval} s = ${perDay} checks a day per deployment, at most ${HEALTH_CHECK_SHARE_OF_RPD * 100}% of each model's requests per day (${costs}).\nLiteLLM's default of ${LITELLM_DEFAULT_HEALTH_CHECK_INTERVAL} s would be ${checksPerDay(LITELLM_DEFAULT_HEALTH_CHECK_INTERVAL)} a day. For liveness without model calls use /health/liveliness.`;
}

/** "Read in BerriAI/litellm @ f292d1ae: litellm/router.py Router._pre_call_checks." for each upstream source, or the docs page. */
export function evidenceLine(note: ConfigNote): string | null {
  if (note.evidence.length === 0) return null;
  return note.evidence.map((e) => (e.kind === 'upstream'
    ? `Read in ${e.repo} @ ${e.commit.slice(0, 8)}: ${e.path} ${e.symbol}.`
    : `Documented: ${e.url}`)).join('\n');
}

/** A config note with its evidence underneath, and any text the generator computes after it. */
function noteText(note: ConfigNote, ...extra: string[]): string {
  return [note.text, ...extra, evidenceLine(note)].filter((l): l is string => Boolean(l)).join('\n');
}

const ordinal = (n: number) => `${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`;

/** "Here: cooled down on the 2nd RateLimitError, ..., the 3rd other failure (5xx)." */
function cooldownSummary(reg: Registry): string {
  const perClass = Object.entries(reg.proxy.allowedFailsPolicy).map(([key, n]) => `the ${ordinal(n! + 1)} ${key.replace(/AllowedFails$/, '')}`);
  return `Here: cooled down on ${[...perClass, `the ${ordinal(reg.proxy.allowedFails + 1)} other failure (5xx)`].join(', ')}.`;
}

function chains(reg: Registry, kind: 'general' | 'context_window' | 'content_policy') {
  return reg.fallbacks.filter((f) => f.kind === kind).map((f) => ({ [f.from]: f.to }));
}

/** Settings that need Redis: shared router state and the response cache. */
function redisParts(reg: Registry) {
  return {
    router: { redis_host: 'os.environ/REDIS_HOST', redis_port: 'os.environ/REDIS_PORT' },
    settings: { cache: true, cache_params: { type: 'redis', host: 'os.environ/REDIS_HOST', port: 'os.environ/REDIS_PORT', ttl: reg.proxy.cacheTtlSeconds } },
  };
}

/** Settings that need Postgres: the database and the budget it enforces. */
function postgresParts(reg: Registry) {
  return {
    settings: { max_budget: reg.proxy.maxBudgetUsd, budget_duration: reg.proxy.budgetDuration },
    general: { database_url: 'os.environ/DATABASE_URL' },
  };
}

function configObject(reg: Registry, profiles: ReadonlySet<ProfileId>) {
  const p = reg.proxy;
  const redis = profiles.has('redis') ? redisParts(reg) : null;
  const postgres = profiles.has('postgres') ? postgresParts(reg) : null;
  return {
    model_list: reg.deployments.map((d) => deploymentNode(reg, d)),
    router_settings: {
      fallbacks: chains(reg, 'general'),
      context_window_fallbacks: chains(reg, 'context_window'),
      content_policy_fallbacks: chains(reg, 'content_policy'),
      num_retries: p.numRetries,
      retry_policy: deriveRetryPolicy(reg).policy,
      allowed_fails: p.allowedFails,
      allowed_fails_policy: p.allowedFailsPolicy,
      cooldown_time: p.cooldownTimeSeconds,
      enable_pre_call_checks: true,
      timeout: p.routerTimeoutSeconds,
      ...redis?.router,
    },
    litellm_settings: {
      drop_params: true,
      request_timeout: p.requestTimeoutSeconds,
      ...redis?.settings,
      ...postgres?.settings,
      ...(p.prometheusMetrics ? { callbacks: ['prometheus'], service_callback: ['prometheus_system'] } : {}),
    },
    general_settings: {
      master_key: 'os.environ/LITELLM_MASTER_KEY',
      ...postgres?.general,
      background_health_checks: true,
      health_check_interval: healthCheckInterval(reg),
    },
  };
}

function child(map: YAMLMap, key: string): YAMLMap {
  const node = map.get(key, true);
  if (!isMap(node)) throw new Error(`${key} is not a map`);
  return node;
}

/** Comments a key; a key the profile leaves out is skipped unless `required`. */
function comment(map: YAMLMap, key: string, text: string, blankLineBefore = false, required = true): void {
  const pair = map.items.find((it: Pair) => isScalar(it.key) && it.key.value === key);
  if (!pair && !required) return;
  if (!pair) throw new Error(`no key ${key} to comment`);
  const keyNode = pair.key as Node;
  keyNode.commentBefore = text.split('\n').map((l) => ` ${l}`).join('\n');
  keyNode.spaceBefore = blankLineBefore;
}

/** Writes each chain's target list inline: `- groq-primary: [openai-secondary, openrouter-tertiary]`. */
function flowTargets(chains: unknown): void {
  if (!isSeq(chains)) return;
  for (const item of chains.items) {
    if (isMap(item)) for (const pair of item.items) if (isSeq(pair.value)) pair.value.flow = true;
  }
}

function annotate(doc: Document, reg: Registry): void {
  const notes = reg.configNotes;
  const root = doc.contents as YAMLMap;
  comment(root, 'model_list', noteText(notes.model_list));
  const list = root.get('model_list', true);
  if (isSeq(list)) {
    list.items.forEach((item, i) => {
      const d = reg.deployments[i]!;
      (item as Node).commentBefore = ` ${d.purpose}\n Limits: ${d.limitsNote}.`;
    });
  }
  comment(root, 'router_settings', noteText(notes.router_settings), true);
  const router = child(root, 'router_settings');
  for (const key of ['fallbacks', 'context_window_fallbacks', 'content_policy_fallbacks']) flowTargets(router.get(key, true));
  for (const kind of FALLBACK_KINDS) {
    const k = reg.vocabulary.fallbackKinds[kind];
    comment(router, k.litellmKey, noteText({ ...notes.fallbackChains, text: `${k.takes.charAt(0).toUpperCase()}${k.takes.slice(1)}: ${notes.fallbackChains.text}` }));
  }
  comment(router, 'retry_policy', noteText(notes.retry_policy, ...deriveRetryPolicy(reg).why));
  comment(router, 'allowed_fails_policy', noteText(notes.allowed_fails_policy, cooldownSummary(reg)));
  comment(router, 'cooldown_time', noteText(notes.cooldown_time));
  comment(router, 'enable_pre_call_checks', noteText(notes.enable_pre_call_checks));
  comment(router, 'redis_host', noteText(notes.redis_host), false, false);
  comment(root, 'litellm_settings', noteText(notes.litellm_settings), true);
  const settings = child(root, 'litellm_settings');
  comment(settings, 'drop_params', noteText(notes.drop_params));
  comment(settings, 'cache', noteText(notes.cache), false, false);
  comment(settings, 'max_budget', noteText(notes.max_budget), false, false);
  if (reg.proxy.prometheusMetrics) {
    comment(settings, 'callbacks', noteText(notes.callbacks));
    for (const key of ['callbacks', 'service_callback']) {
      const list = settings.get(key, true);
      if (isSeq(list)) list.flow = true;
    }
  }
  comment(root, 'general_settings', noteText(notes.general_settings), true);
  const general = child(root, 'general_settings');
  comment(general, 'master_key', noteText(notes.master_key));
  comment(general, 'background_health_checks', noteText(notes.background_health_checks, healthCheckNote(reg)));
}

/** The default config, then one complete config per profile, then one with every profile. */
export function configVariants(reg: Registry): Array<{ path: string; profiles: Set<ProfileId> }> {
  const all = reg.profiles.map((p) => p.id);
  return [
    { path: CONFIG_PATH, profiles: new Set<ProfileId>() },
    ...reg.profiles.map((p) => ({ path: p.file, profiles: new Set<ProfileId>([p.id]) })),
    { path: `litellm/proxy_config.${all.join('-')}.yaml`, profiles: new Set<ProfileId>(all) },
  ];
}

function renderConfig(reg: Registry, path: string, profiles: ReadonlySet<ProfileId>): GeneratedFile {
  const obj = configObject(reg, profiles);
  const declared = new Set(reg.env.map((v) => v.name));
  const undeclared = [...envReferences(obj)].filter((name) => !declared.has(name));
  if (undeclared.length > 0) {
    throw new GenerationError(path, `references undeclared env var(s) ${undeclared.join(', ')}; declare them in registry/env.ts`);
  }
  const doc = new Document(obj);
  const with_ = profiles.size === 0 ? ' Default profile: needs only the provider keys and LITELLM_MASTER_KEY (no Redis, no database).' : ` Profiles: ${[...profiles].join(', ')} (registry/profiles.ts).`;
  doc.commentBefore = `${hashHeader('registry/litellm.ts, registry/profiles.ts, registry/providers.ts and registry/errors/').replace(/^# ?/gm, ' ').trimEnd()}\n${with_}\n Written for LiteLLM ${reg.proxy.litellmRelease}. Comments on LiteLLM's behaviour say where it was read (file, function, commit); recheck them after an upgrade.\n Start: litellm --config ${path} --port ${reg.proxy.port}\n Check first: npx provider-fallback doctor --config ${path}`;
  annotate(doc, reg);
  return { path, contents: doc.toString({ lineWidth: 0, flowCollectionPadding: false }) };
}

export function generateLitellmConfig(reg: Registry): GeneratedFile[] {
  return configVariants(reg).map((v) => renderConfig(reg, v.path, v.profiles));
}
