// Generic HTTP statuses: the fallback when no provider marker tells who answered.
// Each entry matches on the status alone (score 2), so every provider-specific entry beats it.
// Facts: RFC 9110 and MDN for the statuses; each entry's `sources` for what the providers send.
import { defineErrors } from '../define.js';
import { KILOCODE_ERROR_MESSAGE, KILOCODE_ERROR_PARSEAPICALLERROR, KILOCODE_SESSION_RETRY, LITELLM_IS_CONTEXT_WINDOW_EXCEEDED, LITELLM_IS_COOLDOWN_REQUIRED, LITELLM_EXCEPTIONS_TIMEOUT, LITELLM_NOT_FOUND_ERROR, LITELLM_EXCEPTION_TYPE, LITELLM_USER_API_KEY_AUTH, OPENAI_PYTHON_API_REMOVED_IN_V1, RFC_9110 } from '../sources.js';
import { PROXY_CONTAINER, PROXY_URL } from '../proxy-address.js';

/** One request through the proxy, showing the status, the x-litellm-* headers and the body. */
const WHICH_HOP = {
  text: 'Find out which hop answered: send one small non-streaming request through the proxy (streamed responses carry no `x-litellm-model-group`) and read the `x-litellm-model-group`, `x-litellm-model-id` and `x-litellm-model-api-base` response headers and the message. A `<Provider>Exception` token (GroqException, OpenAIException, OpenrouterException) means the provider raised it; no such token means LiteLLM itself, or something in front of it (reverse proxy, corporate proxy), answered. Routes under the `openai/` prefix say OpenAIException even when the backend is Groq or OpenRouter, so check `x-litellm-model-api-base` too.',
  command: {
    bash: `curl -sS -D - ${PROXY_URL}/v1/chat/completions -H "Authorization: Bearer $LITELLM_MASTER_KEY" -H "Content-Type: application/json" -d '{"model":"groq-primary","messages":[{"role":"user","content":"ping"}],"max_tokens":5}'`,
    powershell: `$r = Invoke-WebRequest -Method Post -Uri ${PROXY_URL}/v1/chat/completions -Headers @{ Authorization = "Bearer $env:LITELLM_MASTER_KEY" } -ContentType 'application/json' -Body '{"model":"groq-primary","messages":[{"role":"user","content":"ping"}],"max_tokens":5}' -SkipHttpErrorCheck; $r.StatusCode; $r.Headers.GetEnumerator() | Where-Object Key -like 'x-litellm*'; $r.Content`,
  },
};

/** Tests each provider key directly, printing only the status code (never the key). */
const KEYS_DIRECT = {
  text: 'Test each provider key directly, bypassing the proxy: 200 means the key works, 401 means that key is wrong or revoked, 403 means the key is valid but the request is refused. The commands print only status codes, never the key.',
  command: {
    bash: 'for u in "https://api.groq.com/openai/v1/models GROQ_API_KEY" "https://api.openai.com/v1/models OPENAI_API_KEY" "https://openrouter.ai/api/v1/key OPENROUTER_API_KEY"; do set -- $u; printf \'%s %s\\n\' "$2" "$(curl -s -o /dev/null -w \'%{http_code}\' "$1" -H "Authorization: Bearer ${!2}")"; done',
    powershell: '@{ GROQ_API_KEY = \'https://api.groq.com/openai/v1/models\'; OPENAI_API_KEY = \'https://api.openai.com/v1/models\'; OPENROUTER_API_KEY = \'https://openrouter.ai/api/v1/key\' }.GetEnumerator() | ForEach-Object { $key = [Environment]::GetEnvironmentVariable($_.Key); $code = (Invoke-WebRequest -Uri $_.Value -Headers @{ Authorization = "Bearer $key" } -SkipHttpErrorCheck).StatusCode; "$($_.Key) $code" }',
  },
};

const LITELLM_LOGS = {
  text: `Read the proxy log around the failure (the commands read the container of the Docker Compose setup, \`${PROXY_CONTAINER}\`; otherwise read the proxy's console or log file): every mapped error is logged as \`litellm.<Class>: <Class>: <Provider>Exception - <provider message>\`, which names both the LiteLLM class and the provider.`,
  command: {
    bash: `docker logs --since 10m ${PROXY_CONTAINER} 2>&1 | grep -E "litellm\\.[A-Za-z]+(Error|Timeout)" | tail -n 20`,
    powershell: `docker logs --since 10m ${PROXY_CONTAINER} 2>&1 | Select-String -Pattern 'litellm\\.[A-Za-z]+(Error|Timeout)' | Select-Object -Last 20`,
  },
};

/**
 * Default 404 answers of web frameworks for a path with no handler (see http-404-route's sources). The
 * last two are Spring Boot's default error body, `{"timestamp":...,"status":404,"error":"Not Found","path":...}`
 * (DefaultErrorAttributes: status, then the reason phrase, then the path), as JSON and as a Python
 * client prints it: a Java gateway with no handler for the path (CONFIG in 5 of the 6 corpus rows).
 */
const ROUTE_NOT_FOUND = ['404 page not found', 'Cannot POST /', 'URL was not found on the server', '"detail":"Not Found"', "'detail': 'Not Found'", 'check the URL and try again', 'double check your URL', 'Unexpected endpoint or method', '404,"error":"Not Found"', "404, 'error': 'Not Found'"];

/**
 * A requested URL, after the words clients log it with, that is a bare versioned base or lacks the
 * version segment. Written with no lookahead and no bounded repeat, so that recheck's automaton
 * decides it, as the ReDoS gate requires (registry/redos.ts): a first form left to its fuzzer got a
 * different verdict under CI's load.
 */
const REQUESTED_BASE_URL = `(?:url:|GET|POST|at) https?://[^\\s/]+(?:(?:/[\\w.-]+)*/v\\d/?(?:["'\\s]|$)|/chat/completions)`;

/** A base URL that already ends in the API path, which the client then adds again. */
const DOUBLED_PATH = ['/v1/v1/', '/completions/chat/completions', '/responses/responses', '/responses/chat/completions'];

const WINDOWS_HTTP = 'The PowerShell 7 commands use `-SkipHttpErrorCheck` so that a 4xx/5xx answer is returned instead of thrown; in older scripts wrap `Invoke-RestMethod` in `try { } catch { $_.Exception.Response.StatusCode; $_.ErrorDetails.Message }`. A corporate proxy or TLS-inspecting gateway on Windows can answer with its own HTML error page; Kilo Code rewrites HTML bodies on 401/403 as "blocked by a gateway or proxy". Check `netsh winhttp show proxy` and `$env:HTTPS_PROXY` when the body is HTML.';

