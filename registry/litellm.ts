// LiteLLM model groups (model_list) and fallback chains (router_settings). Facts: LiteLLM's config
// docs (docs.litellm.ai/docs/proxy/configs, reliability, timeout) and Router.validate_fallbacks in
// litellm/router.py. Each fallback target must be a model_name declared here.
import { defineConfigNotes, defineDeployments, defineFallbacks, defineProxy } from './define.js';
import { PROXY_PORT } from './proxy-address.js';
import {
  LITELLM_DOCS_DROP_PARAMS, LITELLM_DOCS_PROMETHEUS, LITELLM_HEALTH_CHECK, LITELLM_LOAD_CONFIG, LITELLM_REDIS_CACHE_INIT, LITELLM_REDIS_CLIENT,
  LITELLM_RETRY_FROM_POLICY, LITELLM_ROUTER_DEPLOYMENT_ID, LITELLM_ROUTER_FALLBACKS, LITELLM_ROUTER_ON_FAILURE, LITELLM_ROUTER_PRE_CALL_CHECKS,
  LITELLM_RUN_ASYNC_FALLBACK, LITELLM_SHOULD_COOLDOWN, LITELLM_USER_API_KEY_AUTH,
} from './sources.js';

export const deployments = defineDeployments([
  {
    modelName: 'groq-primary', provider: 'groq', model: 'openai/gpt-oss-120b', timeout: 60, streamTimeout: 15,
    limitsNote: 'Groq free plan for openai/gpt-oss-120b: 30 RPM, 8K TPM; read yours at console.groq.com/settings/limits',
    purpose: 'Primary coding model: fast and free-tier friendly.',
  },
  {
    modelName: 'groq-small', provider: 'groq', model: 'openai/gpt-oss-20b', timeout: 30, streamTimeout: 10,
    limitsNote: 'Groq free plan for openai/gpt-oss-20b: 30 RPM, 8K TPM',
    purpose: 'Small fast model for autocomplete and cheap sub-tasks.',
  },
  {
    modelName: 'openai-secondary', provider: 'openai', model: 'gpt-6-luna', timeout: 60, streamTimeout: 15,
    rpm: 500, tpm: 200_000,
    limitsNote: 'OpenAI sets gpt-6-luna\'s limits per usage tier; 500 RPM / 200K TPM are this config\'s own routing hints (read yours at platform.openai.com/settings/organization/limits)',
    purpose: 'Secondary provider: different company, different outage domain, and a larger window (922K input) than Groq.',
  },
  {
    modelName: 'openrouter-tertiary', provider: 'openrouter', model: 'google/gemini-3.5-flash-lite', timeout: 90, streamTimeout: 30,
    rpm: 60, tpm: 1_000_000,
    limitsNote: 'OpenRouter publishes no per-model limit for paid models; 60 RPM / 1M TPM are this config’s own routing hints',
    purpose: 'Tertiary provider and the largest context window (1,048,576 tokens).',
  },
]);

/** The provider model id a group serves, for commands and texts that name it (one source: the list above). */
export function deployedModel(modelName: string): string {
  const d = deployments.find((x) => x.modelName === modelName);
  if (!d) throw new Error(`registry/litellm.ts: no deployment named ${modelName}`);
  return d.model;
}

export const fallbacks = defineFallbacks([
  // Each group names only its next hop: LiteLLM also runs the next group's own fallbacks (nested, at
  // most max_fallbacks deep), so naming openrouter-tertiary here as well would call it twice.
  { kind: 'general', from: 'groq-primary', to: ['openai-secondary'], why: 'Groq rate limits, outages and retired models fail over to another company; openai-secondary\'s own chain then goes on to openrouter-tertiary.' },
  { kind: 'general', from: 'groq-small', to: ['openai-secondary'], why: 'Same chain for the small model.' },
  { kind: 'general', from: 'openai-secondary', to: ['openrouter-tertiary'], why: 'Covers clients that ask for openai-secondary directly.' },
  { kind: 'context_window', from: 'groq-primary', to: ['openai-secondary'], why: 'gpt-6-luna takes 922K input tokens, seven times Groq’s 131K; its own context-window chain goes on to openrouter-tertiary.' },
  { kind: 'context_window', from: 'groq-small', to: ['openai-secondary'], why: 'As above.' },
  { kind: 'context_window', from: 'openai-secondary', to: ['openrouter-tertiary'], why: 'gpt-6-luna takes 922K input tokens; the OpenRouter model takes 1,048,576.' },
  // Groq sends nothing LiteLLM maps to ContentPolicyViolationError (it documents no moderation
  // error), so only OpenAI's refusals take this chain; Groq groups reach it through openai-secondary.
  { kind: 'content_policy', from: 'openai-secondary', to: ['openrouter-tertiary'], why: 'OpenAI\'s content_policy_violation (or a content_filter finish) raises ContentPolicyViolationError; another provider moderates differently.' },
]);

