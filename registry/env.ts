// Every environment variable the generated config and this project's tools read.
// Placeholders only: real values live in litellm/.env, which is git-ignored. `required` for the
// cache and database groups means required with that group's profile (registry/profiles.ts).
import { defineEnv } from './define.js';
import { PROXY_URL } from './proxy-address.js';

const randomHex32 = {
  bash: 'echo "sk-$(openssl rand -hex 32)"',
  powershell: '"sk-" + [Convert]::ToHexString([Security.Cryptography.RandomNumberGenerator]::GetBytes(32)).ToLower()',
};

export const env = defineEnv([
  {
    name: 'GROQ_API_KEY', group: 'providers', purpose: 'Groq API key (primary provider).',
    requiredBy: ['litellm/proxy_config.yaml (groq-primary, groq-small)', 'provider-fallback doctor'], required: true, secret: true,
    format: '^gsk_[A-Za-z0-9]{20,}$', placeholder: 'gsk_replace-with-your-groq-key',
  },
  {
    name: 'OPENAI_API_KEY', group: 'providers', purpose: 'OpenAI API key (secondary provider, openai-secondary).',
    requiredBy: ['litellm/proxy_config.yaml (openai-secondary)', 'provider-fallback doctor'], required: true, secret: true,
    format: '^sk-(?!or-)[A-Za-z0-9_-]{20,}$', placeholder: 'sk-proj-replace-with-your-openai-key',
  },
  {
    name: 'OPENROUTER_API_KEY', group: 'providers', purpose: 'OpenRouter API key (tertiary provider and large-context fallback).',
    requiredBy: ['litellm/proxy_config.yaml (openrouter-tertiary)', 'provider-fallback doctor'], required: true, secret: true,
    format: '^sk-or-v1-[a-f0-9]{64}$', placeholder: 'sk-or-v1-replace-with-your-openrouter-key',
  },
  {
    name: 'LITELLM_MASTER_KEY', group: 'proxy', purpose: 'Admin key of the LiteLLM proxy; clients (Kilo Code) send it or a virtual key made with it.',
    requiredBy: ['litellm/proxy_config.yaml (general_settings.master_key)', 'Kilo Code provider settings'], required: true, secret: true,
    format: '^sk-[A-Za-z0-9_-]{32,}$', placeholder: 'sk-replace-with-output-of-the-command-above', generate: randomHex32,
    warning: 'Must start with sk-. Never use sk-1234 or sk-local-dev-1234: recent LiteLLM refuses to start with sk-1234, and both are public.',
  },
  {
    name: 'LITELLM_SALT_KEY', group: 'database', purpose: 'Encrypts provider credentials that LiteLLM stores in its database.',
    requiredBy: ['LiteLLM proxy with the postgres profile (reads it from the environment)'], required: true, secret: true,
    placeholder: 'replace-with-output-of-the-command-above',
    generate: { bash: 'openssl rand -base64 32', powershell: '[Convert]::ToBase64String([Security.Cryptography.RandomNumberGenerator]::GetBytes(32))' },
    warning: 'Never change it after models or keys are stored: LiteLLM can no longer decrypt them. Back it up with the database.',
  },
  {
    name: 'DATABASE_URL', group: 'database', purpose: 'PostgreSQL URL for virtual keys, spend tracking and budgets (the seed called it LITELLM_DATABASE_URL; LiteLLM reads DATABASE_URL).',
    requiredBy: ['litellm/proxy_config.postgres.yaml (general_settings.database_url, litellm_settings.max_budget)'], required: true, secret: true,
    format: '^postgres(?:ql)?://', placeholder: 'postgresql://litellm:replace-password@localhost:5432/litellm',
  },
  {
    name: 'REDIS_HOST', group: 'cache', purpose: 'Redis host for the response cache and shared cooldown / rate-limit state.',
    requiredBy: ['litellm/proxy_config.redis.yaml (router_settings.redis_host, litellm_settings.cache_params)'], required: true, secret: false,
    placeholder: 'localhost',
  },
  {
    name: 'REDIS_PORT', group: 'cache', purpose: 'Redis port.',
    requiredBy: ['litellm/proxy_config.redis.yaml (router_settings.redis_port, litellm_settings.cache_params)'], required: true, secret: false,
    format: '^\\d{1,5}$', placeholder: '6379',
  },
  {
    name: 'REDIS_PASSWORD', group: 'cache', purpose: 'Redis password, when the server requires one (LiteLLM reads it from the environment).',
    requiredBy: ['LiteLLM cache (optional)'], required: false, secret: true,
    placeholder: '',
  },
  {
    name: 'LITELLM_LOG', group: 'proxy', purpose: 'LiteLLM log level: INFO, DEBUG or ERROR. DEBUG logs request bodies: never in production.',
    requiredBy: ['LiteLLM proxy (optional)'], required: false, secret: false,
    format: '^(?:INFO|DEBUG|ERROR)$', placeholder: 'INFO',
  },
  {
    name: 'LITELLM_BASE_URL', group: 'tools', purpose: 'Where the proxy listens, for Kilo Code and `provider-fallback doctor`.',
    requiredBy: ['provider-fallback doctor', 'Kilo Code provider settings'], required: false, secret: false,
    format: '^https?://', placeholder: `${PROXY_URL}`,
  },
]);
