// Providers and their models. Facts: the providers' rate-limit and model pages (docsUrl) and
// LiteLLM's health-check docs (docs.litellm.ai/docs/proxy/health). Limits change: the docs tell operators to read
// the live values, and `limitsPlan` says which plan these numbers describe.
import { defineModels, defineProviders } from './define.js';
import { PROXY_URL } from './proxy-address.js';

export const providers = defineProviders([
  {
    id: 'groq',
    name: 'Groq',
    role: 'primary',
    keyEnv: 'GROQ_API_KEY',
    keyFormat: { prefix: 'gsk_', pattern: '^gsk_[A-Za-z0-9]{20,}$', example: 'gsk_…' },
    baseUrl: 'https://api.groq.com/openai/v1',
    health: { method: 'GET', path: '/models', auth: true, note: 'Cheapest authenticated call; also returns x-ratelimit-* headers.' },
    docsUrl: 'https://console.groq.com/docs/errors',
    statusUrl: 'https://groqstatus.com',
    litellmPrefix: 'groq/',
    rateLimitHeaders: { requests: 'rpd', tokens: 'tpm', source: 'https://console.groq.com/docs/rate-limits' },
    recognition: {
      precedence: 0,
      headers: ['x-groq-region'],
      // Every groq.com host is Groq's (api., console.), as every openai.com host is OpenAI's.
      hosts: ['groq.com', 'groqstatus.com'],
      // `groq.` is the Python SDK's module prefix (`groq.BadRequestError`); `Groq`/`GROQ` only as whole words, so the model group `groq-primary` does not count.
      wrappers: ['GroqException', 'Groq', 'GROQ', 'groq.'],
      // Wordings are kept to the words that carry them: cut where no corpus row changed (registry/wordings.ts, the notes after the 167th round).
      phrases: ['x-groq-region', 'tier `on_demand', 'service tier on_demand', "see 'failed_generation'", 'your message size', 'dev tier', 'decommissioned and is no longer supported', 'large for model', 'organization has been restricted'],
      weakPatterns: [],
      orgIdPattern: '\\borg_01[a-z0-9]{8,}',
      modelIdPattern: '\\b(?:llama-3\\.[1-3]-[0-9]+b-(?:versatile|instant|specdec|preview|text-preview|vision-preview)|llama3-(?:8|70)b-8192|llama2-70b-4096|mixtral-8x7b-32768|gemma2?-[0-9]+b-it|deepseek-r1-distill-llama-70b)\\b',
    },
  },
  {
    id: 'openai',
    name: 'OpenAI',
    role: 'secondary',
    keyEnv: 'OPENAI_API_KEY',
    keyFormat: { prefix: 'sk-', pattern: '^sk-(?!or-)[A-Za-z0-9_-]{20,}$', example: 'sk-proj-…' },
    baseUrl: 'https://api.openai.com/v1',
    health: { method: 'GET', path: '/models', auth: true, note: 'Free to call; a 401 here means the key is wrong, a 429 insufficient_quota means billing.' },
    docsUrl: 'https://platform.openai.com/docs/guides/error-codes',
    statusUrl: 'https://status.openai.com',
    litellmPrefix: 'openai/',
    rateLimitHeaders: { requests: 'rpm', tokens: 'tpm', source: 'https://platform.openai.com/docs/guides/rate-limits' },
    recognition: {
      precedence: 2,
      headers: ['openai-organization', 'openai-processing-ms', 'openai-version'],
      // Every openai.com host is OpenAI's (api., platform., help., status., an address @openai.com); chatgpt.com serves the Codex backend.
      hosts: ['openai.com', 'chatgpt.com'],
      // No wrapper: LiteLLM's "OpenAIException - Incorrect API key provided" and "- You exceeded your current
      // quota" were listed as wrappers, but the OpenAI sentences they hold are phrases below (cut: no corpus row changed).
      wrappers: [],
      // "The model: `gpt-4` does not exist" is OpenAI's older model_not_found wording; the newer "does not
      // exist or you do not have access to it" is not listed: OpenAI-compatible servers copy it.
      // Each phrase is as short as the corpus allows: the rows of test/corpus that hold "the server had an
      // error" (29 of 29) or "per min (" (49 of 50, the other OpenRouter relaying it) are OpenAI's, and
      // "organization must be verified" covers both its
      // verification refusals ("to use the model", "to stream this model"). Its account sentences:
      // `billing_not_active` ("Your account is not active") and a deactivated account. Its 401 for a
      // request without a key, "You didn't provide an API key" (18 of the 19 corpus rows that hold it
      // are OpenAI's; the other a relay that copies it). A project's model access, "Project `proj_...`
      // does not have access to model `gpt-4o`" (OpenAI's 403 model_not_found; 8 of 8 corpus rows). An
      // account closed for a policy violation, "Your access was terminated due to violation of our
      // policies" (10 of 10 rows), and a key used with another organisation's header, "OpenAI-Organization
      // header should match organization for API key" (4 of 4). Its 404 for a chat model called on the
      // legacy completions route, "This is a chat model and not supported in the v1/completions endpoint.
      // Did you mean to use v1/chat/completions?" (MacPaw/OpenAI#72, zurawiki/gptcommit#65; 17 of the 22
      // corpus rows that hold it are labelled as showing OpenAI; the other 5, without a host either, are not).
      // A project key without the permission a call needs, "You have insufficient permissions for this
      // operation. Missing scopes: model.request" (or api.responses.write): OpenAI's 401 for a restricted
      // key (openai/openai-java#720, openai/codex#19743; 8 of the 10 corpus rows that hold it show OpenAI).
      // Two kept as long as another server's sentence needs: "id schema for response_format" is OpenAI's "Invalid
      // schema for response_format", not Groq's "invalid JSON schema for response_format" (Meridiona/meridian#812),
      // and "produced invalid content" is OpenAI's "The model produced invalid content", not Bedrock's "Model
      // produced invalid sequence as part of ToolUse" (langchain-ai/langchain-aws#567): 4 provider verdicts won.
      phrases: ['you exceeded your current quota, please check your plan and billing details', 'the server had an error', 'are currently overloaded', 'server_is_overloaded', 'our safety', 'access to this content', 'incorrect api key provided', 'unsupported_country_region_territory', 'territory not supported', 'organization must be verified', 'produced invalid content', 'the model: `', 'per min (', 'account is not active', 'openai account associated', 'id schema for response_format', "didn't provide an api key", 'have access to model', 'access was terminated', 'match organization', 'a chat model and not', 'missing scopes'],
      // LiteLLM writes OpenAIException for every OpenAI-compatible route, Groq and OpenRouter included:
      // it suggests, it does not prove. The bare name "OpenAI" is not even that: SDKs, clients and apps
      // name OpenAI for any OpenAI-compatible server ("Error communicating with OpenAI" from localhost,
      // openai-node's stack frames, Kilo Code's "OpenAI completion error"), and reading it as the
      // provider cost more rows of the real-error corpus than it won (test/corpus, README).
      weakPatterns: ['\\b[Oo]pen[Aa][Ii]Exception'],
      // Organisation and project ids are 24 characters (Moonshot copies the org- prefix with 32 hex digits).
      orgIdPattern: '\\b(?:org-|proj_)[A-Za-z0-9]{24}\\b',
      modelIdPattern: null,
    },
  },
  {
    id: 'openrouter',
    name: 'OpenRouter',
    role: 'tertiary',
    keyEnv: 'OPENROUTER_API_KEY',
    keyFormat: { prefix: 'sk-or-v1-', pattern: '^sk-or-v1-[a-f0-9]{64}$', example: 'sk-or-v1-…' },
    baseUrl: 'https://openrouter.ai/api/v1',
    health: { method: 'GET', path: '/key', auth: true, note: 'Works with a normal key; returns limit_remaining and free-model usage.' },
    docsUrl: 'https://openrouter.ai/docs/api/reference/errors-and-debugging',
    statusUrl: 'https://status.openrouter.ai',
    litellmPrefix: 'openrouter/',
    rateLimitHeaders: null,
    // Case-sensitive wrappers: the model group `openrouter-tertiary` in a LiteLLM message is not OpenRouter speaking.
    // Its 402 sentence is read by either half ("or fewer max_tokens", "can only afford"): apps print one or the
    // other, and with the provider known openrouter-credits-exhausted's own rule reads either.
    // The route prefix `openrouter/` is not a marker: apps and LiteLLM name the route they meant to take in
    // their own errors ("Unknown model: openrouter/...", "Unmapped LLM provider ... model=openrouter/...",
    // "All credentials for model openrouter/x are cooling down"); reading it as OpenRouter answering cost
    // 12 corpus rows and won 1 (sixth session of 2026-12-07).
    // claude-code-router names the provider it called in lower case: "Error from provider(openrouter,
    // <model>: 400)" (OpenRouter in 5 of 5 corpus rows, however the model is named).
    recognition: {
      precedence: 1,
      headers: [],
      hosts: ['openrouter.ai'],
      wrappers: ['OpenrouterException', 'OpenRouter', 'OPENROUTER'],
      phrases: ['provider returned error', 'no endpoints found', 'is not a valid model id', 'user not found.', 'free-models-per-', "endpoint's maximum", 'auth credentials found', 'no allowed providers are available', 'credits to unlock', 'middle-out', 'provider: openrouter', 'provider(openrouter', 'rate-limited upstream', 'or fewer max_tokens', 'only afford', 'credits. add more using', 'requires moderation on', 'credits were charged', 'key limit exceeded ('],
      // OpenRouter's generation ids (`gen-<unix seconds>-<20 characters>`), which clients print as the request id,
      // its error metadata's `provider_name` field quoted in a pasted body, and the account's `user_id`
      // (`"user_id": "user_2eg..."`) that its error bodies carry beside `error` (the object walk reads it as a field).
      weakPatterns: ['\\bgen-\\d{10}-[A-Za-z0-9]{20}\\b', '[\'"]provider_name[\'"]', '[\'"]user_id[\'"]: ?[\'"]user_[A-Za-z0-9]{20,}'],
      orgIdPattern: null,
      modelIdPattern: '[A-Za-z0-9._-]:free\\b',
    },
  },
  {
    id: 'litellm',
    name: 'LiteLLM proxy',
    role: 'proxy',
    keyEnv: 'LITELLM_MASTER_KEY',
    keyFormat: { prefix: 'sk-', pattern: '^sk-[A-Za-z0-9_-]{32,}$', example: 'sk-…' },
    baseUrl: `${PROXY_URL}`,
    health: { method: 'GET', path: '/health/liveliness', auth: false, note: 'Liveness without a key; `/health/readiness` adds DB and cache; `/health` (needs the key) calls every deployment.' },
    docsUrl: 'https://docs.litellm.ai/docs/proxy/error_diagnosis',
    statusUrl: null,
    litellmPrefix: null,
    rateLimitHeaders: null,
    recognition: {
      precedence: 3,
      headers: ['x-litellm-call-id', 'x-litellm-model-group', 'x-litellm-version'],
      hosts: [],
      // Markers that LiteLLM relayed or raised the error: its prefixes, config names and router notes, and its
      // "Authentication Error, " prefix, which only its capitalisation tells apart from other servers' words.
      wrappers: ['litellm.', 'LiteLLM', 'cooldown_list', 'proxy_config.yaml', 'litellm --config', 'Received Model Group=', 'PrismaClient', 'Spend tracking - ', 'ProxyException', 'Authentication Error, ', 'Authentication Error - Expired Key'],
      // LiteLLM's own error wordings (budgets, keys, routes, model names, config, and its Enterprise-only
      // features: CommonProxyErrors.not_premium_user in litellm/proxy/_types.py): the proxy produced the
      // error, so `provider` names LiteLLM whatever code the error gets. So does a traceback through the
      // proxy's own code (`site-packages/litellm/proxy/proxy_server.py`, its auth and DB modules): the
      // corpus's rows carrying that path name LiteLLM in 21 of 24.
      // LiteLLM's own missing-key sentence, "Missing X API Key - A call is being made to x but no key is set"
      // (AnthropicModelInfo.validate_environment, litellm/llms/anthropic/common_utils.py; 6 of 6 rows LiteLLM's).
      // Its model lookup's "Model id = <id> not found on litellm proxy" (model_info_v1,
      // litellm/proxy/proxy_server.py), as the Terraform provider for LiteLLM prints it. Its key check's
      // "Malformed API Key passed in. Ensure Key has `Bearer ` prefix." (BerriAI/litellm#5146 shows it
      // after LiteLLM's "Authentication Error, "; 4 of 4 corpus rows LiteLLM's). The marker is its second
      // sentence: LocalAI answers "missing or malformed API Key" too.
      phrases: ['litellm/proxy/', 'on litellm proxy', 'model group found', 'no deployments available', 'no healthy deployment', 'proxy server token', 'budget has been exceeded', 'exceededbudget', 'parallel request limit', 'not allowed to access model', 'key, or the model', 'model name passed in', 'llm provider not provided', 'max_parallel_requests', 'llm model list not loaded in', 'to call this route', 'invalid llm model list', 'only proxy admin', 'unable to find token in cache', 'no team has access to the requested model', 'master_key/salt key', 'litellm enterprise user', "'model_name' with this string", "isn't mapped yet", 'unmapped llm', 'master key is not initialized', 'model_prices_and_context', 'litellm.drop_params', 'your role=', 'call is being made', 'ensure key'],
      weakPatterns: [],
      orgIdPattern: null,
      modelIdPattern: null,
    },
  },
  {
    id: 'kilo',
    name: 'Kilo Code',
    role: 'client',
    keyEnv: null,
    keyFormat: null,
    baseUrl: `${PROXY_URL}`,
    health: { method: 'GET', path: '/v1/models', auth: true, note: 'Kilo lists models from the proxy’s /v1/models; an empty list means Kilo cannot see any model.' },
    docsUrl: 'https://kilo.ai/docs',
    statusUrl: null,
    litellmPrefix: null,
    rateLimitHeaders: null,
    recognition: {
      precedence: 4,
      headers: [],
      hosts: [],
      // Its name, as it writes it in messages, paths and ids: Kilo relayed or reported the error.
      wrappers: ['Kilo Code', 'KiloCode', 'kilocode', 'Kilocode', 'kilo code'],
      // Its own wordings (they name Kilo as the provider whatever code the error gets): its gateway's and
      // CLI's messages, the balance and sign-in notices, the extension starting its CLI server. Not Kilo's
      // "Unexpected API Response: ... did not provide any assistant messages": Roo Code, which Kilo forked,
      // prints it too. Nor "FreeUsageLimitError": OpenCode Zen's gateway answers it as well (anomalyco/opencode
      // #42029). `kilo/` is the provider id of Kilo's own gateway in the CLI's "Model not found: <provider>/<model>".
      phrases: ['model not found: kilo/', 'provider rate limit exceeded. please try again shortly', 'repeatedly ended the', 'kilo code balance', 'kilo code is not connected', 'cli process exited with code', 'before server started', 'server startup timeout', 'autocomplete has been paused', 'or switch to a free model', 'or newer, please update', 'requires kilo v', 'produced no actionable output'],
      weakPatterns: [],
      orgIdPattern: null,
      modelIdPattern: null,
    },
  },
]);

