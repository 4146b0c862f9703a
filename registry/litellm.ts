// LiteLLM model groups (model_list) and fallback chains (router_settings). Facts: LiteLLM's config
// docs (docs.litellm.ai/docs/proxy/configs, reliability, timeout) and Router.validate_fallbacks in
// litellm/router.py. Each fallback target must be a model_name declared here.
import { defineDeployments, defineFallbacks, defineProxy } from './define.js';
import { PROXY_PORT } from './proxy-address.js';

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
    modelName: 'openai-mini', provider: 'openai', model: 'gpt-4o-mini', timeout: 60, streamTimeout: 15,
    limitsNote: 'OpenAI usage tier 1 for gpt-4o-mini: 500 RPM, 200K TPM',
    purpose: 'Secondary provider: different company, different outage domain.',
  },
  {
    modelName: 'openrouter-tertiary', provider: 'openrouter', model: 'google/gemini-2.5-flash', timeout: 90, streamTimeout: 30,
    rpm: 60, tpm: 1_000_000,
    limitsNote: 'OpenRouter publishes no per-model limit for paid models; 60 RPM / 1M TPM are this config’s own routing hints',
    purpose: 'Tertiary provider and the largest context window (1M tokens).',
  },
]);

export const fallbacks = defineFallbacks([
  { kind: 'general', from: 'groq-primary', to: ['openai-mini', 'openrouter-tertiary'], why: 'Groq rate limits, outages and retired models fail over to another company.' },
  { kind: 'general', from: 'groq-small', to: ['openai-mini', 'openrouter-tertiary'], why: 'Same chain for the small model.' },
  { kind: 'general', from: 'openai-mini', to: ['openrouter-tertiary'], why: 'Covers clients that ask for openai-mini directly.' },
  { kind: 'context_window', from: 'groq-primary', to: ['openrouter-tertiary'], why: 'Only the OpenRouter model has a larger window than Groq’s 131K.' },
  { kind: 'context_window', from: 'groq-small', to: ['openrouter-tertiary'], why: 'As above.' },
  { kind: 'context_window', from: 'openai-mini', to: ['openrouter-tertiary'], why: 'gpt-4o-mini has 128K; the OpenRouter model has 1M.' },
  { kind: 'content_policy', from: 'groq-primary', to: ['openai-mini'], why: 'A different provider applies different moderation; try it once before failing.' },
  { kind: 'content_policy', from: 'groq-small', to: ['openai-mini'], why: 'As above.' },
]);

export const proxy = defineProxy({
  port: PROXY_PORT,
  numRetries: 1,
  allowedFails: 3,
  cooldownTimeSeconds: 30,
  routerTimeoutSeconds: 120,
  requestTimeoutSeconds: 600,
  cacheTtlSeconds: 600,
  maxBudgetUsd: 50,
  budgetDuration: '30d',
  healthCheckIntervalSeconds: 300,
  prometheusMetrics: true,
});
