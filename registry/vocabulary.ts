// The words the generated documents use for the registry's enums, written once and keyed by the
// enums, so a new category, action or fallback kind without its text fails the type check. Also
// the UNKNOWN result's facts and the playbook's opening, which are registry prose like any entry.
import { defineVocabulary } from './define.js';
import { PROXY_PORT, PROXY_URL } from './proxy-address.js';

export const vocabulary = defineVocabulary({
  categories: {
    RATE_LIMIT: 'A window that resets (requests or tokens per minute or day). Fail over now; the window reopens by itself.',
    QUOTA: 'Money or allowance gone (insufficient quota, credits, budget). Waiting does not help: fail over and alert the account owner.',
    AUTH: 'A key is missing, wrong, revoked or not allowed. Fail over to another provider and fix the key.',
    MODEL_UNAVAILABLE: 'The model does not exist, was retired, or has no endpoint. Fail over and update the config.',
    CONTEXT_LENGTH: 'The prompt does not fit the model. Only a larger context window helps.',
    CONTENT_POLICY: 'Moderation refused the content. Another provider may accept it; retrying the same one will not.',
    INVALID_REQUEST: 'The request itself is wrong. Fix the client; no fallback will succeed.',
    SERVER: 'The provider failed. Retry once, then fail over.',
    OVERLOADED: 'The provider is out of capacity. Back off or fail over.',
    TIMEOUT: 'No answer in time. The request may already be billed: fail over rather than resend to the same target.',
    NETWORK: 'The connection itself failed. Check the address, DNS, proxy and firewall.',
    STREAMING: 'A stream broke after it started. Do not silently re-run it if text already reached the user.',
    CONFIG: 'The setup is wrong (config, port, database). Fix it; nothing succeeds until then.',
    CACHE: 'Redis or the cache failed. LiteLLM keeps serving without it; fix it before cooldowns and limits drift between instances.',
    UNKNOWN: 'Nothing in the registry matched.',
  },
  actions: {
    retry: 'retry the same target after the delay',
    fallback: 'fall back to the next model group',
    'fallback-larger-context': 'fall back only to a model with a larger context window',
    'fallback-other-provider': 'fall back only to a different provider',
    fail: 'fail without retrying or falling back',
  },
  fallbackKinds: {
    general: { label: 'any failure', litellmKey: 'fallbacks', takes: 'any failure after retries' },
    context_window: { label: 'context too long', litellmKey: 'context_window_fallbacks', takes: 'ContextWindowExceededError only' },
    content_policy: { label: 'content policy', litellmKey: 'content_policy_fallbacks', takes: 'ContentPolicyViolationError only' },
  },
  unknown: {
    summary: 'classify() found no registry entry for this error.',
    behaviour: '`classify()` returns `UNKNOWN` (category `UNKNOWN`, action `fail`, not retryable) when no registry entry matches, and keeps the original message in `message`.',
    steps: [
      'Run `npx provider-fallback explain "<the message>"` to see how it was read.',
      'Look at the provider named in the message (`GroqException`, `OpenrouterException`) and open its provider page.',
      'If the error really comes from Groq, OpenAI, OpenRouter, LiteLLM or Kilo Code, add it to the registry with a real sample: the registry grows from exactly these cases.',
    ],
  },
  playbook: {
    intro: 'For the on-call person when Kilo Code users report failures. Work top-down: CRITICAL first.',
    firstFiveMinutes: [
      { text: 'Is the proxy up?', command: { bash: `curl -s ${PROXY_URL}/health/liveliness`, powershell: `Invoke-RestMethod ${PROXY_URL}/health/liveliness` } },
      { text: 'Which deployments fail? Read `unhealthy_endpoints[].error`.', command: { bash: `curl -s ${PROXY_URL}/health -H "Authorization: Bearer $LITELLM_MASTER_KEY"`, powershell: `Invoke-RestMethod ${PROXY_URL}/health -Headers @{ Authorization = "Bearer $env:LITELLM_MASTER_KEY" }` } },
      { text: 'Classify the error text: it gives the code; jump to its section below.', command: { bash: 'npx provider-fallback explain "<message>"', powershell: 'npx provider-fallback explain "<message>"' } },
      { text: 'Check the setup did not drift.', command: { bash: 'npx provider-fallback doctor', powershell: 'npx provider-fallback doctor' } },
    ],
  },
  /** Lead sentences of generated pages. */
  pages: {
    referenceIntro: 'Every error between Kilo Code, the LiteLLM proxy and Groq, OpenAI and OpenRouter:',
    referenceHowToRead: 'Each entry says what happened, why, what the fallback chain does (**Action**), and how to fix it in bash and PowerShell 7.',
    samplesIntro: 'Real payload shapes; each one is replayed through the real SDK clients in the tests and classifies to this code.',
    sourcesIntro: 'Where the facts on this page come from; recheck the upstream code at its commit after an upgrade.',
    providerLimits: 'Limits change; read the live values in the provider console. Retired models answer errors and are never generated into the config.',
    chainTriggers: [
      '## Which errors take which chain',
      '',
      'LiteLLM picks the chain by exception class (`async_function_with_fallbacks_common_utils` in `litellm/router.py`, BerriAI/litellm @ f292d1ae):',
      '',
      '| Error | Raised when | Chain |',
      '| --- | --- | --- |',
      '| `ContextWindowExceededError` | the pre-call check finds the prompt larger than every deployment\'s `max_input_tokens` (`enable_pre_call_checks`), or OpenAI answers `This model\'s maximum context length is ...` | `context_window_fallbacks` |',
      '| `BadRequestError` from Groq\'s own context error (`context_length_exceeded`, "Please reduce the length of the messages or completion.") | the pre-call estimate missed; LiteLLM\'s context-window wordings do not include Groq\'s (`exception_mapping_utils.py` @ 8ce54ac6) | `fallbacks`: `openai-secondary` (922K input tokens) takes it; a prompt larger still fails there with `ContextWindowExceededError`, and its `context_window_fallbacks` reach `openrouter-tertiary` (1,048,576) |',
      '| `ContentPolicyViolationError` | OpenAI answers `content_policy_violation`, or a response ends with `finish_reason: content_filter` | `content_policy_fallbacks` (Groq documents no moderation error, so Groq groups have no entry) |',
      '| anything else, after the group\'s retries | rate limits, key errors, timeouts, 5xx, retired models | `fallbacks` |',
      '',
      'A chain that is set but has no entry for the failing group raises the error instead of using `fallbacks`, so every group that can raise the error has an entry.',
    ].join('\n'),
    fallbackWalk: 'LiteLLM first retries inside the group (`num_retries`, or the `retry_policy` count for the exception class), then walks the list in order; each hop runs its own retries. See [the LiteLLM config](/reference/litellm-config/).',
    environmentIntro: 'Copy `litellm/.env.example` to `litellm/.env` (git-ignored) and fill it in. `provider-fallback doctor` checks every value.',
    litellmConfigIntro: `Generated from \`registry/litellm.ts\`, \`registry/providers.ts\` and the registry's actions (for \`retry_policy\`). Start the proxy with \`litellm --config litellm/proxy_config.yaml --port ${PROXY_PORT}\`; check it first with \`provider-fallback doctor\`.`,
  },
});