export const httpErrors = defineErrors([
  {
    code: 'http-400',
    aliases: ['400'],
    title: 'HTTP 400 Bad Request (any provider)',
    source: 'http',
    category: 'INVALID_REQUEST',
    severity: 'MEDIUM',
    httpStatus: 400,
    retryable: false,
    action: 'fail',
    // OpenAI's Responses API refuses an input item of an earlier response that was not stored
    // (`store: false`, zero data retention) with a 404 "Item with id '...' not found. Items are not
    // persisted ...": the request is wrong, not the model (the first sentence alone, as clients print
    // it, is enough: INVALID_REQUEST in 15 of 15 corpus rows). The same holds for any object a request
    // names by an id that does not exist, which OpenAI's API words "No thread found with id '...'"
    // (FlowiseAI/Flowise#2495), "No batch found with id '...'" (bespokelabsai/curator#190) and
    // "Previous response with id '...' not found", and LM Studio "Prediction history node with id
    // '...' not found" (lmstudio-ai/lmstudio-bug-tracker#1188): read as "with id '" (INVALID_REQUEST in
    // 22 of the 23 corpus rows that hold it; 4 rows won, none lost), except after "model", whose
    // absence http-404 explains. Azure OpenAI answers an argument its API
    // version lacks with a 404 "Unrecognized request argument supplied: tools" (INVALID_REQUEST in 13
    // of 13 corpus rows): a wording could not outrank the 404, this rule does. So does OpenAI's 404 for a
    // model on the other API ("This is a chat model and not supported in the v1/completions endpoint.
    // Did you mean to use v1/chat/completions?" and "This is not a chat model and thus not supported in
    // the v1/chat/completions endpoint"; OpenAI-compatible servers copy both): the request, not the
    // model, is wrong (INVALID_REQUEST in 42 of the 46 corpus rows that hold either; CONFIG beside it in 22).
    match: [{ status: [400] }, { message: ['Items are not persisted', 'Unrecognized request argument', "(?<!model )with id '", 'not supported in the v1/'] }],
    samples: [
      {
        source: 'OpenAI-compatible error body (OpenAI error body shape) from a server with no provider marker',
        kind: 'http',
        status: 400,
        headers: { 'content-type': 'application/json' },
        body: { error: { message: "'messages' is a required property", param: null, code: null } },
      },
      {
        source: 'openai-node APIError.makeMessage "<status> status code (no body)" (openai-node src/core/error.ts), pasted from a client log',
        kind: 'text',
        text: '400 status code (no body)',
      },
    ],
    summary: 'A server rejected the request as malformed or unsupported, in words no provider-specific code covers.',
    cause: 'A 400 means the request itself was refused, so sending it again unchanged fails again. Groq uses 400 for malformed requests and also for `model_decommissioned`, `tool_use_failed`, `json_validate_failed`, `context_length_exceeded` and `organization_restricted`; OpenRouter for invalid or missing parameters (`X is not a valid model ID`) and typed `error_type` values such as `context_length_exceeded`; OpenAI for `invalid_request_error`. LiteLLM raises `BadRequestError` and its subclasses `ContextWindowExceededError`, `ContentPolicyViolationError` and `UnsupportedParamsError` (fixed by `drop_params: true`). Two traps: through the proxy some provider rate-limit errors come back as 400 instead of 429 (BerriAI/litellm #37599), and older LiteLLM versions return budget errors (`Budget has been exceeded!`, `type: budget_exceeded`) as 400. A 400 with no `<Provider>Exception` token and no `litellm.` prefix came from LiteLLM\'s own request handling or from an unknown OpenAI-compatible server.',
    resolution: [
      WHICH_HOP,
      { text: 'Read the message: `context_length_exceeded` or "reduce the length of the messages" is a context problem (fall back to a larger window), `model_decommissioned` means the model was retired, "rate limit" text inside a 400 is a rate limit relayed as 400 (#37599), and "Budget has been exceeded" is a LiteLLM budget. Some requests are refused with a 404 that this code also covers: "This is a chat model and not supported in the v1/completions endpoint" (call the chat API, `/v1/chat/completions`, or pick a completions model; "not a chat model" is the reverse), Azure\'s "Unrecognized request argument" (an `api-version` without that parameter) and the Responses API\'s "Items are not persisted" (an earlier response sent with `store: false`).' },
      { text: 'If the message names an unsupported parameter, set `litellm_settings.drop_params: true` in proxy_config.yaml so LiteLLM drops parameters the provider does not accept (Groq rejects several OpenAI-only parameters), then restart the proxy.' },
      LITELLM_LOGS,
      { text: 'Do not retry the same request: fix the request or the model group it targets. `BadRequestErrorRetries: 0` in `router_settings.retry_policy` keeps LiteLLM from repeating it.' },
    ],
    windows: WINDOWS_HTTP,
    related: ['groq-context-length', 'groq-model-decommissioned', 'groq-function-call-error', 'openrouter-context-limit', 'openai-context-length', 'litellm-budget-exceeded', 'http-422'],
    litellm: { exception: 'BadRequestError', retryPolicyKey: 'BadRequestErrorRetries' },
    playbook: {
      detect: 'HTTP 400 with no provider marker in the body; Kilo Code shows "API Request Failed" with the provider-could-not-process text.',
      triage: ['Send the test request through the proxy and read `x-litellm-model-api-base` and the `<Provider>Exception` token.', 'Look for rate-limit or budget wording inside the 400 message before treating it as a bad request.'],
      mitigate: ['Fix the request parameter or switch Kilo Code to a model group that supports it.', 'Enable `drop_params` for parameter errors from Groq.'],
      escalate: 'If every request to one model group returns 400 after a LiteLLM or Kilo Code upgrade, open an issue with the LiteLLM log line and roll back the upgrade.',
    },
    alert: { fires: true, rule: 'LiteLLMProxyBadRequests' },
    seedGaps: ['P2-4'],
    seed: { id: '400', correction: 'A 400 is not always the caller\'s fault: through LiteLLM some provider rate-limit errors arrive as 400 (BerriAI/litellm #37599) and older LiteLLM versions return budget errors as 400. Read the message before failing the request.' },
    sources: [
      { kind: 'web', title: 'MDN: HTTP 400', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/400' },
      RFC_9110,
      { kind: 'upstream', repo: 'BerriAI/litellm', path: 'litellm/exceptions.py', symbol: 'BadRequestError', commit: '64ecc9ba9e56ea887efe118b84ed0284034f47eb' },
      LITELLM_EXCEPTION_TYPE,
      { kind: 'web', title: 'LiteLLM docs: Exception mapping', url: 'https://docs.litellm.ai/docs/exception_mapping' },
    ],
    lifecycle: 'active',
    since: '0.1.0',
  },
  {
    code: 'http-401',
    aliases: ['401'],
    title: 'HTTP 401 Unauthorized (any provider)',
    source: 'http',
    category: 'AUTH',
    severity: 'HIGH',
    httpStatus: 401,
    retryable: false,
    action: 'fallback-other-provider',
    match: [{ status: [401] }],
    samples: [
      {
        source: 'OpenAI-compatible 401 body from a server with no provider marker (OpenAI error body shape)',
        kind: 'http',
        status: 401,
        headers: { 'content-type': 'application/json', 'www-authenticate': 'Bearer' },
        body: { error: { message: 'Unauthorized', param: null, code: null } },
      },
      {
        source: 'Bare status line pasted from a client log',
        kind: 'text',
        text: 'HTTP 401 Unauthorized',
      },
    ],
    summary: 'A server refused the credentials sent with the request: the proxy\'s key or a provider\'s, whichever hop answered.',
    cause: 'Every hop in the chain can answer 401. Groq answers `Invalid API Key` (`code: invalid_api_key`), OpenAI `Incorrect API key provided: …`, OpenRouter `User not found.`, `No auth credentials found` or `No cookie auth credentials found`. LiteLLM answers for its own keys: `Authentication Error, Invalid proxy server token passed` (`type: auth_error` or `token_not_found_in_db`), `LiteLLM Virtual Key expected. Received=…, expected to start with \'sk-\'.` and `No api key passed in.` (for example `/health` probed without a key). A 401 from a provider also puts that deployment into cooldown, and LiteLLM does not retry an `AuthenticationError` when the group has only one deployment. When Kilo Code gets the 401 from LiteLLM, the Kilo key (master or virtual key) is wrong; when the message carries a `<Provider>Exception`, the provider key in the proxy\'s environment is wrong, and another provider can still answer.',
    resolution: [
      WHICH_HOP,
      {
        text: 'Check that the keys are set and have the right prefix without printing them: Groq keys start with `gsk_`, OpenAI with `sk-`, OpenRouter with `sk-or-v1-`, the LiteLLM master key with `sk-`.',
        command: {
          bash: 'for v in GROQ_API_KEY OPENAI_API_KEY OPENROUTER_API_KEY LITELLM_MASTER_KEY; do k="${!v}"; printf \'%s=%s… (%s chars)\\n\' "$v" "${k:0:6}" "${#k}"; done',
          powershell: 'foreach ($v in \'GROQ_API_KEY\', \'OPENAI_API_KEY\', \'OPENROUTER_API_KEY\', \'LITELLM_MASTER_KEY\') { $k = [Environment]::GetEnvironmentVariable($v); if ($k) { "$v=$($k.Substring(0, [Math]::Min(6, $k.Length)))… ($($k.Length) chars)" } else { "$v is not set" } }',
        },
      },
      KEYS_DIRECT,
      { text: 'If the proxy rejected Kilo Code\'s key, put the LiteLLM master key or a valid virtual key (it must start with `sk-`) in Kilo Code\'s provider settings; if a provider rejected its key, create a new key in that provider\'s console, update the proxy environment and restart the proxy.' },
    ],
    windows: WINDOWS_HTTP + ' A key set with `$env:GROQ_API_KEY = …` lives only in that PowerShell session; a proxy started from another window, a Windows service or WSL2 does not see it. Set it where the proxy runs (the proxy\'s `.env`, or `wsl -e env | grep _API_KEY` to check what WSL2 sees).',
    related: ['groq-invalid-api-key', 'openai-invalid-api-key', 'openrouter-invalid-key', 'litellm-auth-failed', 'litellm-virtual-key-invalid', 'http-403'],
    litellm: { exception: 'AuthenticationError', retryPolicyKey: 'AuthenticationErrorRetries' },
    playbook: {
      detect: 'HTTP 401 with no provider marker; Kilo Code shows the check-your-API-key text.',
      triage: ['Decide the hop: `<Provider>Exception` in the message means a provider key, no marker means the Kilo-to-LiteLLM key.', 'Run the direct key test to see which provider key fails.'],
      mitigate: ['Fallbacks to other providers keep working while one provider key is bad.', 'Replace the bad key and restart the proxy.'],
      escalate: 'If a newly created provider key also returns 401, contact that provider\'s support with the `x-request-id` of a failing response.',
    },
    alert: { fires: true, rule: 'ProviderKeyRejected' },
    seedGaps: ['P0-3', 'P3-1', 'P2-4'],
    seed: { id: '401' },
    sources: [
      { kind: 'web', title: 'MDN: HTTP 401', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/401' },
      LITELLM_USER_API_KEY_AUTH,
      LITELLM_IS_COOLDOWN_REQUIRED,
      { kind: 'web', title: 'LiteLLM: Invalid proxy server token passed. valid_token=None', url: 'https://github.com/BerriAI/litellm/issues/7287' },
      { kind: 'web', title: 'LiteLLM: health check auth_error \'No api key passed in.\'', url: 'https://github.com/BerriAI/litellm/issues/10412' },
    ],
    lifecycle: 'active',
    since: '0.1.0',
  },
  {
    code: 'http-402',
    aliases: ['402'],
    title: 'HTTP 402 Payment Required (any provider)',
    source: 'http',
    category: 'QUOTA',
    severity: 'HIGH',
    httpStatus: 402,
    retryable: false,
    action: 'fallback-other-provider',
    match: [{ status: [402] }],
    samples: [
      {
        source: 'Bare status line from an OpenAI-compatible gateway with no provider marker',
        kind: 'text',
        text: 'HTTP 402 Payment Required',
      },
      {
        source: 'openai-node turns any unlisted status (402, 413, 498) into a plain APIError "<status> status code (no body)" (openai-node src/core/error.ts)',
        kind: 'text',
        text: '402 status code (no body)',
      },
    ],
    summary: 'A server refused the request because the account or key has no credit left, in words no provider-specific code covers.',
    cause: 'In this chain a 402 almost always comes from OpenRouter: `limit_source: openrouter_credits` (the balance cannot cover the request, "This request requires more credits, or fewer max_tokens"), `openrouter_key_limit` (the per-key cap is used up) or `openrouter_in_flight_budget` (temporary, with `Retry-After`). A negative OpenRouter balance makes even free models return 402. Groq has no billing error (a free plan hits its daily RPD/TPD limits instead, as 429) and OpenAI reports an empty balance as 429 `insufficient_quota`, not 402. LiteLLM has no class for 402 and passes it on as a generic `APIError` with the original status; openai-node also throws a plain `APIError`. A 402 without `Retry-After` is not a wait-and-retry case.',
    resolution: [
      WHICH_HOP,
      {
        text: 'Check the OpenRouter key\'s remaining limit and usage (`limit_remaining`, `usage_daily`, `is_free_tier`); this endpoint works with a normal key.',
        command: {
          bash: 'curl -sS https://openrouter.ai/api/v1/key -H "Authorization: Bearer $OPENROUTER_API_KEY"',
          powershell: '(Invoke-RestMethod -Uri https://openrouter.ai/api/v1/key -Headers @{ Authorization = "Bearer $env:OPENROUTER_API_KEY" }).data',
        },
      },
      { text: 'If a `Retry-After` header is present the limit is the temporary in-flight budget: wait that many seconds. Otherwise add credits or raise the key limit in the OpenRouter console, or lower `max_tokens` so the request fits the balance.' },
      { text: 'Until credit is added, send traffic to Groq or OpenAI: the generated fallback chain does this when the OpenRouter group fails.' },
    ],
    windows: WINDOWS_HTTP,
    related: ['openrouter-credits-exhausted', 'openrouter-key-limit', 'openrouter-in-flight-budget', 'openai-insufficient-quota', 'groq-insufficient-quota', 'http-429'],
    litellm: { exception: 'APIError', retryPolicyKey: null },
    playbook: {
      detect: 'HTTP 402 on responses, usually from the OpenRouter model group; Kilo Code shows the out-of-credits text.',
      triage: ['Read `limit_source` in the body if present (`openrouter_credits`, `openrouter_key_limit`, `openrouter_in_flight_budget`).', 'Check `Retry-After`: present means temporary, absent means money or a key cap.'],
      mitigate: ['Keep Groq and OpenAI ahead of OpenRouter in the fallback chain.', 'Top up credits or raise the key limit.'],
      escalate: 'Page the owner of the OpenRouter account; credits do not come back by themselves.',
    },
    alert: { fires: true, rule: 'ProviderPaymentRequired' },
    seedGaps: ['P1-3'],
    sources: [
      { kind: 'web', title: 'MDN: HTTP 402', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/402' },
      RFC_9110,
      LITELLM_EXCEPTION_TYPE,
      { kind: 'upstream', repo: 'BerriAI/litellm', path: 'litellm/exceptions.py', symbol: 'APIError', commit: '64ecc9ba9e56ea887efe118b84ed0284034f47eb' },
    ],
    lifecycle: 'active',
    since: '0.1.0',
  },
  {
    code: 'http-403',
    aliases: ['403'],
    title: 'HTTP 403 Forbidden (any provider)',
    source: 'http',
    category: 'AUTH',
    severity: 'HIGH',
    httpStatus: 403,
    retryable: false,
    action: 'fallback-other-provider',
    match: [{ status: [403] }],
    samples: [
      {
        source: 'nginx default 403 page, as returned by a reverse or corporate proxy in front of the API',
        kind: 'http',
        status: 403,
        headers: { 'content-type': 'text/html', server: 'nginx' },
        body: '<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n<center><h1>403 Forbidden</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>',
      },
      {
        source: 'openai-node PermissionDeniedError message "<status> status code (no body)" (openai-node src/core/error.ts)',
        kind: 'text',
        text: '403 status code (no body)',
      },
    ],
    summary: 'A server understood who is calling but refused the request: a provider, the proxy or a gateway in between.',
    cause: 'A 403 means the credentials were accepted but the request is not allowed. Groq answers 403 from Cloudflare with HTML pages such as "Please enable cookies" or "Attention Required!" (chatbot-ui #1684, lobehub #2143), and may gate some models (such as `groq/compound`) per organization. OpenAI answers 403 when the country, region or territory is not supported. OpenRouter answers 403 for permission problems, guardrail blocks (`Request blocked: …`) and moderation flags (`metadata.reasons`, `flagged_input`). LiteLLM raises `PermissionDeniedError`. A corporate proxy, VPN exit or reverse proxy can also answer 403 with its own HTML page; Kilo Code rewrites HTML 401/403 bodies as "blocked by a gateway or proxy". Retrying the same request from the same network does not help.',
    resolution: [
      WHICH_HOP,
      { text: 'If the body is HTML, read its title: a Cloudflare page ("Attention Required!", "Please enable cookies") means the provider\'s edge blocked this network or IP; an nginx or vendor-branded page means a proxy on your side.' },
      {
        text: 'Compare with a direct call from the same machine; if the direct call works, the block is between the proxy and the provider (proxy host, container egress, VPN).',
        command: {
          bash: 'curl -sS -o /dev/null -w \'%{http_code}\\n\' https://api.groq.com/openai/v1/models -H "Authorization: Bearer $GROQ_API_KEY"',
          powershell: '(Invoke-WebRequest -Uri https://api.groq.com/openai/v1/models -Headers @{ Authorization = "Bearer $env:GROQ_API_KEY" } -SkipHttpErrorCheck).StatusCode',
        },
      },
      { text: 'For an OpenRouter moderation or guardrail block, rephrase the input or route it to a model without that moderation; for OpenAI region blocks, route the traffic through Groq or OpenRouter instead.' },
    ],
    windows: WINDOWS_HTTP + ' On a VPN, try once with the VPN disconnected to see whether the exit IP is the one being blocked.',
    related: ['groq-access-blocked', 'openai-region-unsupported', 'openrouter-moderation', 'http-401'],
    // exception_type (exception_mapping_utils.py @ 8ce54ac6) has no 403 branch for OpenAI-compatible providers or OpenRouter: a 403 becomes APIError with status 403.
    litellm: { exception: 'APIError', retryPolicyKey: null },
    playbook: {
      detect: 'HTTP 403 with no provider marker, often with an HTML body.',
      triage: ['HTML or JSON body? HTML means an edge or proxy page; JSON means an API decision.', 'Does a direct call from the same host return 200?'],
      mitigate: ['Fall back to another provider while the block lasts.', 'Move the proxy to a network or region the provider accepts.'],
      escalate: 'If a provider blocks a clean network for more than an hour, contact that provider\'s support with the `x-request-id` or Cloudflare Ray ID from the page.',
    },
    alert: { fires: true, rule: 'ProviderForbidden' },
    seedGaps: ['P2-4'],
    seed: { id: '403' },
    sources: [
      { kind: 'web', title: 'MDN: HTTP 403', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/403' },
      RFC_9110,
      LITELLM_EXCEPTION_TYPE,
      KILOCODE_ERROR_MESSAGE,
    ],
    lifecycle: 'active',
    since: '0.1.0',
  },
  {
    code: 'http-404',
    aliases: ['404'],
    title: 'HTTP 404 Not Found (any provider)',
    source: 'http',
    category: 'MODEL_UNAVAILABLE',
    severity: 'MEDIUM',
    httpStatus: 404,
    retryable: false,
    action: 'fallback',
    // A server naming the model it will not serve, in any status: "The model 'auto' is not available"
    // (kirodotdev/Kiro#11159), "Model meta/meta-llama-3-8b-instruct is not available" with a 400
    // (deeterbleater/deertick#13), Kilo's 'Model "kimi/kimi-for-coding" is not allowed.'
    // (Kilo-Org/cloud#2850), Cody Gateway's 'model "anthropic/claude-2" is not allowed, allowed: [...]'
    // (sourcegraph/app#100), Warp's "the requested planning model (x) is not allowed for your account"
    // (warpdotdev/warp#7124), "Model 'meta-llama/llama-3-1-70b-instruct' is not supported"
    // (IBM/eval-assist#20), Copilot's "model gpt-5-codex is not supported in this VS Code version"
    // (zbirenbaum/copilot.lua#575). The model and the verb within one clause: no period, colon or
    // semicolon between them ("AI model service: 400 Unsupported parameter: 'max_tokens' is not
    // supported" is about a parameter). 9 rows won, none lost; "supported" 2 more, none lost.
    match: [{ status: [404] }, { message: ['\\bmodel\\b[^.:;\\n]{1,60}\\bis not (?:available|allowed|supported)\\b'] }],
    samples: [
      {
        source: 'vLLM\'s OpenAI-compatible server asked for a model it does not serve (vllm-project/vllm #3485); nothing in the body names the provider',
        kind: 'http',
        status: 404,
        headers: { 'content-type': 'application/json' },
        body: { object: 'error', message: 'The model `Qwen1.5-14B-Chat-GPTQ-Int8` does not exist.', type: 'NotFoundError', param: null, code: 404 },
      },
    ],
    summary: 'A server has no such model or route, in words no provider-specific code covers.',
    cause: 'Groq answers 404 `model_not_found` ("The model `X` does not exist or you do not have access to it.") and, since 2026-08-16, for the retired `llama-3.3-70b-versatile` and `llama-3.1-8b-instant` on free and developer plans. OpenAI answers `model_not_found` the same way. OpenRouter answers 404 "No endpoints found matching your data policy" (a strict `data_collection` setting) or "No endpoints found that support tool use". LiteLLM raises `NotFoundError`, never retries it, and puts the deployment into cooldown. A body such as `{"detail":"Not Found"}` or `404 page not found` means the URL path is wrong (base URL typo, a doubled or missing `/v1`), not the model: http-404-route when the text shows it.',
    resolution: [
      WHICH_HOP,
      {
        text: 'List the model groups the proxy serves and compare them with the model Kilo Code sends; Kilo Code must send a `model_name` from proxy_config.yaml (for example `groq-primary`), not the provider\'s model id.',
        command: {
          bash: `curl -sS ${PROXY_URL}/v1/models -H "Authorization: Bearer $LITELLM_MASTER_KEY"`,
          powershell: `(Invoke-RestMethod -Uri ${PROXY_URL}/v1/models -Headers @{ Authorization = "Bearer $env:LITELLM_MASTER_KEY" }).data.id`,
        },
      },
      {
        text: 'Check that the provider still serves the model behind each group; Groq retired the llama models on 2026-08-16 (use `openai/gpt-oss-120b` and `openai/gpt-oss-20b`).',
        command: {
          bash: 'curl -sS https://api.groq.com/openai/v1/models -H "Authorization: Bearer $GROQ_API_KEY" | grep -o \'"id":"[^"]*"\'',
          powershell: '(Invoke-RestMethod -Uri https://api.groq.com/openai/v1/models -Headers @{ Authorization = "Bearer $env:GROQ_API_KEY" }).data.id',
        },
      },
      { text: `If the body is a bare route 404, fix the base URL: Kilo Code's OpenAI-compatible provider takes \`${PROXY_URL}/v1\`.` },
    ],
    windows: WINDOWS_HTTP,
    related: ['http-404-route', 'groq-invalid-model', 'groq-model-decommissioned', 'openai-model-not-found', 'openrouter-no-endpoints', 'openrouter-model-unavailable', 'kilo-model-unavailable'],
    litellm: { exception: 'NotFoundError', retryPolicyKey: null },
    playbook: {
      detect: 'HTTP 404 with no provider marker; LiteLLM logs `NotFoundError`.',
      triage: ['JSON error about a model, or a bare route 404?', 'Is the model behind the group still listed by the provider\'s `/models` endpoint?'],
      mitigate: ['Point the model group at a current model and reload the proxy.', 'Fix the base URL path in Kilo Code.'],
      escalate: 'If a model the provider still lists returns 404, contact the provider with the `x-request-id` of the failing call.',
    },
    alert: { fires: true, rule: 'ProviderModelNotFound' },
    seedGaps: ['P2-4'],
    seed: { id: '404' },
    sources: [
      RFC_9110,
      LITELLM_NOT_FOUND_ERROR,
      LITELLM_IS_COOLDOWN_REQUIRED,
      LITELLM_EXCEPTION_TYPE,
    ],
    lifecycle: 'active',
    since: '0.1.0',
  },
  {
    code: 'http-404-route',
    title: 'HTTP 404 or 405 for a route the server does not have (wrong base URL or path)',
    source: 'http',
    category: 'CONFIG',
    severity: 'HIGH',
    httpStatus: 404,
    retryable: false,
    action: 'fallback-other-provider',
    // The default answers web frameworks give for a path they have no handler for: the client's base
    // URL or path is wrong, not the model. Go's net/http, Express (finalhandler), Flask (Werkzeug),
    // FastAPI; xAI's API says it in words.
    match: [
      { message: ROUTE_NOT_FOUND },
      // A 404 answered with a web page: the path reached a web server or CDN, not an API, which
      // answers a missing model in JSON. A path written twice is a base URL that already ends in it.
      { status: [404], message: ['<html'] },
      { message: DOUBLED_PATH },
      // A server's own words for a path it has no handler for: "Route not found", "The requested
      // endpoint was not found. please make sure to use ... as the base URL"; OpenAI's 404 for a path
      // it does not serve, "Invalid URL (POST /v1/chat/completions/chat/completions)" and "Unknown
      // request URL: POST /v1/...". "Invalid URL" is also the WHATWG URL parser's TypeError for a base
      // URL that does not parse at all (browsers' "Failed to construct 'URL': Invalid URL", Node's
      // ERR_INVALID_URL): the same fix. CONFIG in 50 of the 57 corpus rows that hold "Invalid URL";
      // they were read as the CONFIG category's generic code, whose page is LiteLLM's own config.
      // Bun's URL parser says it in other words: `TypeError [ERR_INVALID_URL]: "undefined/chat/completions"
      // cannot be parsed as a URL.` (oven-sh/bun#19728; a base URL that was never set; CONFIG in 3 of 3 rows).
      // Cloudflare's API for a path it has no route for, "No route for that URI" (code 7000) and
      // "Could not route to /client/v4/accounts/<id>/ai/..., perhaps your object identifier is invalid?"
      // (code 7003, an account id left unset: anomalyco/opencode#18552, #23773; CONFIG in 4 of 4 rows);
      // Envoy's response detail `route_not_found` (envoyproxy.io "Response code details").
      { message: ['Route not found', 'endpoint was not found', 'Invalid URL', 'Unknown request URL', 'cannot be parsed as a URL', 'No route for that URI', 'Could not route to', 'route_not_found'] },
      // A 404 for a request whose URL, as the client logs it ("for url:", "GET"/"POST", "at"), is a bare
      // base URL ("…/openai/v1/": the client called the base itself) or puts the endpoint straight
      // after the host with no version segment ("http://127.0.0.1:11434/chat/completions", where
      // OpenAI, Groq, OpenRouter and Ollama all serve it under `/v1`): the base URL is wrong.
      // CONFIG in the 6 corpus rows that hold either with a 404 (none lost).
      { status: [404], message: [REQUESTED_BASE_URL] },
      // 405 Method Not Allowed: the path exists but not for a POST (a web page, the server's root, a
      // models list), so it is the same wrong base URL or path (CONFIG in 14 of the 22 corpus rows that show a
      // 405, INVALID_REQUEST alone in 6).
      { status: [405] },
    ],
    samples: [
      {
        source: 'Go net/http default 404 text (http.NotFound) from a local OpenAI-compatible server, pasted from a client log',
        kind: 'text',
        text: '404 page not found',
      },
      {
        source: 'Go net/http default 404 (http.NotFound) as the server sends it: a local OpenAI-compatible server asked for a path it lacks',
        kind: 'http',
        status: 404,
        headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
        body: '404 page not found\n',
      },
      {
        source: 'Express default 404 page (finalhandler) as the server sends it, for a POST to a path it lacks',
        kind: 'http',
        status: 404,
        headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'" },
        body: '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot POST /v1/chat/completions</pre>\n</body>\n</html>\n',
      },
      {
        source: 'openai-node NotFoundError for an Express server without the route (finalhandler: "Cannot <METHOD> <path>")',
        kind: 'text',
        text: 'NotFoundError: 404 Cannot POST /llm/v1/chat/completions',
      },
      {
        source: 'openai-python NotFoundError for a FastAPI server\'s default 404 body (http_exception_handler), the body as a Python dict',
        kind: 'text',
        text: "openai.NotFoundError: Error code: 404 - {'detail': 'Not Found'}",
      },
      {
        source: 'LM Studio\'s server log for a path it does not serve (cline/cline #224: a base URL without /v1); it answers 200 with no completion',
        kind: 'text',
        text: '[ERROR] Unexpected endpoint or method. (POST /chat/completions). Returning 200 anyway',
      },
      {
        source: 'nginx default 404 page (ngx_http_error_404_page) in front of an API whose path it does not proxy',
        kind: 'http',
        status: 404,
        headers: { 'content-type': 'text/html', server: 'nginx' },
        body: '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
      },
      {
        source: 'continuedev/continue #7178: a base URL that already ended in /v1/completions, so the client\'s path doubled',
        kind: 'text',
        text: 'Continue Autocomplete Error: HTTP 404 Not Found from https://codestral.mistral.ai/v1/completions/chat/completions',
      },
      {
        source: 'OpenAI 404 for a path it does not serve, as openai-node prints it (openai/openai-node #1074)',
        kind: 'text',
        text: '404 Invalid URL (POST /v1/chat/completions)',
      },
      {
        source: 'The WHATWG URL parser refusing a base URL that does not parse, in an Electron app (logancyang/obsidian-copilot #895)',
        kind: 'text',
        text: "TypeError: Failed to construct 'URL': Invalid URL",
      },
      {
        source: 'Flask (Werkzeug NotFound) default 404 page, as an app printed the body',
        kind: 'text',
        text: '<!doctype html> <html lang=en> <title>404 Not Found</title> <h1>Not Found</h1> <p>The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.</p>',
      },
      {
        source: 'Spring Boot default error body (DefaultErrorAttributes) for a path a Java gateway has no handler for, as a Python client prints it (pingcap/autoflow#281)',
        kind: 'text',
        text: "Error code: 404 - {'timestamp': '2024-09-17T01:04:34.633+00:00', 'status': 404, 'error': 'Not Found', 'path': '/v4/completions'}",
      },
    ],
    summary: 'The server at the base URL has no such route, or the base URL does not parse: the base URL or path the client calls is wrong, not the model.',
    cause: 'A web server answers 404 with its framework\'s default text when no handler serves the path: Go\'s `404 page not found`, Express\'s `Cannot POST /path`, Flask\'s "The requested URL was not found on the server", FastAPI\'s `{"detail":"Not Found"}`, Spring Boot\'s `{"timestamp":…,"status":404,"error":"Not Found","path":"/v4/v1/chat/completions"}` (a Java gateway), or a web page (nginx\'s or a CDN\'s, where an API answers a missing model in JSON); xAI says "Please double check your URL"; LM Studio logs "Unexpected endpoint or method. (POST /path)" and answers 200 with no completion. A 405 Method Not Allowed says the same with other words: the path exists, but not for a POST (a web page, the server\'s root). The request reached a server, so the host and port are right; the path is not. The usual causes: the base URL lacks `/v1` (or has it twice), it already ends in `/chat/completions` or `/responses` (the client appends that itself, so the path doubles: `/v1/v1/`, `/chat/completions/chat/completions`), or it points at the server\'s root instead of its OpenAI-compatible API. Another model on the same base URL fails the same way, so a fallback helps only if it goes elsewhere. LiteLLM maps the 404 to `NotFoundError` and cools the deployment down. OpenAI says it in words, "Invalid URL (POST /v1/chat/completions/chat/completions)"; a client whose base URL does not parse at all (empty, no `http://`, a stray space) fails before sending anything, with the URL parser\'s "Invalid URL" (browsers: "Failed to construct \'URL\': Invalid URL"; Node: "TypeError: Invalid URL"): the same setting to fix.',
    resolution: [
      {
        text: `Ask the same base URL for its model list: an OpenAI-compatible server answers \`GET <base URL>/models\` with JSON. For the proxy that is \`${PROXY_URL}/v1/models\`; 200 means the proxy route is right and the 404 came from a deployment behind it.`,
        command: {
          bash: `curl -sS -o /dev/null -w '%{http_code}\\n' ${PROXY_URL}/v1/models -H "Authorization: Bearer $LITELLM_MASTER_KEY"`,
          powershell: `(Invoke-WebRequest -Uri ${PROXY_URL}/v1/models -Headers @{ Authorization = "Bearer $env:LITELLM_MASTER_KEY" } -SkipHttpErrorCheck).StatusCode`,
        },
      },
      { text: `In Kilo Code's OpenAI Compatible provider set the base URL to \`${PROXY_URL}/v1\`: the client adds \`/chat/completions\` itself.` },
      {
        text: 'For a deployment in proxy_config.yaml, `api_base` is the API root of the server (`https://api.groq.com/openai/v1`, a vLLM server\'s `http://host:8000/v1`), never a path ending in `/chat/completions`; doctor checks it.',
        command: { bash: 'npx provider-fallback doctor', powershell: 'npx provider-fallback doctor' },
      },
    ],
    windows: WINDOWS_HTTP,
    related: ['http-404', 'litellm-config-error', 'openrouter-no-endpoints'],
    litellm: { exception: 'NotFoundError', retryPolicyKey: null },
    playbook: {
      detect: 'HTTP 404 whose body is a web framework\'s default (`404 page not found`, `Cannot POST /...`, `{"detail":"Not Found"}`) or a web page, not a JSON error about a model; or a URL whose API path is written twice.',
      triage: ['Does `GET <base URL>/models` answer 200?', 'Does the base URL end in `/v1` exactly once, and not in `/chat/completions`?'],
      mitigate: ['Fix the base URL in Kilo Code or `api_base` in proxy_config.yaml and reload the proxy.'],
      escalate: 'If the documented base URL of the provider answers this 404, its API path changed: check its changelog.',
    },
    alert: { fires: true, rule: 'ProviderModelNotFound' },
    seedGaps: [],
    sources: [
      RFC_9110,
      { kind: 'upstream', repo: 'golang/go', path: 'src/net/http/server.go', symbol: 'NotFound', commit: 'cf501e05e138e6911f759a5db786e90b295499b9' },
      { kind: 'upstream', repo: 'pillarjs/finalhandler', path: 'index.js', symbol: 'finalhandler', commit: 'd925d442178a0cf7e5fc90d8de0e2295d80d5448' },
      { kind: 'upstream', repo: 'pallets/werkzeug', path: 'src/werkzeug/exceptions.py', symbol: 'NotFound', commit: '2dfb6dc62ad9ba5d61acecdb7f9e6e7204594b6f' },
      { kind: 'upstream', repo: 'fastapi/fastapi', path: 'fastapi/exception_handlers.py', symbol: 'http_exception_handler', commit: '04393d27948599deb92244ed244ace2cee5fe169' },
      { kind: 'upstream', repo: 'spring-projects/spring-boot', path: 'spring-boot-project/spring-boot/src/main/java/org/springframework/boot/web/servlet/error/DefaultErrorAttributes.java', symbol: 'getErrorAttributes', commit: '12381467da22899baac84837436274230c278751' },
      { kind: 'web', title: 'autoflow #281: a Spring Boot default 404 body for a base URL with the wrong path', url: 'https://github.com/pingcap/autoflow/issues/281' },
      { kind: 'web', title: 'vllm #5082: {"detail":"Not Found"} for a path the OpenAI-compatible server does not have', url: 'https://github.com/vllm-project/vllm/issues/5082' },
      { kind: 'web', title: 'tg-signer #56: xAI 404 "No handler found on route. Please double check your URL"', url: 'https://github.com/amchii/tg-signer/issues/56' },
      { kind: 'web', title: 'nginx: default error pages (ngx_http_error_404_page)', url: 'https://github.com/nginx/nginx/blob/master/src/http/ngx_http_special_response.c' },
      { kind: 'web', title: 'continue #7178: a doubled path from a base URL that already ended in the API path', url: 'https://github.com/continuedev/continue/issues/7178' },
      { kind: 'web', title: 'cline #224: LM Studio logs "Unexpected endpoint or method. (POST /chat/completions). Returning 200 anyway"', url: 'https://github.com/cline/cline/issues/224' },
      { kind: 'web', title: 'openai-node #1074: OpenAI answers 404 "Invalid URL (POST /v1/chat/completions)" for a path it does not serve', url: 'https://github.com/openai/openai-node/issues/1074' },
      { kind: 'web', title: 'WHATWG URL Standard: the URL constructor throws a TypeError when the input does not parse', url: 'https://url.spec.whatwg.org/#dom-url-url' },
      LITELLM_NOT_FOUND_ERROR,
      LITELLM_IS_COOLDOWN_REQUIRED,
    ],
    lifecycle: 'active',
    since: '0.1.0',
  },
  {
    code: 'http-408',
    aliases: ['408'],
    title: 'HTTP 408 Request Timeout (any provider)',
    source: 'http',
    category: 'TIMEOUT',
    severity: 'MEDIUM',
    httpStatus: 408,
    retryable: true,
    action: 'fallback',
    match: [{ status: [408] }],
    samples: [
      {
        source: 'HAProxy default 408 page from a load balancer in front of the API',
        kind: 'http',
        status: 408,
        headers: { 'content-type': 'text/html', 'cache-control': 'no-cache', connection: 'close' },
        body: "<html><body><h1>408 Request Time-out</h1>\nYour browser didn't send a complete request in time.\n</body></html>",
      },
      {
        source: 'Bare status line pasted from a client log',
        kind: 'text',
        text: 'HTTP 408 Request Timeout',
      },
    ],
    summary: 'A server gave up waiting on the request; which hop timed out is in the message, if anywhere.',
    cause: 'OpenRouter answers 408 when a request times out. LiteLLM maps its own `Timeout` (the deployment `timeout` or `stream_timeout` ran out) to 408, with messages such as `litellm.Timeout: APITimeoutError - Request timed out.`; a 408 also puts the deployment into cooldown. A load balancer answers 408 when the client sent the body too slowly. openai-node and groq-sdk retry 408 by themselves (twice by default). The provider may already have accepted and billed the request, so repeating it at once on the same target doubles the cost without making it faster.',
    resolution: [
      WHICH_HOP,
      { text: 'Compare the time the request took with the deployment\'s `timeout` and `stream_timeout` in proxy_config.yaml (60 s and 15 s for groq-primary): a 408 right at that mark is LiteLLM\'s own timeout, not the provider\'s.' },
      { text: 'Let LiteLLM fall back instead of waiting again: keep `TimeoutErrorRetries` at 1 or less and the fallback chain in `router_settings.fallbacks`.' },
      LITELLM_LOGS,
    ],
    windows: WINDOWS_HTTP,
    related: ['openrouter-timeout', 'litellm-timeout', 'http-504', 'timeout-error'],
    litellm: { exception: 'Timeout', retryPolicyKey: 'TimeoutErrorRetries' },
    playbook: {
      detect: 'HTTP 408 with no provider marker.',
      triage: ['How long did the request take compared with the configured timeouts?', 'Is one model group slow (x-litellm-model-group) or all of them?'],
      mitigate: ['Fall back to the next model group.', 'Raise `timeout` for a group only if its normal latency really is close to the limit.'],
      escalate: 'If one provider times out for more than 15 minutes, check its status page and move it behind the other providers in the chain.',
    },
    alert: { fires: true, rule: 'LiteLLMProxyTimeouts' },
    seedGaps: ['P2-5'],
    sources: [
      { kind: 'web', title: 'MDN: HTTP 408', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/408' },
      RFC_9110,
      LITELLM_EXCEPTIONS_TIMEOUT,
      LITELLM_IS_COOLDOWN_REQUIRED,
      LITELLM_EXCEPTION_TYPE,
    ],
    lifecycle: 'active',
    since: '0.1.0',
  },
  {
    code: 'http-413',
    aliases: ['413'],
    title: 'HTTP 413 Payload Too Large (any provider)',
    source: 'http',
    category: 'INVALID_REQUEST',
    severity: 'MEDIUM',
    httpStatus: 413,
    retryable: false,
    action: 'fail',
    match: [{ status: [413] }],
    samples: [
      {
        source: 'nginx default 413 page (client_max_body_size) from a reverse proxy in front of the API',
        kind: 'http',
        status: 413,
        headers: { 'content-type': 'text/html', server: 'nginx' },
        body: '<html>\r\n<head><title>413 Request Entity Too Large</title></head>\r\n<body>\r\n<center><h1>413 Request Entity Too Large</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>',
      },
      {
        source: 'openai-node plain APIError for an unlisted status (openai-node src/core/error.ts), pasted from a client log',
        kind: 'text',
        text: '413 status code (no body)',
      },
    ],
    summary: 'A server refused the request as too large: a provider or a proxy in front of it.',
    cause: 'From Groq a 413 is almost always the per-minute token limit, not the body size: "Request too large for model … on tokens per minute (TPM)" with `code: rate_limit_exceeded`, and Groq counts the requested `max_tokens` against TPM before running the request. OpenRouter uses 413 for `error_type: payload_too_large`. OpenAI reports a request bigger than its TPM limit as 429, not 413. A reverse proxy (nginx `client_max_body_size`) answers 413 with an HTML page when a long conversation exceeds its body limit. Kilo Code treats every 413 as a context overflow, so it may tell the user to shorten the context when the real fix is a smaller `max_tokens` or a proxy setting. LiteLLM has no class for 413 (a "Request too large" message becomes `RateLimitError`; otherwise a generic `APIError`).',
    resolution: [
      WHICH_HOP,
      { text: 'If the body is an HTML page from your own reverse proxy, raise its body limit (nginx: `client_max_body_size`) for the `/v1/` location and reload it.' },
      { text: 'If the message says "tokens per minute (TPM)", it is Groq\'s TPM limit: lower `max_tokens` in Kilo Code (the model\'s output limit) so the reservation fits the window; see groq-request-too-large.' },
      { text: 'Otherwise shorten the conversation (start a new task or let Kilo Code condense the context) before sending it again.' },
    ],
    windows: WINDOWS_HTTP,
    related: ['groq-request-too-large', 'groq-context-length', 'openrouter-context-limit', 'http-429'],
    litellm: { exception: 'APIError', retryPolicyKey: null },
    playbook: {
      detect: 'HTTP 413; Kilo Code reports it as a context overflow.',
      triage: ['HTML page (proxy body limit) or JSON (provider)?', 'Does the message mention tokens per minute?'],
      mitigate: ['Lower `max_tokens` for TPM cases.', 'Raise the reverse proxy body limit for size cases.'],
      escalate: 'If short requests also get 413, capture one full response and check the proxy chain configuration with whoever runs it.',
    },
    alert: { fires: false, why: 'Through LiteLLM a Groq 413 is a RateLimitError (429, covered by GroqRateLimited); other 413s are oversized single requests the client must shrink, not an operator page' },
    seedGaps: [],
    sources: [
      { kind: 'web', title: 'MDN: HTTP 413', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/413' },
      RFC_9110,
      KILOCODE_ERROR_PARSEAPICALLERROR,
      LITELLM_EXCEPTION_TYPE,
    ],
    lifecycle: 'active',
    since: '0.1.0',
  },
  {
    code: 'http-422',
    aliases: ['422'],
    title: 'HTTP 422 Unprocessable Entity (any provider)',
    source: 'http',
    category: 'INVALID_REQUEST',
    severity: 'LOW',
    httpStatus: 422,
    retryable: false,
    action: 'fail',
    match: [{ status: [422] }],
    samples: [
      {
        source: 'FastAPI/pydantic request-validation body from an OpenAI-compatible server built on FastAPI',
        kind: 'http',
        status: 422,
        headers: { 'content-type': 'application/json' },
        body: { detail: [{ loc: ['body', 'messages'], msg: 'Field required', input: { model: 'groq-primary' } }] },
      },
      {
        source: 'openai-node UnprocessableEntityError message "<status> status code (no body)" (openai-node src/core/error.ts)',
        kind: 'text',
        text: '422 status code (no body)',
      },
    ],
    summary: 'A server parsed the request but found it semantically invalid, in words no provider-specific code covers.',
    cause: 'Groq documents 422 for well-formed requests that are semantically invalid, and also mentions model hallucinations, for which it suggests one retry. OpenRouter uses 422 for `error_type: unprocessable`. Servers built on FastAPI answer 422 with a `detail` list when a required field is missing or has the wrong type. LiteLLM maps a 422 from OpenAI-compatible providers (Groq, OpenAI) to `BadRequestError`; other providers become `UnprocessableEntityError`. The request needs fixing; resending it unchanged gives the same answer, except in Groq\'s hallucination case.',
    resolution: [
      WHICH_HOP,
      { text: 'Read the `detail` list or message: it names the field (`loc`) and the problem (`msg`). Fix that field in the client or in the model group settings.' },
      { text: 'If the message is Groq\'s and mentions the model output rather than a request field, one manual retry is reasonable; do not automate more than one.' },
    ],
    windows: WINDOWS_HTTP,
    related: ['http-400', 'groq-json-validate-failed', 'groq-function-call-error'],
    litellm: { exception: 'BadRequestError', retryPolicyKey: 'BadRequestErrorRetries' },
    playbook: {
      detect: 'HTTP 422 with no provider marker.',
      triage: ['Which field does the body name?', 'Did a client upgrade change the request shape?'],
      mitigate: ['Fix the field; roll back the client if a release introduced it.'],
      escalate: 'If a request that follows the provider\'s documented schema gets 422, report it to the provider with the request id.',
    },
    alert: { fires: false, why: 'Per-request semantic rejection (or a client bug); no metric isolates it and it does not need an operator' },
    seedGaps: [],
    sources: [
      { kind: 'web', title: 'MDN: HTTP 422', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/422' },
      { kind: 'upstream', repo: 'BerriAI/litellm', path: 'litellm/exceptions.py', symbol: 'UnprocessableEntityError', commit: '64ecc9ba9e56ea887efe118b84ed0284034f47eb' },
      LITELLM_EXCEPTION_TYPE,
    ],
    lifecycle: 'active',
    since: '0.1.0',
  },
  {
    code: 'http-429',
    aliases: ['429'],
    title: 'HTTP 429 Too Many Requests (any provider)',
    source: 'http',
    category: 'RATE_LIMIT',
    severity: 'MEDIUM',
    httpStatus: 429,
    retryable: true,
    action: 'fallback',
    match: [{ status: [429] }],
    samples: [
      {
        source: 'nginx limit_req page (limit_req_status 429) from a reverse proxy in front of an OpenAI-compatible server',
        kind: 'http',
        status: 429,
        headers: { 'content-type': 'text/html', server: 'nginx', 'retry-after': '20' },
        body: '<html>\r\n<head><title>429 Too Many Requests</title></head>\r\n<body>\r\n<center><h1>429 Too Many Requests</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>',
      },
      {
        source: 'openai-node RateLimitError message "<status> status code (no body)" (openai-node src/core/error.ts), pasted from a client log',
        kind: 'text',
        text: '429 status code (no body)',
      },
    ],
    summary: 'A server refused the request because a rate, quota or budget limit was reached, in words no provider-specific code covers.',
    cause: 'Many different limits share 429. Groq: per-organization RPM/TPM windows (retry in seconds) and RPD/TPD daily windows (can take hours), with `retry-after` in seconds and `x-ratelimit-reset-*` as Go-style durations. OpenAI: `rate_limit_exceeded` (retry is fine) versus `insufficient_quota` (the balance is empty: never retry). OpenRouter: platform limits such as `free-models-per-day` (20 RPM and 50 or 1000 requests per day on `:free` models) and upstream provider limits (`metadata.provider_name`), with `X-RateLimit-Reset` in epoch milliseconds. LiteLLM: `No deployments available for selected model` when every deployment of a group is cooling down (the "Try again in 60 seconds" text is not the real cooldown, which defaults to 5 s), its own key/team limiter ("Crossed TPM / RPM / Max Parallel Request Limit", which never triggers router fallbacks, #23749), and recent budget errors. openai-node retries 429 twice by default and Kilo Code up to 5 times, so a daily limit turns into minutes of useless retries unless the request falls over to another provider.',
    resolution: [
      WHICH_HOP,
      { text: 'Read the limit from the message: "per minute" clears within a minute; "per day", `insufficient_quota`, "free-models-per-day" or "Budget has been exceeded" do not, so fail over instead of waiting.' },
      {
        text: 'Read the retry hint from the headers: `retry-after-ms`, then `retry-after` (seconds), then Groq\'s `x-ratelimit-reset-*` (Go durations such as `2m59.56s`) or OpenRouter\'s `X-RateLimit-Reset` (epoch ms).',
        command: {
          bash: `curl -sS -D - -o /dev/null ${PROXY_URL}/v1/chat/completions -H "Authorization: Bearer $LITELLM_MASTER_KEY" -H "Content-Type: application/json" -d '{"model":"groq-primary","messages":[{"role":"user","content":"ping"}],"max_tokens":5}' | grep -iE 'retry-after|ratelimit|x-litellm'`,
          powershell: `$r = Invoke-WebRequest -Method Post -Uri ${PROXY_URL}/v1/chat/completions -Headers @{ Authorization = "Bearer $env:LITELLM_MASTER_KEY" } -ContentType 'application/json' -Body '{"model":"groq-primary","messages":[{"role":"user","content":"ping"}],"max_tokens":5}' -SkipHttpErrorCheck; $r.Headers.GetEnumerator() | Where-Object Key -match 'retry-after|ratelimit|x-litellm'`,
        },
      },
      { text: 'Keep `router_settings.retry_policy.RateLimitErrorRetries: 0` and a `fallbacks` entry for every model group so LiteLLM fails over at once instead of sleeping on one provider (BerriAI/litellm #3274).' },
      { text: 'If the 429 comes from LiteLLM\'s own key or team limiter, raise that key\'s `rpm_limit`/`tpm_limit` (set through `/key/generate` or `/key/update`), because router fallbacks never see those 429s.' },
    ],
    windows: WINDOWS_HTTP + ' `Invoke-RestMethod` throws on 429; with `-SkipHttpErrorCheck` or in `catch { $_.Exception.Response.Headers }` you can still read `retry-after`.',
    related: ['groq-rate-limit', 'groq-daily-limit', 'openai-rate-limit', 'openai-insufficient-quota', 'openrouter-rate-limit', 'openrouter-upstream-rate-limit', 'litellm-no-deployments', 'litellm-proxy-rate-limit', 'litellm-budget-exceeded', 'kilo-rate-limit'],
    litellm: { exception: 'RateLimitError', retryPolicyKey: 'RateLimitErrorRetries' },
    playbook: {
      detect: 'HTTP 429 with no provider marker; `x-litellm-attempted-fallbacks` on proxy responses shows whether fallbacks ran.',
      triage: ['Short window (per minute) or long (per day, quota, budget)?', 'Did the fallback provider answer (`x-litellm-model-group` on the next success)?'],
      mitigate: ['Nothing to do if fallbacks answered and the window is per minute.', 'For daily, quota or budget limits, move traffic to another provider or raise the limit.'],
      escalate: 'If every provider in the chain returns 429 for more than 15 minutes, page the owner of the accounts to raise plans or budgets.',
    },
    alert: { fires: true, rule: 'LiteLLMProxyRateLimited' },
    seedGaps: ['P2-6', 'P1-5', 'P2-7'],
    seed: { id: '429', correction: 'A 429 is not always "wait and retry with backoff": OpenAI `insufficient_quota`, Groq daily limits (TPD/RPD), OpenRouter `free-models-per-day`, LiteLLM cooldowns (`No deployments available`) and recent LiteLLM budget errors all arrive as 429. Classify by provider and body first; fail over for anything longer than a minute.' },
    sources: [
      { kind: 'web', title: 'MDN: HTTP 429', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/429' },
      KILOCODE_SESSION_RETRY,
      { kind: 'upstream', repo: 'BerriAI/litellm', path: 'litellm/exceptions.py', symbol: 'RateLimitError', commit: '64ecc9ba9e56ea887efe118b84ed0284034f47eb' },
      LITELLM_IS_COOLDOWN_REQUIRED,
      { kind: 'web', title: 'LiteLLM: provider rate limit returned as 400', url: 'https://github.com/BerriAI/litellm/issues/37599' },
    ],
    lifecycle: 'active',
    since: '0.1.0',
  },
  {
    code: 'http-500',
    aliases: ['500'],
    title: 'HTTP 500 Internal Server Error (any provider)',
    source: 'http',
    category: 'SERVER',
    severity: 'MEDIUM',
    httpStatus: 500,
    retryable: true,
    action: 'retry',
    match: [
      { status: [500] },
      // Ollama's answer when the model's runner process crashed (out of memory, a bad model file); the
      // word "terminated" in it is not a cut stream.
      { message: ['runner process has terminated'] },
      // LiteLLM raises an exception it cannot map as APIConnectionError with the original's text
      // (exception_mapping_utils.py exception_type, its last branch). A quote right after the colon
      // is Python's own text for a bug in LiteLLM's code, not a connection that failed: a KeyError
      // prints only the missing key ("litellm.APIConnectionError: 'name'", an answer of a shape the
      // code did not expect), a TypeError the type ("'NoneType' object is not subscriptable").
      // SERVER in all 6 corpus rows that show it (6 threads).
      { message: ["APIConnectionError: '"] },
      // pydantic's "1 validation error for ChatCompletion": an answer that does not fit the client's
      // model of a response (openai-python's ChatCompletion, pydantic-ai's "Invalid response from ...
      // chat completions endpoint", ollama-python's ShowResponse). The INVALID_REQUEST cue
      // "validation" would read it as the request's fault; SERVER in all 12 corpus rows that show it.
      // Go's encoding/json failing on an answer, "json: cannot unmarshal number into Go struct field
      // ChatCompletionResponse.created" or "into Go value of type apierror.Error": a type named for a
      // response or an error is the client's model of the answer (go-openai, simple-one-api), where a
      // server decoding a request names the request's ("ChatRequest.messages": the request's fault).
      // Not go-openai's ErrorResponse, which it decodes an error body into after the status it prints
      // ("error, status code: 400, ... Go value of type openai.ErrorResponse"): that status decides.
      // SERVER in the 4 corpus rows that name such a type (none lost).
      { message: ['validation errors? for \\w*(?:Response|Completion)\\b', 'into Go (?:struct field|value of type) [\\w.]*(?:[^r]Response|Error)\\b'] },
    ],
    samples: [
      {
        source: 'Plain-text 500 body (Starlette/FastAPI default) from an OpenAI-compatible server',
        kind: 'http',
        status: 500,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        body: 'Internal Server Error',
      },
      {
        source: 'Bare status line pasted from a client log',
        kind: 'text',
        text: 'HTTP 500 Internal Server Error',
      },
      {
        source: 'LiteLLM relaying a KeyError from its Ollama handler as APIConnectionError (HolmesGPT/holmesgpt #129)',
        kind: 'text',
        text: "APIConnectionError: litellm.APIConnectionError: 'name'\nTraceback (most recent call last):\n  File \"litellm/llms/ollama.py\", line 293, in get_ollama_response\nKeyError: 'name'",
      },
    ],
    summary: 'A server failed while handling the request; which hop failed is in the message, if anywhere.',
    cause: 'Groq and OpenAI use 500 for their own internal errors ("The server had an error while processing your request"); both are usually transient. OpenRouter uses 500 for `error_type: server` (the message is masked) and `unmapped`. Through LiteLLM a 500 is often something else: `APIConnectionError` (the provider could not be reached at all, for example "Connection error."; but LiteLLM also raises it for any exception it cannot map, so `APIConnectionError: \'name\'` is a KeyError in its own code), `InternalServerError`, and `Authentication Error, Database not connected` (the proxy\'s Postgres is down) are all returned as 500. Kilo Code and openai-node retry 5xx automatically.',
    resolution: [
      WHICH_HOP,
      { text: 'If a quote follows `APIConnectionError:` (`litellm.APIConnectionError: \'name\'`, `... \'NoneType\' object ...`), the provider was reached: LiteLLM\'s own code failed on an answer it did not expect (an unmapped KeyError or TypeError, its traceback below the line). Upgrade LiteLLM, or report the traceback to BerriAI/litellm with the model and provider.' },
      { text: 'Otherwise, if the message contains "Connection error" or `APIConnectionError`, the proxy could not reach the provider: run the network checks of fetch-failed from the proxy host.' },
      {
        text: 'If the message mentions the database, check the proxy\'s readiness endpoint (`db` must be `connected`).',
        command: {
          bash: `curl -sS ${PROXY_URL}/health/readiness`,
          powershell: `Invoke-RestMethod -Uri ${PROXY_URL}/health/readiness`,
        },
      },
      { text: 'Otherwise retry once; if the same provider keeps returning 500, let the fallback chain move on (the proxy retries 5xx `num_retries` times: no `retry_policy` key covers them).' },
    ],
    windows: WINDOWS_HTTP,
    related: ['groq-server-error', 'openai-server-error', 'litellm-db-unavailable', 'fetch-failed', 'http-502', 'http-503'],
    litellm: { exception: 'InternalServerError', retryPolicyKey: null },
    playbook: {
      detect: 'HTTP 500 with no provider marker.',
      triage: ['Provider exception, connection error or database message?', 'One model group or all?'],
      mitigate: ['Retry once, then fall back.', 'Restore the database or network path if the message points there.'],
      escalate: 'If one provider returns 500 for more than 15 minutes, check its status page and report with request ids.',
    },
    alert: { fires: true, rule: 'LiteLLMProxyServerErrors' },
    seedGaps: ['P2-7'],
    seed: { id: '500', correction: 'Through LiteLLM a 500 is often not a provider bug: `APIConnectionError` (the provider could not be reached) and `Authentication Error, Database not connected` are also returned as 500. Read the message before blaming the provider.' },
    sources: [
      RFC_9110,
      { kind: 'upstream', repo: 'BerriAI/litellm', path: 'litellm/exceptions.py', symbol: 'InternalServerError', commit: '64ecc9ba9e56ea887efe118b84ed0284034f47eb' },
      LITELLM_EXCEPTION_TYPE,
      { kind: 'web', title: "HolmesGPT #129: litellm.APIConnectionError: 'name', a KeyError in LiteLLM's Ollama handler", url: 'https://github.com/HolmesGPT/holmesgpt/issues/129' },
      KILOCODE_SESSION_RETRY,
    ],
    lifecycle: 'active',
    since: '0.1.0',
  },
  {
    code: 'http-502',
    aliases: ['502'],
    title: 'HTTP 502 Bad Gateway (any provider)',
    source: 'http',
    category: 'SERVER',
    severity: 'MEDIUM',
    httpStatus: 502,
    retryable: true,
    action: 'fallback',
    match: [
      { status: [502] },
      // Cloudflare AI Gateway's error 2005 (developers.cloudflare.com/ai-gateway/reference/errors/): the
      // gateway got no answer from the provider, whatever status it put on the reply (a 400 has been seen).
      { message: ['Failed to get response from provider'] },
    ],
    samples: [
      {
        source: 'Cloudflare AI Gateway error 2005 answered with HTTP 400 (github.com/cloudflare/ai/issues/611)',
        kind: 'http',
        status: 400,
        body: { success: false, result: [], messages: [], error: [{ code: 2005, message: 'Failed to get response from provider' }] },
      },
      {
        source: 'nginx default 502 page from a reverse proxy whose upstream (the LiteLLM proxy) is down',
        kind: 'http',
        status: 502,
        headers: { 'content-type': 'text/html', server: 'nginx' },
        body: '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>',
      },
      {
        source: 'Bare status line pasted from a client log',
        kind: 'text',
        text: '502 Bad Gateway',
      },
    ],
    summary: 'A gateway got no valid answer from the server behind it.',
    cause: 'Groq answers 502 when its upstream fails (retryable). OpenRouter answers 502 "Provider returned error" (`error_type: provider_unavailable`) when the chosen model is down or sent an invalid response. LiteLLM raises `APIError` with status 502 (its mapping for these providers has no 502 branch). A reverse proxy in front of LiteLLM answers 502 with its own HTML page when the LiteLLM process is down or restarting. Cloudflare AI Gateway says the same with its error 2005 "Failed to get response from provider", sometimes with a 400 status. Kilo Code retries 502 automatically.',
    resolution: [
      WHICH_HOP,
      {
        text: 'If the body is an HTML page from your own reverse proxy, check that LiteLLM is alive behind it.',
        command: {
          bash: `curl -sS ${PROXY_URL}/health/liveliness`,
          powershell: `Invoke-RestMethod -Uri ${PROXY_URL}/health/liveliness`,
        },
      },
      { text: 'If the message is "Provider returned error", the OpenRouter provider behind the model failed: let the chain fall back, or pin a different provider in OpenRouter\'s `provider.order`.' },
    ],
    windows: WINDOWS_HTTP,
    related: ['groq-server-error', 'openrouter-provider-error', 'http-500', 'http-503', 'http-504', 'ECONNREFUSED'],
    // No 502 branch for OpenAI-compatible providers or OpenRouter in exception_type (@ 8ce54ac6): APIError with status 502.
    litellm: { exception: 'APIError', retryPolicyKey: null },
    playbook: {
      detect: 'HTTP 502 with no provider marker; an HTML body means a reverse proxy.',
      triage: ['Is `/health/liveliness` answering?', 'Provider message or gateway page?'],
      mitigate: ['Restart the proxy if it is down.', 'Fall back to the next model group for provider 502s.'],
      escalate: 'If 502s continue for more than 15 minutes with a healthy proxy, check the provider status pages.',
    },
    alert: { fires: true, rule: 'LiteLLMProxyServerErrors' },
    seedGaps: ['P2-7'],
    seed: { id: '502' },
    sources: [
      RFC_9110,
      LITELLM_EXCEPTION_TYPE,
      KILOCODE_SESSION_RETRY,
    ],
    lifecycle: 'active',
    since: '0.1.0',
  },
  {
    code: 'http-503',
    aliases: ['503'],
    title: 'HTTP 503 Service Unavailable (any provider)',
    source: 'http',
    category: 'OVERLOADED',
    severity: 'HIGH',
    httpStatus: 503,
    retryable: true,
    action: 'fallback',
    // Gemini's Code Assist backend answers a model out of capacity with a 429, "No capacity
    // available for model X on the server" (google-gemini/gemini-cli#19911, lbjlaq/Antigravity-Manager#583):
    // the server is full, not the caller's rate (OVERLOADED in all 19 corpus rows that hold it).
    match: [{ status: [503] }, { status: [429], message: ['No capacity available'] }],
    samples: [
      {
        source: 'Envoy 503 body from a service mesh or gateway with no healthy upstream',
        kind: 'http',
        status: 503,
        headers: { 'content-type': 'text/plain', server: 'envoy' },
        body: 'no healthy upstream',
      },
      {
        source: 'Bare status line pasted from a client log',
        kind: 'text',
        text: 'HTTP 503 Service Unavailable',
      },
    ],
    summary: 'A server is overloaded or in maintenance and did not process the request, in words no provider-specific code covers.',
    cause: 'Groq answers 503 for maintenance or overload. OpenAI answers 503 `server_is_overloaded` / `slow_down`, sometimes as an in-stream error inside an HTTP 200. OpenRouter answers 503 when no provider meets the routing requirements (`error_type: provider_overloaded`), and may send `Retry-After`. LiteLLM raises `ServiceUnavailableError` (and `MidStreamFallbackError` for mid-stream failures). A gateway in front of the API (nginx, Envoy) answers 503 when it has no healthy upstream. Kilo Code retries 503 automatically.',
    resolution: [
      WHICH_HOP,
      { text: 'Honour `Retry-After` if it is present; otherwise fall back to the next model group instead of hammering an overloaded provider.' },
      { text: 'Check the providers\' status pages for an incident (Groq, OpenAI, OpenRouter) and, if one provider is down for long, move it behind the others in `router_settings.fallbacks`.' },
    ],
    windows: WINDOWS_HTTP,
    related: ['groq-server-overload', 'groq-model-overload', 'openai-overloaded', 'openrouter-no-provider', 'http-502', 'http-504'],
    litellm: { exception: 'ServiceUnavailableError', retryPolicyKey: null },
    playbook: {
      detect: 'HTTP 503 with no provider marker.',
      triage: ['Retry-After present?', 'One model group or all? A provider incident?'],
      mitigate: ['Fall back; reorder the chain if the outage lasts.'],
      escalate: 'If the primary provider is unavailable for more than 30 minutes, announce degraded service and keep traffic on the fallbacks.',
    },
    alert: { fires: true, rule: 'LiteLLMProxyServerErrors' },
    seedGaps: ['P2-7'],
    seed: { id: '503' },
    sources: [
      { kind: 'web', title: 'MDN: HTTP 503', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/503' },
      RFC_9110,
      { kind: 'upstream', repo: 'BerriAI/litellm', path: 'litellm/exceptions.py', symbol: 'ServiceUnavailableError', commit: '64ecc9ba9e56ea887efe118b84ed0284034f47eb' },
      LITELLM_EXCEPTION_TYPE,
      KILOCODE_SESSION_RETRY,
    ],
    lifecycle: 'active',
    since: '0.1.0',
  },
  {
    code: 'http-504',
    aliases: ['504'],
    title: 'HTTP 504 Gateway Timeout (any provider)',
    source: 'http',
    category: 'TIMEOUT',
    severity: 'MEDIUM',
    httpStatus: 504,
    retryable: true,
    action: 'fallback',
    match: [{ status: [504] }],
    samples: [
      {
        source: 'nginx default 504 page from a reverse proxy whose proxy_read_timeout ran out before the model answered',
        kind: 'http',
        status: 504,
        headers: { 'content-type': 'text/html', server: 'nginx' },
        body: '<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body>\r\n<center><h1>504 Gateway Time-out</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>',
      },
      {
        source: 'Bare status line pasted from a client log',
        kind: 'text',
        text: 'HTTP 504 Gateway Timeout',
      },
    ],
    summary: 'A gateway gave up waiting for the server behind it.',
    cause: 'OpenRouter uses 504 for `error_type: timeout`. LiteLLM maps a provider 504 to `Timeout` and keeps the status 504. A reverse proxy in front of LiteLLM answers 504 when its own read timeout (nginx `proxy_read_timeout`, 60 s by default) is shorter than the time the model needs, which is common for long non-streaming completions. The provider may already have accepted and billed the request. Kilo Code retries 504 automatically.',
    resolution: [
      WHICH_HOP,
      { text: 'If the body is your reverse proxy\'s page, raise its read timeout above the deployments\' `timeout` (60-90 s in the generated config), or let Kilo Code stream so bytes flow before the timeout.' },
      { text: 'If the provider timed out, let LiteLLM fall back (`TimeoutErrorRetries` at 1 or less) instead of repeating a slow, possibly billed request.' },
    ],
    windows: WINDOWS_HTTP,
    related: ['http-408', 'openrouter-timeout', 'litellm-timeout', 'UND_ERR_HEADERS_TIMEOUT', 'http-502'],
    litellm: { exception: 'Timeout', retryPolicyKey: 'TimeoutErrorRetries' },
    playbook: {
      detect: 'HTTP 504 with no provider marker.',
      triage: ['Did the request take exactly the reverse proxy\'s timeout?', 'Streaming or non-streaming request?'],
      mitigate: ['Align the gateway timeout with the deployment timeouts.', 'Fall back for provider timeouts.'],
      escalate: 'If one provider keeps timing out for more than 15 minutes, check its status page and demote it in the chain.',
    },
    alert: { fires: true, rule: 'LiteLLMProxyTimeouts' },
    seedGaps: ['P2-5'],
    seed: { id: '504' },
    sources: [
      { kind: 'web', title: 'MDN: HTTP 504', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/504' },
      RFC_9110,
      LITELLM_EXCEPTION_TYPE,
      KILOCODE_SESSION_RETRY,
    ],
    lifecycle: 'active',
    since: '0.1.0',
  },
  {
    code: 'context-length-exceeded',
    title: 'Prompt longer than the model\'s context window (any provider)',
    source: 'http',
    category: 'CONTEXT_LENGTH',
    severity: 'MEDIUM',
    httpStatus: 400,
    retryable: false,
    action: 'fallback-larger-context',
    match: [
      { message: ['maximum context length', 'context length exceeded', 'context_length_exceeded', 'ContextWindowExceededError', 'the length of the messages'] },
    ],
    samples: [
      {
        source: 'OpenHands #9227: LiteLLM relaying a Sambanova context error (no provider of this project named)',
        kind: 'text',
        text: '23:39:39 - openhands:ERROR: session.py:332 - Agent status error: BadRequestError: litellm.BadRequestError: SambanovaException - The maximum context length of DeepSeek-V3-0324 is 32768. However, answering your request will take 39732 tokens. Please reduce the length of the messages or completion.',
      },
    ],
    summary: 'The prompt plus the requested output does not fit the model\'s context window, in words no provider-specific code covers.',
    cause: 'Every provider rejects a request whose input tokens plus `max_tokens` exceed the model\'s context window, with a 400 and wording such as "maximum context length is N tokens" (OpenAI and the many servers that copy its wording), "This endpoint\'s maximum context length" (OpenRouter) or "Please reduce the length of the messages or completion" (Groq). LiteLLM maps these to `ContextWindowExceededError` and, with `context_window_fallbacks`, moves the request to a model group with a larger window. Resending to the same model fails the same way.',
    resolution: [
      WHICH_HOP,
      { text: 'Let the proxy move long prompts to a larger window: keep a `context_window_fallbacks` entry for every model group and `enable_pre_call_checks: true` (the generated proxy_config.yaml has both).' },
      { text: 'In the client, lower `max_tokens` (it counts against the window) or start a new task; Kilo Code condenses the context when you ask it to.' },
    ],
    windows: WINDOWS_HTTP,
    related: ['groq-context-length', 'openai-context-length', 'openrouter-context-limit', 'http-400'],
    litellm: { exception: 'ContextWindowExceededError', retryPolicyKey: 'BadRequestErrorRetries' },
    playbook: {
      detect: 'HTTP 400 whose message names the context length, with no provider marker.',
      triage: ['Which model group answered (x-litellm-model-group)?', 'Is there a context_window_fallbacks entry for it?'],
      mitigate: ['Route long prompts to the large-context group; lower max_tokens in the client.'],
      escalate: 'If prompts that fit the published window are rejected, report it to the provider with the request id and token counts.',
    },
    alert: { fires: false, why: 'Per-request size problem; the context-window fallback handles it and no metric isolates it' },
    seedGaps: [],
    sources: [
      LITELLM_IS_CONTEXT_WINDOW_EXCEEDED,
      { kind: 'web', title: 'OpenHands #9227: Sambanova context length through LiteLLM', url: 'https://github.com/OpenHands/OpenHands/issues/9227' },
      { kind: 'web', title: 'LiteLLM docs: context window fallbacks', url: 'https://docs.litellm.ai/docs/proxy/reliability' },
    ],
    lifecycle: 'active',
    since: '0.1.0',
  },
  {
    code: 'content-policy-violation',
    title: 'Request refused by a content or safety policy (any provider)',
    source: 'http',
    category: 'CONTENT_POLICY',
    severity: 'MEDIUM',
    httpStatus: 400,
    retryable: false,
    action: 'fallback-other-provider',
    match: [
      { message: ['content management policy', 'content_policy_violation', 'ContentPolicyViolationError', 'our safety system', 'as potentially violating'] },
    ],
    samples: [
      {
        source: 'meta-llama/PurpleLlama #109: LiteLLM relaying an Azure OpenAI content-filter refusal',
        kind: 'text',
        text: "ERROR:CybersecurityBenchmarks.benchmark.llm:LLM Chat query failed with error: Error code: 400 - {'error': {'message': \"litellm.BadRequestError: litellm.ContentPolicyViolationError: litellm.ContentPolicyViolationError: AzureException - The response was filtered due to the prompt triggering Azure OpenAI's content management policy. Please modify your prompt and retry.\"}}",
      },
    ],
    summary: 'A moderation or safety system refused the prompt or the response, in words no provider-specific code covers.',
    cause: 'Providers run moderation on prompts and outputs and refuse with a 400 (sometimes 403) when it triggers: OpenAI says "rejected as a result of our safety system" or "flagged as potentially violating our usage policy", Azure OpenAI says "content management policy", OpenRouter answers 403 with the moderation reasons. LiteLLM maps these to `ContentPolicyViolationError` and sends them down `content_policy_fallbacks` when it recognises them. Another provider moderates differently; resending the same prompt to the same provider fails the same way.',
    resolution: [
      WHICH_HOP,
      { text: 'Rephrase the prompt, or remove the content that triggers the policy; if the task is legitimate, try a model group on another provider once.' },
    ],
    windows: WINDOWS_HTTP,
    related: ['openrouter-moderation', 'groq-content-policy-violation', 'http-400', 'http-403'],
    litellm: { exception: 'ContentPolicyViolationError', retryPolicyKey: 'ContentPolicyViolationErrorRetries' },
    playbook: {
      detect: 'HTTP 400 or 403 whose message names a content or safety policy, with no provider marker.',
      triage: ['Which provider refused (x-litellm-model-group)?', 'Is it one user\'s prompt or many?'],
      mitigate: ['Let content_policy_fallbacks try another provider once; ask the user to rephrase.'],
      escalate: 'If legitimate prompts are refused repeatedly, raise it with the provider\'s support with examples.',
    },
    alert: { fires: false, why: 'A per-prompt refusal, not an operational failure; no metric isolates it' },
    seedGaps: [],
    sources: [
      { kind: 'web', title: 'PurpleLlama #109: Azure content management policy through LiteLLM', url: 'https://github.com/meta-llama/PurpleLlama/issues/109' },
      { kind: 'upstream', repo: 'BerriAI/litellm', path: 'litellm/exceptions.py', symbol: 'ContentPolicyViolationError', commit: '64ecc9ba9e56ea887efe118b84ed0284034f47eb' },
    ],
    lifecycle: 'active',
    since: '0.1.0',
  },
  {
    code: 'setup-error',
    title: 'Setup error in the app, its SDK or a gateway (key variable, SDK version, base URL, browser origin, relay channel)',
    source: 'http',
    category: 'CONFIG',
    severity: 'HIGH',
    httpStatus: null,
    retryable: false,
    action: 'fail',
    // The CONFIG category's generic code (registry/wordings.ts): most setup errors reach it by their
    // wordings. Its one rule is the browser's refusal, which is never the proxy's config, even when
    // the page called the proxy (Chromium's console message; CONFIG in 17 of the 18 corpus rows that hold it).
    match: [
      { message: ['by CORS policy'] },
    ],
    samples: [
      {
        source: 'j0rd1smit/obsidian-copilot-auto-completion #39: an Obsidian plugin calling a local server that does not allow its origin',
        kind: 'text',
        text: "Access to fetch at 'http://127.0.0.1:11434/api/chat' from origin 'app://obsidian.md' has been blocked by CORS policy: Response to preflight request doesn't pass access control check: No 'Access-Control-Allow-Origin' header is present on the requested resource.",
      },
    ],
    summary: 'The app, its SDK or a gateway in front of the provider is set up wrong, before any model is asked: a key variable is not set, the installed SDK is not the one the code was written for, a package is missing, a deployment or inference profile is missing, a browser page may not call the API, or a relay has no upstream for the model. LiteLLM\'s own setup errors have their own code.',
    cause: 'Clients check their settings before they send anything, and each says so in its own words: the AI SDK throws `AI_LoadAPIKeyError` ("OpenAI API key is missing. Pass it using the \'apiKey\' parameter or the OPENAI_API_KEY environment variable."), LangChain raises "Did not find openai_api_key, please add an environment variable `OPENAI_API_KEY` ...", openai-python 1.x raises `APIRemovedInV1` for 0.x calls such as `openai.ChatCompletion` ("no longer supported in openai>=1.0.0"), Python says "module \'openai\' has no attribute \'error\'" or "cannot import name \'OpenAI\'" when the code and the installed SDK are of different major versions, an older openai or groq client under httpx 0.28 fails with "unexpected keyword argument \'proxies\'" (httpx removed it), and Python stops at "No module named ..." when a package is missing from the environment the app runs in. Azure OpenAI wants a deployment name and an `api-version` the model is enabled for ("Must provide an \'engine\' or \'deployment_id\' parameter"). A page in a browser, an Electron app such as Obsidian, or an extension may call another origin only if that server answers the CORS preflight with the page\'s origin (and the headers the SDK sends, such as `x-stainless-*`); otherwise the browser blocks the call ("has been blocked by CORS policy") and the server never sees it. Relays such as one-api and new-api answer 503 "当前分组 default 下对于模型 X 无可用渠道" ("no channel available for model X in group default") when no upstream channel serves the model for that key\'s group, and routers such as 9router answer "No credentials for provider: X". None of these is fixed by retrying or by another model on the same setup. When the error came through the LiteLLM proxy, its config is the likelier cause: see litellm-config-error.',
    resolution: [
      {
        text: 'Check that each key variable is set in the shell that starts the app (the command prints only the first characters): a variable set in another terminal, a `.env` file the app does not load, or an IDE that started before you set it, all look like a missing key.',
        command: {
          bash: 'for v in OPENAI_API_KEY GROQ_API_KEY OPENROUTER_API_KEY LITELLM_MASTER_KEY; do k="${!v}"; if [ -n "$k" ]; then echo "$v=${k:0:6}… (${#k} chars)"; else echo "$v is not set"; fi; done',
          powershell: "'OPENAI_API_KEY', 'GROQ_API_KEY', 'OPENROUTER_API_KEY', 'LITELLM_MASTER_KEY' | ForEach-Object { $k = [Environment]::GetEnvironmentVariable($_); if ($k) { \"$_=$($k.Substring(0, [Math]::Min(6, $k.Length)))… ($($k.Length) chars)\" } else { \"$_ is not set\" } }",
        },
      },
      {
        text: 'Check which SDK versions the app really runs with, in the same Python environment or project folder. For `openai>=1.0.0` messages, upgrade the code (`openai migrate` rewrites 0.x calls) or pin the version it was written for (`pip install openai==0.28`); for "No module named X", install X into that environment (`python -m pip install X`); for "unexpected keyword argument \'proxies\'", upgrade the openai or groq package (or pin `httpx<0.28`).',
        command: {
          bash: "python -m pip show openai litellm 2>/dev/null | grep -E '^(Name|Version):'; npm ls openai groq-sdk ai 2>/dev/null",
          powershell: "python -m pip show openai litellm 2>$null | Select-String '^(Name|Version):'; npm ls openai groq-sdk ai 2>$null",
        },
      },
      {
        text: `For "blocked by CORS policy", ask the server what it allows a page's origin (\`app://obsidian.md\` here; use your page's): no \`access-control-allow-origin\` in the answer means a browser page may not call it. Send the request from the app's server side or an extension's background, or point the app at a server that allows the origin. The command asks the proxy at ${PROXY_URL}.`,
        command: {
          bash: `curl -sS -o /dev/null -D - -X OPTIONS ${PROXY_URL}/v1/chat/completions -H 'Origin: app://obsidian.md' -H 'Access-Control-Request-Method: POST' -H 'Access-Control-Request-Headers: authorization,content-type' | grep -i '^access-control'`,
          powershell: `(Invoke-WebRequest -Method Options -Uri ${PROXY_URL}/v1/chat/completions -Headers @{ Origin = 'app://obsidian.md'; 'Access-Control-Request-Method' = 'POST'; 'Access-Control-Request-Headers' = 'authorization,content-type' } -SkipHttpErrorCheck).Headers.GetEnumerator() | Where-Object Key -like 'Access-Control*'`,
        },
      },
      {
        text: 'For a relay\'s "无可用渠道" (no channel for the model) or a router\'s "No credentials for provider": list the models the relay serves for your key and pick one of them, or add the channel or the credentials in the relay\'s admin page. OPENAI_BASE_URL is the base URL the OpenAI SDKs read (the relay\'s, ending in `/v1`).',
        command: {
          bash: 'curl -s "$OPENAI_BASE_URL/models" -H "Authorization: Bearer $OPENAI_API_KEY" | jq -r \'.data[].id\'',
          powershell: '(Invoke-RestMethod -Uri "$env:OPENAI_BASE_URL/models" -Headers @{ Authorization = "Bearer $env:OPENAI_API_KEY" }).data.id',
        },
      },
      { text: 'On Azure OpenAI, pass the deployment name and an `api-version` the model supports; on Amazon Bedrock, call a model that "isn\'t supported with on-demand throughput" by an inference profile\'s id (`us.anthropic.claude-...`), not its own. A base URL that does not parse or names a path the server lacks fails with "Invalid URL" or a 404: see http-404-route.' },
    ],
    windows: 'In PowerShell 7 a variable set with `$env:NAME = ...` lasts for that window only, and `setx NAME value` only for windows opened afterwards: restart the app (or the IDE that starts it) after setting a key. `python` may be a different interpreter than the one the app runs (`py -0p` lists them); run `pip` through the interpreter the app uses.',
    related: ['litellm-config-error', 'http-404-route', 'http-401'],
    litellm: { exception: null, retryPolicyKey: null },
    playbook: {
      detect: 'The app fails at start-up or on its first call with a message about a key variable, an SDK version, a missing module, CORS, or a relay without a channel, and no provider status behind it.',
      triage: ['Is the key variable set in the process that runs the app?', 'Which SDK version is installed where the app runs?', 'Does the call come from a browser page or an extension?'],
      mitigate: ['Set the variable and restart the app; pin or upgrade the SDK; move the call out of the browser page.'],
      escalate: 'If a documented setup still fails the same way, report it to the app or SDK with the message and the installed versions.',
    },
    alert: { fires: false, why: 'The app fails before or without reaching the proxy, so no proxy metric sees it' },
    seedGaps: [],
    sources: [
      { kind: 'upstream', repo: 'vercel/ai', path: 'packages/provider-utils/src/load-api-key.ts', symbol: 'loadApiKey', commit: 'efb62df1fa3934754e3b06746ecc231501edf9de' },
      { kind: 'upstream', repo: 'langchain-ai/langchain', path: 'libs/core/langchain_core/utils/env.py', symbol: 'get_from_env', commit: '018b6cb02702e590c7ff74f8590d43a15493ceec' },
      OPENAI_PYTHON_API_REMOVED_IN_V1,
      { kind: 'web', title: 'MDN: Cross-Origin Resource Sharing (CORS), preflight requests', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/CORS' },
      { kind: 'web', title: 'obsidian-copilot-auto-completion #39: a plugin\'s call blocked by CORS policy', url: 'https://github.com/j0rd1smit/obsidian-copilot-auto-completion/issues/39' },
      { kind: 'web', title: 'one-api #2308: "无可用渠道", no channel for the model in the key\'s group', url: 'https://github.com/songquanpeng/one-api/issues/2308' },
      { kind: 'web', title: 'OmniRoute #570: "No credentials for provider"', url: 'https://github.com/diegosouzapw/OmniRoute/issues/570' },
    ],
    lifecycle: 'active',
    since: '0.1.0',
  },
]);
