// OpenAI (the secondary provider). Facts: each entry's `sources` (OpenAI's error codes,
// openai-node's classes and retries, and how LiteLLM's exception mapping treats them).
import { defineErrors } from '../define.js';
import { KILOCODE_ERROR_PARSESTREAMERROR, LITELLM_MIDSTREAM_FALLBACK_ERROR, LITELLM_IS_RATE_LIMIT_STR, LITELLM_IS_CONTEXT_WINDOW_EXCEEDED, LITELLM_OPENAI_MAPPING, LITELLM_SHOULD_RETRY_THIS_ERROR, LITELLM_ROUTER_RETRYPOLICY, OPENAI_ERRORS, OPENAI_NODE_RETRY_REQUEST } from '../sources.js';
import { PROXY_CONTAINER, PROXY_URL } from '../proxy-address.js';
import { deployedModel } from '../litellm.js';

/** The model the generated config serves from OpenAI. */
const MODEL = deployedModel('openai-secondary');

/** Headers OpenAI sends on every response; `openai-organization` names OpenAI (registry/providers.ts recognition.headers). */
const OPENAI_HEADERS = { 'content-type': 'application/json', 'openai-organization': 'user-abc123example', 'openai-processing-ms': '12', 'x-request-id': 'req_5f2c0example0000000000000000' };
/** What Kilo Code receives when the LiteLLM proxy relays an OpenAI error. */
const LITELLM_HEADERS = { 'content-type': 'application/json', 'x-litellm-model-group': 'openai-secondary', 'x-litellm-version': '1.80.0' };

const KEY_STATUS = {
  bash: 'curl -s -o /dev/null -w "%{http_code}\\n" https://api.openai.com/v1/models -H "Authorization: Bearer $OPENAI_API_KEY"',
  powershell: 'try { (Invoke-WebRequest -Uri https://api.openai.com/v1/models -Headers @{ Authorization = "Bearer $env:OPENAI_API_KEY" }).StatusCode } catch { $_.Exception.Response.StatusCode.value__; $_.ErrorDetails.Message }',
};
const ONE_TOKEN_CALL = {
  // max_completion_tokens: reasoning models refuse max_tokens.
  bash: `curl -s -D - https://api.openai.com/v1/chat/completions -H "Authorization: Bearer $OPENAI_API_KEY" -H "Content-Type: application/json" -d '{"model":"${MODEL}","messages":[{"role":"user","content":"ping"}],"max_completion_tokens":16}' | grep -i -E "^(HTTP|x-ratelimit|retry-after)|\\"(code|message)\\""`,
  powershell: `$body = @{ model = "${MODEL}"; messages = @(@{ role = "user"; content = "ping" }); max_completion_tokens = 16 } | ConvertTo-Json -Depth 5; try { $r = Invoke-WebRequest -Method Post -Uri https://api.openai.com/v1/chat/completions -Headers @{ Authorization = "Bearer $env:OPENAI_API_KEY" } -ContentType "application/json" -Body $body; $r.StatusCode; $r.Headers.GetEnumerator() | Where-Object Key -like "x-ratelimit*" } catch { $_.Exception.Response.StatusCode.value__; $_.ErrorDetails.Message }`,
};
const PROXY_HEALTH = {
  bash: `curl -s ${PROXY_URL}/health -H "Authorization: Bearer $LITELLM_MASTER_KEY" | jq '.unhealthy_endpoints[] | {model, error}'`,
  powershell: `(Invoke-RestMethod -Uri ${PROXY_URL}/health -Headers @{ Authorization = "Bearer $env:LITELLM_MASTER_KEY" }).unhealthy_endpoints | Select-Object model, error`,
};

/** For refusals that only the OpenAI account's owner can lift (billing, a terminated account). */
const ACCOUNT_SIDE_WINDOWS = 'Nothing Windows-specific: the problem is on the OpenAI account. Use PowerShell 7 for the check above; `$_.ErrorDetails.Message` holds the JSON body of the failed call.';