export const models = defineModels([
  {
    id: 'openai/gpt-oss-120b', provider: 'groq', contextWindow: 131_072, maxOutputTokens: 65_536,
    limits: { rpm: 30, rpd: 1000, tpm: 8000, tpd: 200_000 }, limitsPlan: 'Groq free plan (console.groq.com/docs/rate-limits, 2026)',
    lifecycle: { stage: 'current', note: 'Groq’s named replacement for llama-3.3-70b-versatile.' },
  },
  {
    id: 'openai/gpt-oss-20b', provider: 'groq', contextWindow: 131_072, maxOutputTokens: 65_536,
    limits: { rpm: 30, rpd: 1000, tpm: 8000, tpd: 200_000 }, limitsPlan: 'Groq free plan (console.groq.com/docs/rate-limits, 2026)',
    lifecycle: { stage: 'current', note: 'Groq’s named replacement for llama-3.1-8b-instant.' },
  },
  {
    id: 'qwen/qwen3.6-27b', provider: 'groq', contextWindow: 131_072, maxOutputTokens: null,
    limits: { rpm: null, rpd: null, tpm: null, tpd: null }, limitsPlan: 'preview model; Groq publishes no stable limits',
    lifecycle: { stage: 'preview', note: 'Second replacement Groq names for llama-3.3-70b-versatile; preview models can be removed at short notice.' },
  },
  {
    id: 'llama-3.3-70b-versatile', provider: 'groq', contextWindow: 131_072, maxOutputTokens: 32_768,
    limits: { rpm: 30, rpd: 1000, tpm: 12_000, tpd: 100_000 }, limitsPlan: 'Groq free plan before retirement',
    lifecycle: { stage: 'retired', retiredOn: '2026-08-16', replacement: 'openai/gpt-oss-120b', source: 'https://console.groq.com/docs/deprecations', note: 'Calls now answer 404 model_not_found (enterprise contracts excepted).' },
  },
  {
    id: 'llama-3.1-8b-instant', provider: 'groq', contextWindow: 131_072, maxOutputTokens: 131_072,
    limits: { rpm: 30, rpd: 14_400, tpm: 6000, tpd: 500_000 }, limitsPlan: 'Groq free plan before retirement',
    lifecycle: { stage: 'retired', retiredOn: '2026-08-16', replacement: 'openai/gpt-oss-20b', source: 'https://console.groq.com/docs/deprecations', note: 'Calls now answer 404 model_not_found (enterprise contracts excepted).' },
  },
  {
    id: 'gpt-4o-mini', provider: 'openai', contextWindow: 128_000, maxOutputTokens: 16_384,
    limits: { rpm: 500, rpd: 10_000, tpm: 200_000, tpd: null }, limitsPlan: 'OpenAI usage tier 1; higher tiers raise these',
    lifecycle: {
      stage: 'deprecated', announcedOn: '2026-10-14', shutdownOn: '2027-01-14', replacement: 'gpt-6-luna',
      source: 'https://developers.openai.com/api/docs/deprecations', checkedOn: '2026-11-30',
      note: 'The dated snapshot gpt-4o-mini-2024-07-18 shuts down the same day; GET /v1/models reports the date in each model’s shutdown_date.',
    },
  },
  {
    // contextWindow is the input limit (LiteLLM's max_input_tokens): 1,050,000 in total, of which up to 128,000 are output.
    id: 'gpt-6-luna', provider: 'openai', contextWindow: 922_000, maxOutputTokens: 128_000,
    limits: { rpm: null, rpd: null, tpm: null, tpd: null }, limitsPlan: 'OpenAI sets limits per usage tier; read yours at platform.openai.com/settings/organization/limits',
    lifecycle: {
      stage: 'current', source: 'https://developers.openai.com/api/docs/models/gpt-6-luna', checkedOn: '2026-11-30',
      note: 'OpenAI’s named replacement for gpt-4o-mini, released 2026-09-22; no shutdown announced. A reasoning model: on Chat Completions it takes tools only with reasoning effort none.',
    },
  },
  {
    id: 'google/gemini-2.5-flash', provider: 'openrouter', contextWindow: 1_048_576, maxOutputTokens: 65_535,
    limits: { rpm: null, rpd: null, tpm: null, tpd: null }, limitsPlan: 'paid OpenRouter model: no published per-model limit (credits are the limit)',
    lifecycle: {
      stage: 'deprecated', announcedOn: '2026-08-02', shutdownOn: '2026-12-01', replacement: 'google/gemini-3.5-flash-lite',
      source: 'https://ai.google.dev/gemini-api/docs/deprecations', checkedOn: '2026-11-30',
      note: 'Google’s own pages disagree on the day: its Firebase AI Logic notice (2026-08-02) said October 2026, its Gemini API deprecations page gives 2026-12-01. OpenRouter can also serve it from Vertex AI, whose schedule differs; treat it as gone.',
    },
  },
  {
    id: 'google/gemini-3.5-flash-lite', provider: 'openrouter', contextWindow: 1_048_576, maxOutputTokens: 65_536,
    limits: { rpm: null, rpd: null, tpm: null, tpd: null }, limitsPlan: 'paid OpenRouter model: no published per-model limit (credits are the limit)',
    lifecycle: {
      stage: 'current', source: 'https://ai.google.dev/gemini-api/docs/models/gemini-3.5-flash-lite', checkedOn: '2026-11-30',
      note: 'Google’s named replacement for gemini-2.5-flash, stable since 2026-07-21; no shutdown announced. Largest window in the chain, so it is the context-window fallback.',
    },
  },
]);