export const proxy = defineProxy({
  // The release the issue-10 run measured (retry keys, cooldowns, exceptions); the comments' evidence
  // names the commits each behaviour was read at.
  litellmRelease: 'v1.81.12',
  port: PROXY_PORT,
  numRetries: 1,
  // Cooldowns (litellm/router_utils/cooldown_handlers.py @ 1fa201c7, _should_cooldown_deployment):
  // without allowed_fails_policy and with allowed_fails equal to LiteLLM's default 3, the router
  // uses a percentage rule that never cools a single-deployment group on 429 or 5xx. A policy
  // switches to the count rule: cool down when a failure would exceed the class's count within
  // cooldown_time seconds. 5xx have no policy key the router reads, so allowed_fails counts them.
  allowedFails: 2,
  allowedFailsPolicy: { RateLimitErrorAllowedFails: 1, AuthenticationErrorAllowedFails: 1, TimeoutErrorAllowedFails: 2 },
  cooldownTimeSeconds: 30,
  routerTimeoutSeconds: 120,
  requestTimeoutSeconds: 600,
  cacheTtlSeconds: 600,
  maxBudgetUsd: 50,
  budgetDuration: '30d',
  prometheusMetrics: true,
});

/** The comments of the generated proxy_config.yaml, one per key they explain. */
export const configNotes = defineConfigNotes({
  model_list: {
    about: 'litellm', evidence: [LITELLM_ROUTER_DEPLOYMENT_ID],
    text: 'One entry per model group. Clients (Kilo Code) send model_name as "model".\nrpm/tpm are routing hints (not rpm_limit/tpm_limit, which are virtual-key limits); max_retries: 0\nleaves retrying to the router below. model_info.id differs from model_name on purpose: a request for\na name that is also a deployment id goes to that one deployment and skips the group\'s retries,\npre-call checks and cooldowns.',
  },
  router_settings: { about: 'litellm', evidence: [LITELLM_LOAD_CONFIG], text: 'Routing, retries and fallbacks. These keys must sit here: a top-level fallbacks: is ignored.' },
  fallbackChains: {
    about: 'litellm', evidence: [LITELLM_ROUTER_FALLBACKS, LITELLM_RUN_ASYNC_FALLBACK],
    text: 'try these model groups in order; each item is a single-key map. Each group names only its next\nhop: LiteLLM runs that group\'s own list too (nested), so every group is tried once per request.',
  },
  retry_policy: {
    about: 'litellm', evidence: [LITELLM_RETRY_FROM_POLICY],
    text: 'Derived from the registry: 1 retry where a code mapped to the class has action "retry", else 0\n(fail over at once instead of sleeping on a provider\'s retry-after). Only these five keys are read;\n5xx follow num_retries.',
  },
  allowed_fails_policy: {
    about: 'litellm', evidence: [LITELLM_SHOULD_COOLDOWN],
    text: 'Count-based cooldowns: a deployment cools down when a failure would exceed its class\'s count within\ncooldown_time seconds; 5xx count against allowed_fails. Without a policy, and with allowed_fails at\nits default of 3, a group with one deployment is never cooled down on 429 or 5xx.',
  },
  cooldown_time: { about: 'litellm', evidence: [LITELLM_ROUTER_ON_FAILURE], text: 'Seconds a cooled-down deployment is skipped (a provider\'s Retry-After wins when it sends one).' },
  enable_pre_call_checks: { about: 'litellm', evidence: [LITELLM_ROUTER_PRE_CALL_CHECKS], text: 'Skip deployments whose max_input_tokens is smaller than the prompt.' },
  redis_host: { about: 'litellm', evidence: [LITELLM_REDIS_CLIENT], text: 'Shared cooldowns and rpm/tpm counters across proxy instances. REDIS_PASSWORD is read from the environment when set.' },
  litellm_settings: { about: 'litellm', evidence: [LITELLM_LOAD_CONFIG], text: 'Module-wide settings. Never put master_key or database_url here: they would be silently ignored.' },
  drop_params: { about: 'setting', evidence: [LITELLM_DOCS_DROP_PARAMS], text: 'Drop parameters a provider does not support instead of failing the request.' },
  cache: { about: 'litellm', evidence: [LITELLM_REDIS_CACHE_INIT], text: 'Response cache in Redis. If Redis is down LiteLLM logs the connection error and keeps serving (litellm-cache-error).' },
  max_budget: { about: 'litellm', evidence: [LITELLM_LOAD_CONFIG], text: 'Proxy-wide budget in USD per budget_duration; needs DATABASE_URL, without which it is skipped (litellm-budget-exceeded).' },
  callbacks: {
    about: 'setting', evidence: [LITELLM_DOCS_PROMETHEUS],
    text: 'Prometheus metrics on /metrics (needs a LiteLLM key since v1.85.0); service_callback adds Redis and\nPostgres health metrics. ops/prometheus/ has the scrape config and tested alert rules.',
  },
  general_settings: { about: 'config', evidence: [], text: 'Server, auth and database. Secrets come from litellm/.env, never from this file.' },
  master_key: { about: 'litellm', evidence: [LITELLM_USER_API_KEY_AUTH], text: 'Must start with sk-; generate it with the command in .env.example (seed gap P0-1).' },
  background_health_checks: {
    about: 'litellm', evidence: [LITELLM_HEALTH_CHECK, LITELLM_LOAD_CONFIG],
    text: 'Each background check is a real completion that counts against the provider\'s daily requests.',
  },
});