export const openaiErrors = defineErrors([
  {
    code: 'openai-invalid-api-key',
    title: 'OpenAI rejected the API key (401 invalid_api_key)',
    source: 'openai',
    category: 'AUTH',
    severity: 'HIGH',
    httpStatus: 401,
    retryable: false,
    action: 'fallback-other-provider',
    match: [
      { provider: ['openai'], status: [401] },
      { provider: ['openai'], code: ['invalid_api_key'] },
      { provider: ['openai'], status: [401], code: ['invalid_api_key'] },
      { provider: ['openai'], status: [401], message: ['Incorrect API key provided', "didn't provide an API key"] },
    ],
    samples: [
      {
        source: 'OpenAI error-codes guide (401 Incorrect API key); body shape from LiteLLM docs proxy/error_diagnosis',
        kind: 'http',
        status: 401,
        headers: OPENAI_HEADERS,
        body: {
          error: {
            message: 'Incorrect API key provided: sk-proj-****************************************abcd. You can find your API key at https://platform.openai.com/account/api-keys.',
            type: 'invalid_request_error',
            param: null,
            code: 'invalid_api_key',
          },
        },
      },
      {
        source: 'LiteLLM proxy relaying the OpenAI 401 (docs proxy/error_diagnosis: `<Provider>Exception` marks a provider error)',
        kind: 'http',
        status: 401,
        headers: LITELLM_HEADERS,
        body: {
          error: {
            message: 'litellm.AuthenticationError: AuthenticationError: OpenAIException - Incorrect API key provided: sk-proj-****************************************abcd. You can find your API key at https://platform.openai.com/account/api-keys.',
            type: null,
            param: null,
            code: '401',
          },
        },
      },
    ],
    summary: 'OpenAI refused the request because the API key is wrong, revoked, or not allowed for this organization or IP address.',
    cause: 'OpenAI answers 401 for invalid authentication, an incorrect API key (`code: invalid_api_key`, message "Incorrect API key provided: sk-proj-****…"), an account that is not a member of an organization, and a caller IP that is not on the project\'s allow-list. openai-node throws it as `AuthenticationError`; LiteLLM maps it to `litellm.AuthenticationError` with `OpenAIException` in the message, which shows the provider (not the proxy) refused it. Retrying never helps. A common local cause is a key copied with a trailing space or a CRLF `.env` file, which sends `sk-proj-…\\r` to OpenAI. If `OPENAI_API_KEY` is missing altogether on the LiteLLM host, LiteLLM raises `AuthenticationError` itself with a message about setting the `OPENAI_API_KEY` environment variable.',
    resolution: [
      {
        text: 'Check that the proxy host has the key and that it looks like an OpenAI key (`sk-proj-…` or `sk-…`), without printing it.',
        command: {
          bash: 'echo "OPENAI_API_KEY=${OPENAI_API_KEY:0:8}… (${#OPENAI_API_KEY} chars)"; case "$OPENAI_API_KEY" in *$\'\\r\'*) echo "WARNING: key contains a carriage return (CRLF .env)";; esac',
          powershell: 'if ($env:OPENAI_API_KEY) { "OPENAI_API_KEY=$($env:OPENAI_API_KEY.Substring(0,8))… ($($env:OPENAI_API_KEY.Length) chars)"; if ($env:OPENAI_API_KEY -match "\\s$") { "WARNING: key ends with whitespace" } } else { "OPENAI_API_KEY is not set" }',
        },
      },
      { text: 'Call OpenAI directly with the same key: 200 means the key works and the problem is in the proxy config; 401 means the key itself is bad.', command: KEY_STATUS },
      { text: 'Create a new key at https://platform.openai.com/account/api-keys (in the project that owns the ' + MODEL + ' budget), put it in the proxy\'s `.env`, and restart LiteLLM: it reads `os.environ/OPENAI_API_KEY` only at start.' },
      { text: 'If the key is right but still refused, check in the OpenAI dashboard that the project has an IP allow-list that includes the proxy\'s egress address and that the key\'s user is still a member of the organization.' },
      { text: 'Confirm through the proxy that the `openai-secondary` deployment is healthy again.', command: PROXY_HEALTH },
    ],
    windows: 'A key set with `$env:OPENAI_API_KEY = …` in PowerShell is not visible to a LiteLLM process started inside WSL2 (and `setx` only affects new terminals): put it in the `.env` the proxy loads. A `.env` saved with CRLF line endings by a Windows editor adds `\\r` to the key; fix it with `sed -i "s/\\r$//" .env` in WSL2 or save the file as LF.',
    related: ['http-401', 'openai-insufficient-quota', 'groq-invalid-api-key', 'openrouter-invalid-key', 'litellm-auth-failed'],
    litellm: { exception: 'AuthenticationError', retryPolicyKey: 'AuthenticationErrorRetries' },
    playbook: {
      detect: 'HTTP 401 with `OpenAIException - Incorrect API key provided` in LiteLLM logs, or `code: invalid_api_key` from api.openai.com; `/health` lists the `openai-secondary` deployment as unhealthy.',
      triage: ['Call `GET https://api.openai.com/v1/models` with the same key: 401 confirms the key is bad.', 'Check whether the key was rotated or revoked recently, and whether the project has an IP allow-list.'],
      mitigate: ['Traffic for `openai-secondary` falls back to `openrouter-tertiary`; keep `AuthenticationErrorRetries: 0` so no time is wasted.', 'Install a new key and restart the proxy.'],
      escalate: 'If a freshly created key is also refused, ask the OpenAI organization owner to check the project membership and allow-list.',
    },
    alert: { fires: true, rule: 'ProviderKeyRejected' },
    seedGaps: ['P0-3', 'P3-1', 'P2-4'],
    sources: [
      OPENAI_ERRORS,
      { kind: 'web', title: 'LiteLLM: diagnosing errors, provider vs gateway', url: 'https://docs.litellm.ai/docs/proxy/error_diagnosis' },
      { kind: 'web', title: 'LiteLLM #39258: litellm.AuthenticationError OpenAIException Incorrect API key', url: 'https://github.com/BerriAI/litellm/issues/39258' },
      LITELLM_OPENAI_MAPPING,
      { kind: 'web', title: 'chiken #13: AuthenticationError when OPENAI_API_KEY is not set', url: 'https://github.com/yuanjua/chiken/issues/13' },
    ],
    lifecycle: 'active',
    since: '0.1.0',
  },
  {
    code: 'openai-rate-limit',
    title: 'OpenAI rate limit reached (RPM, TPM or RPD)',
    source: 'openai',
    category: 'RATE_LIMIT',
    severity: 'MEDIUM',
    httpStatus: 429,
    retryable: true,
    action: 'fallback',
    match: [
      { provider: ['openai'], status: [429] },
      { provider: ['openai'], code: ['rate_limit_exceeded'] },
      { provider: ['openai'], status: [429], code: ['rate_limit_exceeded'] },
      { provider: ['openai'], status: [429], message: ['Rate limit reached for', 'Request too large for'] },
    ],
    samples: [
      {
        source: 'OpenAI error-codes guide (429 rate_limit_exceeded); message format as logged by openai-node users',
        kind: 'http',
        status: 429,
        headers: { ...OPENAI_HEADERS, 'retry-after': '2', 'x-ratelimit-limit-tokens': '200000', 'x-ratelimit-remaining-tokens': '0', 'x-ratelimit-reset-tokens': '1.2s' },
        body: {
          error: {
            message: 'Rate limit reached for gpt-4o-mini in organization org-AbCdEf123456 on tokens per min (TPM): Limit 200000, Used 199500, Requested 1800. Please try again in 1.2s. Visit https://platform.openai.com/account/rate-limits to learn more.',
            type: 'tokens',
            param: null,
            code: 'rate_limit_exceeded',
          },
        },
      },
      {
        source: 'LiteLLM proxy relaying an OpenAI RPM 429 (docs proxy/error_reference body shape)',
        kind: 'http',
        status: 429,
        headers: LITELLM_HEADERS,
        body: {
          error: {
            message: 'litellm.RateLimitError: RateLimitError: OpenAIException - Rate limit reached for gpt-4o-mini in organization org-AbCdEf123456 on requests per min (RPM): Limit 500, Used 500, Requested 1. Please try again in 120ms. Visit https://platform.openai.com/account/rate-limits to learn more.',
            type: 'throttling_error',
            param: null,
            code: '429',
          },
        },
      },
    ],
    summary: 'OpenAI refused the request because the organization used up its requests-per-minute, tokens-per-minute or requests-per-day window for the model.',
    cause: 'OpenAI limits each organization and project per model (RPM, RPD, TPM, set by the organization\'s usage tier and shown at platform.openai.com/settings/organization/limits). The body has `code: rate_limit_exceeded` and `type: tokens` or `requests`, and the message names the organization (`org-…`), the window ("per min", where Groq writes "per minute") and the wait ("Please try again in 1.2s"). A single request bigger than the TPM limit also comes back as a 429 ("Request too large for gpt-4o-mini …"), not a 413. The `x-ratelimit-remaining-*` / `x-ratelimit-reset-*` headers (Go-style durations such as `1.2s` or `6m0s`) say which window is empty. This is different from `insufficient_quota`, which is also a 429 but never clears by waiting: see openai-insufficient-quota. openai-node retries every 429 twice by default and honours `retry-after` only up to 60 s; Kilo Code retries 429s up to 5 times.',
    resolution: [
      { text: 'Let LiteLLM fail over to the next group (`openrouter-tertiary`) instead of sleeping: keep `RateLimitErrorRetries: 0` in `router_settings.retry_policy` (the generated proxy_config.yaml does this).' },
      { text: 'Read which window is exhausted and when it resets (this call costs one output token).', command: ONE_TOKEN_CALL },
      { text: 'If the TPM window is the one that runs out, lower `max_tokens` in Kilo Code and reduce parallel requests; if a single request is "too large", shorten the context.' },
      { text: 'If the limit is hit every day, raise the usage tier (https://platform.openai.com/account/rate-limits) or send more traffic to the other providers.' },
    ],
    windows: 'PowerShell 7 `Invoke-WebRequest` throws on 429; the command above prints the status and body from `$_.ErrorDetails.Message`. On a corporate network a TLS-inspecting proxy can add its own 429 pages: if the body is HTML, it is the proxy, not OpenAI.',
    related: ['openai-insufficient-quota', 'http-429', 'groq-rate-limit', 'openrouter-rate-limit', 'litellm-no-deployments'],
    litellm: { exception: 'RateLimitError', retryPolicyKey: 'RateLimitErrorRetries' },
    playbook: {
      detect: 'HTTP 429 with `code: rate_limit_exceeded` and "Rate limit reached for <model> in organization org-…"; `x-litellm-attempted-fallbacks` > 0 on responses.',
      triage: ['Read the message: "per min (RPM)" / "per min (TPM)" clear within a minute; "per day (RPD)" lasts until the daily window resets.', 'Check that `openrouter-tertiary` answered the fallback (`x-litellm-model-group` header).'],
      mitigate: ['Nothing to do while fallbacks answer.', 'If every request is rate-limited, lower `max_tokens` and concurrency or move load to another group.'],
      escalate: 'If 429s continue for 30 minutes with fallbacks also failing, ask the OpenAI organization owner to raise the tier.',
    },
    alert: { fires: true, rule: 'OpenAIRateLimited' },
    seedGaps: ['P1-5', 'P2-6'],
    sources: [
      OPENAI_ERRORS,
      { kind: 'web', title: 'OpenAI rate limits guide', url: 'https://developers.openai.com/api/docs/guides/rate-limits/usage-tiers' },
      { kind: 'web', title: 'continue #10502: OpenAI 429 \'on tokens per min (TPM)\' message', url: 'https://github.com/continuedev/continue/issues/10502' },
      LITELLM_IS_RATE_LIMIT_STR,
      OPENAI_NODE_RETRY_REQUEST,
    ],
    lifecycle: 'active',
    since: '0.1.0',
  },
  {
    code: 'openai-insufficient-quota',
    title: 'OpenAI quota or credit exhausted (429 insufficient_quota): never retry',
    source: 'openai',
    category: 'QUOTA',
    severity: 'HIGH',
    httpStatus: 429,
    retryable: false,
    action: 'fallback-other-provider',
    match: [
      { provider: ['openai'], code: ['insufficient_quota', 'credit_balance_exhausted'] },
      { provider: ['openai'], status: [429], code: ['insufficient_quota', 'credit_balance_exhausted'] },
      { provider: ['openai'], status: [429], message: ['exceeded your current quota', 'have no credits remaining', 'account is not active'] },
    ],
    samples: [
      {
        source: 'OpenAI error-codes guide (429 insufficient_quota)',
        kind: 'http',
        status: 429,
        headers: OPENAI_HEADERS,
        body: {
          error: {
            message: 'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.',
            type: 'insufficient_quota',
            param: null,
            code: 'insufficient_quota',
          },
        },
      },
      {
        source: 'LiteLLM proxy relaying the quota 429 (RateLimitError, docs exception_mapping)',
        kind: 'http',
        status: 429,
        headers: LITELLM_HEADERS,
        body: {
          error: {
            message: 'litellm.RateLimitError: RateLimitError: OpenAIException - You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.',
            type: 'throttling_error',
            param: null,
            code: '429',
          },
        },
      },
      {
        // An account whose billing lapsed answers `billing_not_active` with the same 429 (threads since 2023).
        source: 'billing_not_active, as openai-python raised it (github.com/RamiAwar/dataline/issues/175)',
        kind: 'text',
        text: "openai.RateLimitError: Error code: 429 - {'error': {'message': 'Your account is not active, please check your billing details on our website.', 'type': 'billing_not_active', 'param': None, 'code': 'billing_not_active'}}",
      },
      {
        source: 'credit_balance_exhausted billing code (third-party error summary; body captured in a public client test)',
        kind: 'http',
        status: 429,
        headers: OPENAI_HEADERS,
        body: {
          error: {
            message: 'You have no credits remaining. Add credits to continue using the API at https://platform.openai.com/settings/organization/billing/.',
            type: 'insufficient_quota',
            param: null,
            code: 'credit_balance_exhausted',
          },
        },
      },
    ],
    summary: 'OpenAI refused the request because the organization has no prepaid credit or has hit its spend limit; waiting does not fix it.',
    cause: 'OpenAI returns HTTP 429 for two very different problems. `rate_limit_exceeded` is a short window (openai-rate-limit). `insufficient_quota` ("You exceeded your current quota, please check your plan and billing details") means billing: the prepaid balance is used up or a spend limit was reached, and every request fails until someone adds credit. A billing code `credit_balance_exhausted` (type `insufficient_quota`) is also reported. Because the status is 429, generic clients treat it as a rate limit: openai-node retries it twice, and LiteLLM raises `RateLimitError`, so `RateLimitErrorRetries` and cooldowns apply to it. A single-deployment group such as `openai-secondary` is never cooled down, so LiteLLM keeps sending every request to OpenAI first and only then falls back. Kilo Code recognises it and shows "Quota exceeded. Check your plan and billing details." without retrying.',
    resolution: [
      { text: 'Confirm it is billing, not a rate window: the body says `insufficient_quota` (or `credit_balance_exhausted`), and the same answer comes back minutes later.', command: ONE_TOKEN_CALL },
      { text: 'Add credit or raise the spend limit at https://platform.openai.com/settings/organization/billing (organization owner only); the API works again within minutes.' },
      { text: 'Until then, take OpenAI out of the path so requests stop paying the failed hop: remove `openai-secondary` from the `fallbacks` lists (or comment out its deployment) and restart LiteLLM; `openrouter-tertiary` keeps serving.' },
      { text: 'Keep `RateLimitErrorRetries: 0` so LiteLLM never retries this 429 on the same deployment.' },
    ],
    windows: ACCOUNT_SIDE_WINDOWS,
    related: ['openai-rate-limit', 'openai-invalid-api-key', 'openrouter-credits-exhausted', 'groq-insufficient-quota', 'http-429'],
    litellm: { exception: 'RateLimitError', retryPolicyKey: 'RateLimitErrorRetries' },
    playbook: {
      detect: 'HTTP 429 with `insufficient_quota` / "You exceeded your current quota" (or `credit_balance_exhausted`) from OpenAI; it does not clear after a minute.',
      triage: ['Tell it apart from openai-rate-limit by the code, not the status.', 'Check the OpenAI billing page for the balance and the monthly spend limit.'],
      mitigate: ['Remove `openai-secondary` from the fallback chains until credit is added.', 'Confirm `openrouter-tertiary` (and Groq) absorb the traffic.'],
      escalate: 'Page the owner of the OpenAI organization immediately: only a billing owner can add credit or raise the limit.',
    },
    alert: { fires: true, rule: 'OpenAIRateLimited' },
    seedGaps: ['P1-2', 'P2-7'],
    sources: [
      OPENAI_ERRORS,
      { kind: 'web', title: 'LiteLLM #13467: litellm.RateLimitError OpenAIException insufficient_quota', url: 'https://github.com/BerriAI/litellm/issues/13467' },
      { kind: 'web', title: 'OpenAI API errors index incl. credit_balance_exhausted (developersdigest)', url: 'https://www.developersdigest.tech/errors/api/openai-api' },
      LITELLM_IS_RATE_LIMIT_STR,
      KILOCODE_ERROR_PARSESTREAMERROR,
    ],
    lifecycle: 'active',
    since: '0.1.0',
  },
  {
    code: 'openai-access-terminated',
    title: 'OpenAI terminated the account\'s API access (429 access_terminated): never retry',
    source: 'openai',
    category: 'AUTH',
    severity: 'CRITICAL',
    httpStatus: 429,
    retryable: false,
    action: 'fallback-other-provider',
    match: [
      { provider: ['openai'], type: ['access_terminated'] },
      { provider: ['openai'], status: [429], type: ['access_terminated'] },
      { provider: ['openai'], status: [429], message: ['access was terminated'] },
      // The wording names OpenAI on its own: pasted without its status, or beside a client's "rate limit", it still decides.
      { provider: ['openai'], message: ['access was terminated'] },
    ],
    samples: [
      {
        source: 'the 429 body as an app printed it (github.com/AutumnWhj/ChatGPT-wechat-bot/issues/111)',
        kind: 'text',
        text: 'retry 1 times, error: Error: ChatGPT error 429: {\n    "error": {\n        "message": "Your access was terminated due to violation of our policies, please check your email for more information. If you believe this is in error and would like to appeal, please contact support@openai.com.",\n        "type": "access_terminated",\n        "param": null,\n        "code": null\n    }\n}',
      },
      {
        source: 'openai-python 0.x raising it as a rate limit (github.com/acheong08/ChatGPT/issues/533)',
        kind: 'text',
        text: 'openai.error.RateLimitError: Your access was terminated due to violation of our policies, please check your email for more information. If you believe this is in error and would like to appeal, please contact support@openai.com.',
      },
    ],
    summary: 'OpenAI closed the API access of the account behind the key for a policy violation; every request with its keys is refused until an appeal succeeds.',
    cause: 'OpenAI answers HTTP 429 with `type: access_terminated` and "Your access was terminated due to violation of our policies, please check your email for more information.", followed by the address to appeal to (`support@openai.com`). Because the status is 429, the SDKs raise it as a rate limit (openai-python\'s `RateLimitError`, openai-node\'s `RateLimitError`) and LiteLLM as `RateLimitError`, so clients retry and wait as if a window would reset; apps print their own "rate limited" beside it. Nothing resets: a new key of the same account is refused too.',
    resolution: [
      { text: 'Confirm it is the termination, not a rate window: the body says `access_terminated` and names the policy violation, and the same answer comes back an hour later.', command: ONE_TOKEN_CALL },
      { text: 'Read the email OpenAI sent to the account\'s owner, and appeal through `support@openai.com` as the message says if the termination is a mistake.' },
      { text: 'Until access is restored, take OpenAI out of the path: remove `openai-secondary` from the `fallbacks` lists (or comment out its deployment) and restart LiteLLM, so requests stop paying the failed hop and its retries.' },
    ],
    windows: ACCOUNT_SIDE_WINDOWS,
    related: ['openai-invalid-api-key', 'openai-insufficient-quota', 'openai-rate-limit', 'http-429'],
    litellm: { exception: 'RateLimitError', retryPolicyKey: 'RateLimitErrorRetries' },
    playbook: {
      detect: 'HTTP 429 with `access_terminated` / "Your access was terminated due to violation of our policies" from OpenAI, often logged as a rate limit.',
      triage: ['Tell it apart from openai-rate-limit by the type and message, not the status.', 'Ask the account owner whether OpenAI sent a termination email.'],
      mitigate: ['Remove `openai-secondary` from the fallback chains on every host that uses the account.', 'Confirm Groq and `openrouter-tertiary` absorb the traffic.'],
      escalate: 'Page the owner of the OpenAI account: only they can read the notice and appeal it.',
    },
    alert: { fires: true, rule: 'OpenAIRateLimited' },
    seedGaps: [],
    sources: [
      { kind: 'web', title: 'ChatGPT-wechat-bot #111: 429 body with type access_terminated', url: 'https://github.com/AutumnWhj/ChatGPT-wechat-bot/issues/111' },
      { kind: 'web', title: 'BetterChatGPT #105: "OpenAI API responded" with the access_terminated body', url: 'https://github.com/ztjhz/BetterChatGPT/issues/105' },
      { kind: 'web', title: 'acheong08/ChatGPT #533: openai.error.RateLimitError "Your access was terminated"', url: 'https://github.com/acheong08/ChatGPT/issues/533' },
      LITELLM_OPENAI_MAPPING,
    ],
    lifecycle: 'active',
    since: '0.1.0',
  },
  {
    code: 'openai-context-length',
    title: 'Prompt longer than the OpenAI model\'s context window (400 context_length_exceeded)',
    source: 'openai',
    category: 'CONTEXT_LENGTH',
    severity: 'MEDIUM',
    httpStatus: 400,
    retryable: false,
    action: 'fallback-larger-context',
    match: [
      { provider: ['openai'], code: ['context_length_exceeded'] },
      { provider: ['openai'], status: [400], code: ['context_length_exceeded'] },
      { provider: ['openai'], status: [400], message: ["model's maximum context length is"] },
      { provider: ['litellm', 'openai'], status: [400], message: ["OpenAIException - This model's maximum context length is"] },
      { provider: ['litellm', 'openai'], code: ['context_length_exceeded'], message: ['OpenAIException'] },
    ],
    samples: [
      {
        source: 'OpenAI chat completions 400 context_length_exceeded (OpenAI error-codes guide; body as returned to openai-node)',
        kind: 'http',
        hintProvider: 'openai',
        status: 400,
        headers: OPENAI_HEADERS,
        body: {
          error: {
            message: "This model's maximum context length is 128000 tokens. However, your messages resulted in 131204 tokens. Please reduce the length of the messages.",
            type: 'invalid_request_error',
            param: 'messages',
            code: 'context_length_exceeded',
          },
        },
      },
      {
        source: 'LiteLLM proxy: ContextWindowExceededError from the "this model\'s maximum context length is" substring rule (exception_mapping_utils.py)',
        kind: 'http',
        status: 400,
        headers: LITELLM_HEADERS,
        body: {
          error: {
            message: "litellm.ContextWindowExceededError: litellm.BadRequestError: ContextWindowExceededError: OpenAIException - This model's maximum context length is 128000 tokens. However, your messages resulted in 131204 tokens. Please reduce the length of the messages.",
            type: null,
            param: null,
            code: '400',
          },
        },
      },
    ],
    summary: 'OpenAI refused the request because the messages plus the requested output do not fit in the model\'s context window.',
    cause: 'Each OpenAI model has a fixed window (gpt-4o-mini 128,000 tokens; ' + MODEL + ', the model generated here, takes 922,000 input tokens). A long coding session (files, tool results, history) passes it, and OpenAI answers 400 with `code: context_length_exceeded` and "This model\'s maximum context length is … tokens". The direct body names no organization, so only the request target tells it is OpenAI. LiteLLM recognises the phrase and raises `ContextWindowExceededError`, which triggers `context_window_fallbacks` (here `openai-secondary` → `openrouter-tertiary`, 1,048,576 tokens). The router does not re-check the window before each hop (LiteLLM #31557), so a fallback to a smaller window fails the same way. Kilo Code treats context overflow as never retryable and offers to condense the conversation.',
    resolution: [
      { text: 'Make sure the proxy has a context-window chain for this group: `context_window_fallbacks: [{openai-secondary: [openrouter-tertiary]}]` (generated in proxy_config.yaml), and set `enable_pre_call_checks: true` so LiteLLM skips deployments whose window is too small.' },
      { text: 'In Kilo Code, condense or start a new task so the history shrinks; lower the model\'s output limit, since the requested `max_tokens` counts against the window too.' },
      { text: `Check what the proxy logged for the request size (the container of the Docker Compose setup, \`${PROXY_CONTAINER}\`; use your service's log otherwise).`, command: { bash: `docker logs ${PROXY_CONTAINER} --since 10m 2>&1 | grep -E "ContextWindowExceededError|maximum context length" | tail -n 5`, powershell: `docker logs ${PROXY_CONTAINER} --since 10m 2>&1 | Select-String -Pattern "ContextWindowExceededError|maximum context length" | Select-Object -Last 5` } },
    ],
    windows: 'Nothing Windows-specific. If LiteLLM runs in Docker Desktop, `docker logs` works the same from PowerShell 7 and from WSL2.',
    related: ['openrouter-context-limit', 'groq-context-length', 'groq-request-too-large', 'http-400'],
    litellm: { exception: 'ContextWindowExceededError', retryPolicyKey: 'BadRequestErrorRetries' },
    playbook: {
      detect: '`ContextWindowExceededError` with `OpenAIException - This model\'s maximum context length is` in LiteLLM logs, or 400 `context_length_exceeded` from OpenAI.',
      triage: ['Check whether `context_window_fallbacks` fired (`x-litellm-attempted-fallbacks`) and whether the larger-window model answered.', 'If many requests hit it, look for a client that sends whole repositories or never condenses.'],
      mitigate: ['Condense the conversation in Kilo Code.', 'Route long-context work to `openrouter-tertiary` directly.'],
      escalate: 'No escalation: this is request size, not an outage. Raise it with the client owner if one client keeps overflowing.',
    },
    alert: { fires: false, why: 'Per-request context overflow handled by context_window_fallbacks; not an operator page' },
    seedGaps: [],
    sources: [
      { kind: 'web', title: 'Integuru #30: OpenAI 400 context_length_exceeded (128000 tokens)', url: 'https://github.com/Integuru-AI/Integuru/issues/30' },
      LITELLM_IS_CONTEXT_WINDOW_EXCEEDED,
      LITELLM_SHOULD_RETRY_THIS_ERROR,
      { kind: 'web', title: 'LiteLLM #31557: fallback to smaller-context model fails', url: 'https://github.com/BerriAI/litellm/issues/31557' },
      { kind: 'web', title: 'LiteLLM #12680: ContextWindowExceededError from \'maximum context length is\'', url: 'https://github.com/BerriAI/litellm/issues/12680' },
    ],
    lifecycle: 'active',
    since: '0.1.0',
  },
  {
    code: 'openai-model-not-found',
    title: 'OpenAI model does not exist or the project has no access (404 model_not_found)',
    source: 'openai',
    category: 'MODEL_UNAVAILABLE',
    severity: 'HIGH',
    httpStatus: 404,
    retryable: false,
    action: 'fallback',
    match: [
      { provider: ['openai'], code: ['model_not_found'] },
      { provider: ['openai'], status: [404], code: ['model_not_found'] },
      { provider: ['openai'], status: [404], message: ['not exist or you do not have access to it'] },
      // Not LiteLLM's bare "OpenAIException - Error code: 404": it wraps a 404 from any OpenAI-compatible
      // base URL, and a wrong path (`{'detail': 'Not Found'}`, "Invalid URL (POST /chat/completions)")
      // is http-404-route's, not a missing model (3 corpus rows won, 1 lost; session of 2026-12-05).
      { provider: ['litellm', 'openai'], status: [404], message: ['OpenAIException - The model `'] },
    ],
    samples: [
      {
        source: 'OpenAI error-codes guide (404 model_not_found); same message template Groq uses',
        kind: 'http',
        hintProvider: 'openai',
        status: 404,
        headers: OPENAI_HEADERS,
        body: {
          error: {
            message: 'The model `gpt-4o-mini-2` does not exist or you do not have access to it.',
            type: 'invalid_request_error',
            param: null,
            code: 'model_not_found',
          },
        },
      },
      {
        source: 'LiteLLM proxy: `invalid_request_error` + `model_not_found` → NotFoundError (exception_mapping_utils.py)',
        kind: 'http',
        status: 404,
        headers: LITELLM_HEADERS,
        body: {
          error: {
            message: 'litellm.NotFoundError: NotFoundError: OpenAIException - The model `gpt-4o-mini-2` does not exist or you do not have access to it.',
            type: null,
            param: null,
            code: '404',
          },
        },
      },
    ],
    summary: 'OpenAI refused the request because the model name is wrong, retired, or not enabled for the project that owns the key.',
    cause: 'OpenAI answers 404 `model_not_found` ("The model `X` does not exist or you do not have access to it.") for a misspelt model id, a model past its shutdown date (gpt-4o-mini from 2027-01-14; `provider-fallback doctor` warns 90 days ahead and names the replacement), or a model the project is not allowed to use. Through LiteLLM the usual cause is the `model:` line of the deployment (`openai/' + MODEL + '` in proxy_config.yaml) or a project-level model restriction on the key. LiteLLM maps it to `NotFoundError`, which it never retries; the router moves on to the fallback group. The direct body names no organization, so only the request target tells it is OpenAI (Groq uses the same wording).',
    resolution: [
      {
        text: 'Check that the key can see the model the proxy asks for, and whether OpenAI has set a `shutdown_date` for it.',
        command: {
          bash: `curl -s https://api.openai.com/v1/models/${MODEL} -H "Authorization: Bearer $OPENAI_API_KEY" | jq '{id, shutdown_date, error: .error.message}'`,
          powershell: `try { Invoke-RestMethod -Uri https://api.openai.com/v1/models/${MODEL} -Headers @{ Authorization = "Bearer $env:OPENAI_API_KEY" } | Select-Object id, shutdown_date } catch { $_.ErrorDetails.Message }`,
        },
      },
      {
        text: 'Check the model line of the OpenAI deployment in the proxy config (it must be `openai/' + MODEL + '`), fix it, and restart LiteLLM.',
        command: { bash: 'grep -n "openai/" proxy_config.yaml', powershell: 'Select-String -Path proxy_config.yaml -Pattern "openai/"' },
      },
      { text: 'If the model is listed but still refused, allow it in the project\'s model settings on platform.openai.com or use a key from a project that has it.' },
    ],
    windows: 'Nothing Windows-specific; `jq` is not installed on Windows by default, so use the PowerShell 7 command.',
    related: ['http-404', 'groq-invalid-model', 'openrouter-model-unavailable', 'litellm-no-models'],
    litellm: { exception: 'NotFoundError', retryPolicyKey: null },
    playbook: {
      detect: '404 `model_not_found` from OpenAI, or `litellm.NotFoundError … OpenAIException - The model` in proxy logs; `/health` shows `openai-secondary` unhealthy.',
      triage: ['List the models visible to the key and compare with the deployment\'s `model:` line.', 'Check whether the config changed recently.'],
      mitigate: ['Fallbacks to `openrouter-tertiary` keep serving.', 'Fix the model id and restart the proxy.'],
      escalate: 'If the model is gone for everyone (a retirement), update `registry/providers.ts` and regenerate the config.',
    },
    alert: { fires: true, rule: 'ProviderModelNotFound' },
    seedGaps: [],
    sources: [
      OPENAI_ERRORS,
      { kind: 'web', title: 'LiteLLM #7369: litellm.NotFoundError OpenAIException 404 model_not_found', url: 'https://github.com/BerriAI/litellm/issues/7369' },
      { kind: 'web', title: 'firecrawl #1052: openai.NotFoundError model_not_found body', url: 'https://github.com/firecrawl/firecrawl/issues/1052' },
      LITELLM_OPENAI_MAPPING,
      LITELLM_SHOULD_RETRY_THIS_ERROR,
    ],
    lifecycle: 'active',
    since: '0.1.0',
  },
  {
    code: 'openai-region-unsupported',
    title: 'OpenAI refuses the caller\'s country or region (403 unsupported_country_region_territory)',
    source: 'openai',
    category: 'AUTH',
    severity: 'HIGH',
    httpStatus: 403,
    retryable: false,
    action: 'fallback-other-provider',
    match: [
      { status: [403], code: ['unsupported_country_region_territory'] },
      { provider: ['openai'], code: ['unsupported_country_region_territory'] },
      { provider: ['openai'], status: [403], code: ['unsupported_country_region_territory'] },
      { status: [403], message: ['region, or territory not supported'] },
      // The wording names OpenAI on its own (no other server sends it): pasted without its status, it still decides.
      { provider: ['openai'], message: ['region, or territory not supported'] },
      { provider: ['litellm', 'openai'], status: [403], message: ['region, or territory not supported'] },
    ],
    samples: [
      {
        source: 'OpenAI error-codes guide (403: country, region or territory not supported)',
        kind: 'http',
        hintProvider: 'openai',
        status: 403,
        headers: OPENAI_HEADERS,
        body: {
          error: {
            code: 'unsupported_country_region_territory',
            message: 'Country, region, or territory not supported',
            param: null,
            type: 'request_forbidden',
          },
        },
      },
      {
        source: 'openai-node PermissionDeniedError (src/core/error.ts: message "<status> <error.message>", code unwrapped from the body)',
        kind: 'error',
        hintProvider: 'openai',
        error: { name: 'PermissionDeniedError', message: '403 Country, region, or territory not supported', code: 'unsupported_country_region_territory', status: 403 },
      },
    ],
    summary: 'OpenAI refused the request because it comes from a country, region or territory OpenAI does not serve.',
    cause: 'OpenAI decides by the network address the request comes from: the public egress IP of the machine running LiteLLM, or of the VPN or proxy it goes through. The answer is 403 with `code: unsupported_country_region_territory` and `type: request_forbidden`; openai-node throws it as `PermissionDeniedError` and LiteLLM as `PermissionDeniedError`. Nothing about the key or the request is wrong, and retrying from the same place never works. It often appears after a VPN exit, a cloud region or a laptop\'s location changes.',
    resolution: [
      {
        text: 'Check which proxy settings the LiteLLM process inherits; a proxy or VPN decides the country OpenAI sees.',
        command: { bash: 'env | grep -i -E "^(https?|all|no)_proxy="', powershell: 'Get-ChildItem Env: | Where-Object Name -match "^(https?|all|no)_proxy$"' },
      },
      { text: 'Confirm the refusal comes straight from OpenAI (403 and the `unsupported_country_region_territory` body), not from a corporate proxy.', command: KEY_STATUS },
      { text: 'Run the proxy, or route its OpenAI traffic, from a supported location; until then remove `openai-secondary` from the fallback chains so requests go to Groq and OpenRouter without the failed hop.' },
    ],
    windows: 'WSL2 in NAT mode leaves through the Windows host\'s network, so a VPN client on Windows decides the country for LiteLLM inside WSL2 too; `wsl --shutdown` after changing VPN settings makes WSL2 pick up the new routes. A corporate proxy set in Windows Internet Options is not used by LiteLLM unless `HTTPS_PROXY` is set.',
    related: ['http-403', 'openai-invalid-api-key', 'groq-access-blocked', 'openrouter-moderation'],
    // exception_type (exception_mapping_utils.py @ 8ce54ac6) has no 403 branch for OpenAI-compatible providers or OpenRouter: a 403 becomes APIError with status 403.
    litellm: { exception: 'APIError', retryPolicyKey: null },
    playbook: {
      detect: '403 `unsupported_country_region_territory` from OpenAI, or `PermissionDeniedError` with "Country, region, or territory not supported".',
      triage: ['Check whether a VPN, proxy or host location changed.', 'Confirm other providers still answer.'],
      mitigate: ['Take `openai-secondary` out of the chains on this host.', 'Move the proxy or its egress to a supported region.'],
      escalate: 'Ask whoever owns the network egress (VPN, cloud account) to provide an exit in a supported country.',
    },
    alert: { fires: true, rule: 'ProviderForbidden' },
    seedGaps: ['P3-3'],
    sources: [
      OPENAI_ERRORS,
      { kind: 'web', title: 'pokitoki #42: openai.PermissionDeniedError 403 unsupported_country_region_territory', url: 'https://github.com/nalgeon/pokitoki/issues/42' },
      { kind: 'web', title: 'home-assistant #120072: 403 request_forbidden body', url: 'https://github.com/home-assistant/core/issues/120072' },
      { kind: 'upstream', repo: 'openai/openai-node', path: 'src/core/error.ts', symbol: 'APIError.generate', commit: '103a644d397d4593dc39e6f82a3f0f570aaa5b35' },
      LITELLM_OPENAI_MAPPING,
    ],
    lifecycle: 'active',
    since: '0.1.0',
  },
  {
    code: 'openai-server-error',
    title: 'OpenAI internal server error (500)',
    source: 'openai',
    category: 'SERVER',
    severity: 'MEDIUM',
    httpStatus: 500,
    retryable: true,
    action: 'retry',
    match: [
      { provider: ['openai'], status: [500] },
      { provider: ['openai'], status: [500], message: ['server had an error'] },
      { provider: ['openai'], status: [500], type: ['server_error'], message: ['server had an error'] },
      { provider: ['litellm', 'openai'], status: [500], message: ['OpenAIException - The server had an error'] },
    ],
    samples: [
      {
        source: 'OpenAI error-codes guide (500: "The server had an error while processing your request")',
        kind: 'http',
        hintProvider: 'openai',
        status: 500,
        headers: OPENAI_HEADERS,
        body: { error: { message: 'The server had an error while processing your request. Sorry about that!', type: 'server_error', param: null, code: null } },
      },
      {
        source: 'LiteLLM proxy relaying the OpenAI 500 (InternalServerError, docs exception_mapping)',
        kind: 'http',
        status: 500,
        headers: LITELLM_HEADERS,
        body: {
          error: {
            message: 'litellm.InternalServerError: InternalServerError: OpenAIException - The server had an error while processing your request. Sorry about that! LiteLLM Retried: 1 times, LiteLLM Max Retries: 1',
            type: null,
            param: null,
            code: '500',
          },
        },
      },
    ],
    summary: 'OpenAI failed while processing an otherwise valid request.',
    cause: 'A 500 from OpenAI ("The server had an error while processing your request") is a fault on OpenAI\'s side, usually short-lived. openai-node retries all 5xx twice with backoff (0.5 s doubling, capped at 8 s), LiteLLM raises `InternalServerError` and retries it `num_retries` times (its router reads no `retry_policy` key for 5xx), and Kilo Code retries 5xx too, so one failure can be retried at three layers. A LiteLLM 500 whose message has no `OpenAIException` is the proxy\'s own error (for example `APIConnectionError`), not this code.',
    resolution: [
      { text: 'Let one retry happen, then fall back: keep `num_retries: 1` in the proxy\'s `router_settings` (5xx follow it; no `retry_policy` key covers them) and keep the `openai-secondary` → `openrouter-tertiary` fallback.' },
      { text: 'Check OpenAI\'s status page (https://status.openai.com) for an incident before changing anything locally.' },
      { text: 'See whether the proxy marks the OpenAI deployment unhealthy.', command: PROXY_HEALTH },
    ],
    windows: 'Nothing Windows-specific.',
    related: ['openai-overloaded', 'http-500', 'groq-server-error', 'openrouter-provider-error'],
    litellm: { exception: 'InternalServerError', retryPolicyKey: null },
    playbook: {
      detect: 'HTTP 500 with `OpenAIException - The server had an error` in proxy logs, or `type: server_error` from OpenAI.',
      triage: ['Check status.openai.com.', 'Check whether the errors cluster on one model or request shape.'],
      mitigate: ['Fallbacks absorb it; nothing to change if they answer.', 'If 500s persist, take `openai-secondary` out of the chain temporarily.'],
      escalate: 'If 500s last over 30 minutes without a posted incident, open a ticket with OpenAI support including the `x-request-id` values.',
    },
    alert: { fires: true, rule: 'LiteLLMDeploymentServerErrors' },
    seedGaps: ['P2-7'],
    sources: [
      OPENAI_ERRORS,
      { kind: 'web', title: 'Openaibot #177: OpenAI 500 \'The server had an error while processing your request\'', url: 'https://github.com/LlmKira/Openaibot/issues/177' },
      LITELLM_OPENAI_MAPPING,
      OPENAI_NODE_RETRY_REQUEST,
      LITELLM_ROUTER_RETRYPOLICY,
    ],
    lifecycle: 'active',
    since: '0.1.0',
  },
  {
    code: 'openai-overloaded',
    title: 'OpenAI overloaded or asking clients to slow down (503 server_is_overloaded / slow_down)',
    source: 'openai',
    category: 'OVERLOADED',
    severity: 'MEDIUM',
    httpStatus: 503,
    retryable: true,
    action: 'fallback',
    match: [
      { provider: ['openai'], status: [503] },
      { provider: ['openai'], code: ['server_is_overloaded', 'slow_down'] },
      { provider: ['openai'], status: [503], code: ['server_is_overloaded', 'slow_down'] },
      { provider: ['litellm', 'openai'], status: [503], message: ['OpenAIException - Our servers are currently overloaded', 'OpenAIException - Error code: 503'] },
    ],
    samples: [
      {
        source: 'OpenAI error-codes guide (503 service_unavailable_error / server_is_overloaded)',
        kind: 'http',
        hintProvider: 'openai',
        status: 503,
        headers: OPENAI_HEADERS,
        body: { error: { message: 'Our servers are currently overloaded. Please try again later.', type: 'service_unavailable_error', param: null, code: 'server_is_overloaded' } },
      },
      {
        source: 'OpenAI in-stream `error` event inside an HTTP 200 (openai/codex #43337)',
        kind: 'stream',
        hintProvider: 'openai',
        body: { type: 'error', error: { type: 'service_unavailable_error', code: 'server_is_overloaded', message: 'Our servers are currently overloaded. Please try again later.' } },
      },
      {
        source: 'LiteLLM proxy relaying the OpenAI 503 (ServiceUnavailableError, docs exception_mapping)',
        kind: 'http',
        status: 503,
        headers: LITELLM_HEADERS,
        body: {
          error: {
            message: 'litellm.ServiceUnavailableError: ServiceUnavailableError: OpenAIException - Our servers are currently overloaded. Please try again later.',
            type: null,
            param: null,
            code: '503',
          },
        },
      },
    ],
    summary: 'OpenAI is temporarily out of capacity, or asked this client to reduce its request rate.',
    cause: 'OpenAI answers 503 `service_unavailable_error` with `code: server_is_overloaded` when it lacks capacity, and `slow_down` when a sudden rise in one client\'s request rate hurts reliability (the `slow_down` code is listed by a third-party summary). The same overload can also arrive as an `error` event inside an HTTP 200 stream (openai/codex #43337), after some output was sent. LiteLLM raises `ServiceUnavailableError` (or `MidStreamFallbackError` during a stream). openai-node and Kilo Code retry 5xx automatically, which adds load during an overload.',
    resolution: [
      { text: 'Fail over instead of hammering OpenAI: keep the `openai-secondary` → `openrouter-tertiary` fallback and a short LiteLLM cooldown (`cooldown_time`), so the deployment rests while others serve.' },
      { text: 'For `slow_down`, lower the request rate to the OpenAI group (fewer parallel Kilo tasks, or an `rpm` limit on the deployment) and raise it again gradually.' },
      { text: 'Check status.openai.com and the proxy\'s view of the deployment.', command: PROXY_HEALTH },
    ],
    windows: 'Nothing Windows-specific.',
    related: ['openai-server-error', 'http-503', 'groq-server-overload', 'openrouter-no-provider', 'openrouter-stream-error'],
    litellm: { exception: 'ServiceUnavailableError', retryPolicyKey: null },
    playbook: {
      detect: '503 `server_is_overloaded` or `slow_down` from OpenAI, `ServiceUnavailableError … OpenAIException` in proxy logs, or an `error` event with `server_is_overloaded` in a stream.',
      triage: ['Check status.openai.com.', 'For `slow_down`, check whether request volume to `openai-secondary` jumped.'],
      mitigate: ['Let fallbacks serve; do not raise retries.', 'Lower the request rate to OpenAI for `slow_down`.'],
      escalate: 'If overload lasts over 30 minutes and fallbacks also fail, declare a provider incident and route all traffic to Groq/OpenRouter.',
    },
    alert: { fires: true, rule: 'LiteLLMDeploymentServerErrors' },
    seedGaps: ['P2-2', 'P2-7'],
    sources: [
      { kind: 'web', title: 'OpenAI 503 server_is_overloaded (developersdigest)', url: 'https://www.developersdigest.tech/errors/api/openai-api/503-server-is-overloaded' },
      { kind: 'web', title: 'codex #43337: server_is_overloaded error event inside HTTP 200', url: 'https://github.com/openai/codex/issues/43337' },
      { kind: 'web', title: 'OpenAI slow_down (developersdigest)', url: 'https://www.developersdigest.tech/errors/api/openai-api/429-slow-down' },
      LITELLM_OPENAI_MAPPING,
      LITELLM_MIDSTREAM_FALLBACK_ERROR,
    ],
    lifecycle: 'active',
    since: '0.1.0',
  },
]);
