// Scenarios: the seed's three simulations (its section 3) and five more, as specs the scenario
// harness (scenarios/run.ts) runs through the executor on fake time. Each page under /scenarios/
// is generated from the run, so it can only claim what the executor did. Chain: groq-primary,
// then openai-secondary, then openrouter-tertiary. Edit here, then `npm run generate`.
import type { RegistryInput } from './schema.js';
import { LITELLM_EXCEPTIONS_TIMEOUT, LITELLM_MIDSTREAM_FALLBACK_ERROR } from './sources.js';

type ScenarioInput = RegistryInput['scenarios'][number];

const every = (fromMs: number, toMs: number, stepMs: number, stream = false): ScenarioInput['requests'] =>
  Array.from({ length: Math.floor((toMs - fromMs) / stepMs) + 1 }, (_, i) => ({ atMs: fromMs + i * stepMs, stream }));

/** The config settings that decide where the proxy sends a failed request: retries, cooldowns, fallbacks. */
const ROUTER_NOTES: ScenarioInput['litellm']['notes'] = ['retry_policy', 'allowed_fails_policy', 'cooldown_time', 'fallbackChains'];

export const scenarios: ScenarioInput[] = [
  {
    id: 'rate-limit-exceeded',
    title: 'Rate limit exceeded',
    summary: 'Groq answers 429 on tokens per minute for 20 s; later every target is rate-limited for a moment.',
    seedSection: '3.1',
    chain: 'groq-primary',
    faults: [
      { target: 'groq-primary', fromMs: 0, untilMs: 20_000, fault: { kind: 'sample', code: 'groq-rate-limit' } },
      { target: 'groq-primary', fromMs: 30_000, untilMs: 31_000, fault: { kind: 'sample', code: 'groq-rate-limit' } },
      { target: 'openai-secondary', fromMs: 30_000, untilMs: 31_000, fault: { kind: 'sample', code: 'openai-rate-limit' } },
      { target: 'openrouter-tertiary', fromMs: 30_000, untilMs: 34_000, fault: { kind: 'sample', code: 'openrouter-rate-limit' } },
    ],
    // Then a burst of 35 requests in under two seconds, more than Groq's 30 requests per minute.
    requests: [{ atMs: 0 }, { atMs: 2_000 }, { atMs: 10_000 }, { atMs: 25_000 }, { atMs: 30_000 }, { atMs: 31_000 }, ...every(45_000, 46_700, 50)],
    steps: [
      { step: 'Detect 429', seed: { documented: 'yes', gap: 'None' }, check: { kind: 'code', codes: ['groq-rate-limit', 'openai-rate-limit', 'openrouter-rate-limit'] } },
      { step: 'Parse retry-after', seed: { documented: 'partial', gap: 'No code example for header parsing' }, check: { kind: 'retry-after' } },
      { step: 'Switch fallback', seed: { documented: 'yes', gap: 'None' }, check: { kind: 'switch' } },
      { step: 'Queue retry', seed: { documented: 'no', gap: 'No retry queue implementation' }, check: { kind: 'backoff' } },
      { step: 'Log metrics', seed: { documented: 'partial', gap: 'No specific rate limit metrics' }, check: { kind: 'metric', metric: 'llm_attempts_total', labels: { category: 'RATE_LIMIT' } } },
      { step: 'Pre-emptive rate limiting (the seed\'s "Missing")', check: { kind: 'preempted' } },
    ],
    litellm: {
      text: 'The proxy maps the 429 to RateLimitError. The generated retry_policy gives it no retry (RateLimitErrorRetries: 0), so the router moves to the next group of the fallbacks list at once, and with RateLimitErrorAllowedFails: 1 a second 429 within cooldown_time puts the deployment in cooldown.',
      notes: ROUTER_NOTES,
    },
  },
  {
    id: 'network-timeout',
    title: 'Network timeout',
    summary: 'Connections to Groq time out (ETIMEDOUT) for a minute, then work again.',
    seedSection: '3.2',
    chain: 'groq-primary',
    faults: [{ target: 'groq-primary', fromMs: 0, untilMs: 60_000, fault: { kind: 'network', errno: 'ETIMEDOUT' } }],
    requests: every(0, 90_000, 5_000),
    steps: [
      { step: 'Detect timeout', seed: { documented: 'yes', gap: 'None' }, check: { kind: 'code', codes: ['ETIMEDOUT', 'timeout-error'] } },
      { step: 'Classify error', seed: { documented: 'yes', gap: 'None' }, check: { kind: 'metric', metric: 'llm_attempts_total', labels: { target: 'groq-primary', category: 'TIMEOUT' } } },
      { step: 'Increase timeout', seed: { documented: 'no', gap: 'No adaptive timeout logic' }, check: { kind: 'adaptive-timeout' } },
      { step: 'Fallback', seed: { documented: 'yes', gap: 'None' }, check: { kind: 'switch' } },
      { step: 'Alert if persistent', seed: { documented: 'no', gap: 'No alerting integration' }, check: { kind: 'breaker', state: 'open' } },
    ],
    litellm: {
      text: 'The proxy raises a connection error for the deployment. The generated config allows num_retries: 1 on the same group before the fallbacks list moves the request to the next group, and allowed_fails: 2 cools the deployment down after more than two failures within cooldown_time.',
      notes: ROUTER_NOTES,
    },
  },
  {
    id: 'invalid-api-key',
    title: 'Invalid API key',
    summary: 'Groq rejects the key (401) from the start; after 30 minutes someone puts a valid key in place.',
    seedSection: '3.3',
    chain: 'groq-primary',
    faults: [{ target: 'groq-primary', fromMs: 0, untilMs: 1_800_000, fault: { kind: 'sample', code: 'groq-invalid-api-key' } }],
    requests: [{ atMs: 0 }, { atMs: 1_000 }, { atMs: 5_000 }, { atMs: 660_000 }, { atMs: 1_900_000 }],
    steps: [
      { step: 'Detect 401', seed: { documented: 'yes', gap: 'None' }, check: { kind: 'code', codes: ['groq-invalid-api-key'] } },
      { step: 'Verify key', seed: { documented: 'partial', gap: 'No startup validation' }, check: { kind: 'elsewhere', text: 'Before the proxy starts, `provider-fallback doctor` checks that every key is present and has its provider\'s format, and with --live that the provider accepts it.', link: '/guides/doctor/' } },
      { step: 'Key regeneration', seed: { documented: 'no', gap: 'No automated key rotation' }, check: { kind: 'elsewhere', text: 'Keys are not regenerated automatically (no provider offers an API for it); the key rotation guide gives the steps.', link: '/guides/key-rotation/' } },
      { step: 'Fallback', seed: { documented: 'yes', gap: 'None' }, check: { kind: 'switch' } },
      { step: 'Alert', seed: { documented: 'no', gap: 'No alerting integration' }, check: { kind: 'alert', type: 'target.misconfigured' } },
      { step: 'The alert is closed when the key works again', check: { kind: 'alert', type: 'resolved' } },
    ],
    litellm: {
      text: 'The proxy raises AuthenticationError. The generated retry_policy gives it no retry (AuthenticationErrorRetries: 0) and AuthenticationErrorAllowedFails: 1 cools the deployment down on the second failure; the fallbacks list moves the request to openai-secondary.',
      notes: ROUTER_NOTES,
    },
  },
  {
    id: 'cascade-failure',
    title: 'Cascade failure: every target down',
    summary: 'All three targets answer 5xx for two minutes.',
    chain: 'groq-primary',
    faults: [
      { target: 'groq-primary', fromMs: 0, untilMs: 120_000, fault: { kind: 'sample', code: 'groq-server-overload' } },
      { target: 'openai-secondary', fromMs: 0, untilMs: 120_000, fault: { kind: 'sample', code: 'openai-server-error' } },
      { target: 'openrouter-tertiary', fromMs: 0, untilMs: 120_000, fault: { kind: 'sample', code: 'openrouter-provider-error' } },
    ],
    requests: [{ atMs: 0 }, { atMs: 1_000 }, { atMs: 2_000 }, { atMs: 40_000 }, { atMs: 130_000 }],
    steps: [
      { step: 'Each target\'s failure is classified', check: { kind: 'code', codes: ['groq-server-overload', 'openai-server-error', 'openrouter-provider-error'] } },
      { step: 'The request fails with every attempt attached', check: { kind: 'exhausted' } },
      { step: 'The operator is told the chain is exhausted', check: { kind: 'alert', type: 'chain.exhausted' } },
      { step: 'Failing targets are skipped, not hammered', check: { kind: 'breaker', state: 'open' } },
    ],
    litellm: {
      text: 'The proxy walks the fallbacks list to its end; when every group has failed it returns the last error, which is litellm-fallback-exhausted on the code pages. Deployments that failed more than allowed_fails times within cooldown_time stay in cooldown.',
      notes: ['fallbackChains', 'allowed_fails_policy', 'cooldown_time'],
    },
  },
  {
    id: 'stream-interrupted',
    title: 'Stream interrupted mid-way',
    summary: 'A stream fails before its first chunk on Groq, and another is cut after two chunks on OpenAI.',
    chain: 'groq-primary',
    faults: [
      { target: 'groq-primary', fromMs: 0, untilMs: 120_000, fault: { kind: 'sample', code: 'groq-server-overload' } },
      { target: 'openai-secondary', fromMs: 5_000, untilMs: 10_000, fault: { kind: 'stream-cut', afterChunks: 2 } },
    ],
    requests: [{ atMs: 0, stream: true }, { atMs: 5_000, stream: true }],
    steps: [
      { step: 'A failure before the first chunk switches target unseen', check: { kind: 'switch' } },
      { step: 'A cut after the first chunk gives the caller the partial text, nothing appended', check: { kind: 'stream-partial' } },
    ],
    litellm: {
      text: 'Through the proxy, a failure before the stream starts goes down the fallbacks list like any other. Once chunks have been sent, LiteLLM raises MidStreamFallbackError (a 503 ServiceUnavailableError), and users report fallbacks not firing for streaming requests; the executor instead gives the caller the partial text and never appends another target\'s output.',
      notes: ['fallbackChains'],
      evidence: [LITELLM_MIDSTREAM_FALLBACK_ERROR, { kind: 'web', title: 'BerriAI/litellm #20870: fallbacks do not fire for streaming requests', url: 'https://github.com/BerriAI/litellm/issues/20870' }],
    },
  },
  {
    id: 'quota-exhausted',
    title: 'Quota exhausted',
    summary: 'Groq is overloaded and the OpenAI account is out of credit, so OpenRouter serves.',
    chain: 'groq-primary',
    faults: [
      { target: 'groq-primary', fromMs: 0, untilMs: 120_000, fault: { kind: 'sample', code: 'groq-server-overload' } },
      { target: 'openai-secondary', fromMs: 0, untilMs: 7_200_000, fault: { kind: 'sample', code: 'openai-insufficient-quota' } },
    ],
    requests: [{ atMs: 0 }, { atMs: 2_000 }, { atMs: 45_000 }],
    steps: [
      { step: 'The quota error is told apart from a rate limit', check: { kind: 'code', codes: ['openai-insufficient-quota'] } },
      { step: 'The request moves to another provider', check: { kind: 'switch' } },
      { step: 'The operator is told to add credit', check: { kind: 'alert', type: 'quota.exhausted' } },
    ],
    litellm: {
      text: 'The proxy raises a RateLimitError for insufficient_quota too, so the generated retry_policy gives it no retry and the fallbacks list moves the request on; the deployment is cooled down like a rate limit, for cooldown_time rather than until credit is added.',
      notes: ROUTER_NOTES,
    },
  },
  {
    id: 'retired-model',
    title: 'Retired model',
    summary: 'Groq answers that the configured model has been decommissioned.',
    chain: 'groq-primary',
    faults: [{ target: 'groq-primary', fromMs: 0, untilMs: 3_600_000, fault: { kind: 'sample', code: 'groq-model-decommissioned' } }],
    requests: [{ atMs: 0 }, { atMs: 1_000 }, { atMs: 30_000 }],
    steps: [
      { step: 'The decommissioned model is recognised', check: { kind: 'code', codes: ['groq-model-decommissioned'] } },
      { step: 'The request falls back', check: { kind: 'switch' } },
      { step: 'The operator is told the target is misconfigured', check: { kind: 'alert', type: 'target.misconfigured' } },
      { step: 'Shutdowns are seen coming', check: { kind: 'elsewhere', text: 'The model lifecycle calendar lists every shutdown date of the chain\'s models, and doctor warns within 90 days of one.', link: '/reference/model-lifecycle/' } },
    ],
    litellm: {
      text: 'The proxy raises a BadRequestError (400) for a decommissioned model. The generated retry_policy gives it no retry and the fallbacks list moves the request to the next group.',
      notes: ['retry_policy', 'fallbackChains'],
    },
  },
  {
    id: 'hung-provider',
    title: 'Hung provider',
    summary: 'Groq answers in 400 ms for a minute, then stops answering at all.',
    chain: 'groq-primary',
    attemptTimeoutMs: 120_000,
    faults: [{ target: 'groq-primary', fromMs: 60_000, untilMs: 3_600_000, fault: { kind: 'hang' } }],
    requests: every(0, 90_000, 2_500),
    steps: [
      { step: 'The time limit adapts to how fast the target usually answers', check: { kind: 'adaptive-timeout' } },
      { step: 'The hung attempt is given up and classified', check: { kind: 'code', codes: ['timeout-error'] } },
      { step: 'The request fails over', check: { kind: 'switch' } },
      { step: 'The hung target is skipped', check: { kind: 'breaker', state: 'open' } },
    ],
    litellm: {
      text: 'The generated config sets router_settings.timeout to 120 s, so the proxy holds a hung request that long before LiteLLM raises Timeout and the fallbacks list moves it on (without it, litellm_settings.request_timeout defaults to 6000 s); the executor gave up after 5 s here.',
      notes: ['fallbackChains', 'retry_policy'],
      evidence: [LITELLM_EXCEPTIONS_TIMEOUT, { kind: 'web', title: 'LiteLLM docs: Timeouts', url: 'https://docs.litellm.ai/docs/proxy/timeout' }, { kind: 'web', title: 'LiteLLM docs: config settings (request_timeout default)', url: 'https://docs.litellm.ai/docs/proxy/config_settings' }],
    },
  },
];
