// Groq (primary provider). Facts: shared/reference/providers.md section 1.
import { defineErrors } from '../define.js';

const GROQ_HEADERS = { 'content-type': 'application/json', 'x-groq-region': 'us-east-1', 'x-request-id': 'req_01jq7x0example' };

export const groqErrors = defineErrors([
  {
    code: 'groq-rate-limit',
    title: 'Groq rate limit reached (RPM or TPM)',
    source: 'groq',
    category: 'RATE_LIMIT',
    severity: 'MEDIUM',
    httpStatus: 429,
    retryable: true,
    action: 'fallback',
    match: [
      { provider: ['groq'], status: [429] },
      { provider: ['groq'], code: ['rate_limit_exceeded'] },
    ],
    samples: [
      {
        source: 'openinterpreter #408, crewAI #494 (TPM 429 body)',
        kind: 'http',
        status: 429,
        headers: { ...GROQ_HEADERS, 'retry-after': '7', 'x-ratelimit-remaining-tokens': '0', 'x-ratelimit-reset-tokens': '6.78s' },
        body: {
          error: {
            message: 'Rate limit reached for model `openai/gpt-oss-120b` in organization `org_01hx3example0000` service tier `on_demand` on tokens per minute (TPM): Limit 8000, Used 7412, Requested 1350. Please try again in 6.78s. Need more tokens? Upgrade to Dev Tier today at https://console.groq.com/settings/billing',
            type: 'tokens',
            code: 'rate_limit_exceeded',
          },
        },
      },
      {
        source: 'LiteLLM proxy relaying a Groq 429 (docs proxy/error_diagnosis)',
        kind: 'http',
        status: 429,
        headers: { 'content-type': 'application/json', 'x-litellm-model-group': 'groq-primary' },
        body: {
          error: {
            message: "litellm.RateLimitError: RateLimitError: GroqException - Error code: 429 - {'error': {'message': 'Rate limit reached for model `openai/gpt-oss-120b` on requests per minute (RPM): Limit 30, Used 30, Requested 1. Please try again in 2s.', 'type': 'requests', 'code': 'rate_limit_exceeded'}}",
            type: 'throttling_error',
            param: null,
            code: '429',
          },
        },
      },
    ],
    summary: 'Groq refused the request because the organization used up its requests-per-minute or tokens-per-minute window for this model.',
    cause: 'Groq limits each organization per model: RPM, RPD, TPM and TPD (free plan for `openai/gpt-oss-120b`: 30 RPM, 8K TPM). Groq counts the requested `max_tokens` against TPM before running the request, so a coding agent with a large default `max_tokens` hits the TPM limit quickly. The `retry-after` header (seconds) and the message ("Please try again in 6.78s") say when the window reopens. A daily window (RPD/TPD) is a different problem: see groq-daily-limit.',
    resolution: [
      { text: 'Let LiteLLM fail over at once instead of sleeping on Groq: keep `RateLimitErrorRetries: 0` and a `fallbacks` entry for the Groq model group (the generated proxy_config.yaml does both).' },
      {
        text: 'Check how much of the window is left: the `x-ratelimit-remaining-*` and `x-ratelimit-reset-*` headers come on every Groq response.',
        command: {
          bash: 'curl -s -D - -o /dev/null https://api.groq.com/openai/v1/models -H "Authorization: Bearer $GROQ_API_KEY" | grep -i x-ratelimit',
          powershell: '$r = Invoke-WebRequest -Uri https://api.groq.com/openai/v1/models -Headers @{ Authorization = "Bearer $env:GROQ_API_KEY" }; $r.Headers.GetEnumerator() | Where-Object Key -like "x-ratelimit*"',
        },
      },
      { text: 'Lower `max_tokens` in the client (Kilo Code: the model\'s output limit) so each request reserves less of the TPM window.' },
      { text: 'If the limit is hit every day, move to the Groq Dev Tier or raise the share of traffic that goes to the fallback providers.' },
    ],
    windows: 'Same commands in PowerShell 7; `Invoke-WebRequest` throws on 429, so wrap it in `try { } catch { $_.Exception.Response.Headers }` to read the headers of a failed call.',
    related: ['groq-daily-limit', 'groq-request-too-large', 'http-429', 'litellm-no-deployments'],
    litellm: { exception: 'RateLimitError', retryPolicyKey: 'RateLimitErrorRetries' },
    playbook: {
      detect: 'HTTP 429 from Groq (`GroqException` in LiteLLM logs), `x-litellm-attempted-fallbacks` > 0 on responses.',
      triage: ['Read the message: "tokens per minute (TPM)" or "requests per minute (RPM)" is a short window; "per day" is groq-daily-limit.', 'Check that the fallback provider answered (`x-litellm-model-group` header on the response).'],
      mitigate: ['Nothing to do if fallbacks answered; the window reopens within a minute.', 'If every request hits it, lower `max_tokens` or move load to the fallback group.'],
      escalate: 'If 429s continue for more than 15 minutes with fallbacks also failing, page the owner of the Groq account to raise the plan.',
    },
    alert: { fires: true, when: 'more than 20% of Groq requests are rate-limited for 5 minutes' },
    seedGaps: ['P1-5', 'P2-6'],
    seed: { id: 'groq-rate-limit' },
    status: 'active',
    since: '0.1.0',
  },
]);
