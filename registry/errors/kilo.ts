// Kilo Code (VS Code extension and CLI): what the client itself reports. Facts: each entry's
// `sources`, among them Kilo-Org/kilocode `packages/opencode/src/provider/error.ts`, `src/services/skills/SkillsManager.ts`
// (legacy extension), `packages/kilo-docs/pages/ai-providers/openai-compatible.md`.
// An error Kilo merely relays (a LiteLLM or provider body with its own markers) belongs to that layer's code.
import { defineErrors } from '../define.js';
import { KILOCODE_ERROR_MESSAGE, KILOCODE_ERROR_PARSESTREAMERROR, KILOCODE_SESSION_RETRY, KILO_RESPONSE_ENDED_UNEXPECTEDLY, LITELLM_ROUTE_REQUEST } from '../sources.js';
import { PROXY_PORT, PROXY_URL } from '../proxy-address.js';

const MODELS_CMD = {
  bash: `curl -s ${PROXY_URL}/v1/models -H "Authorization: Bearer $LITELLM_MASTER_KEY" | jq -r '.data[].id'`,
  powershell: `(Invoke-RestMethod -Uri ${PROXY_URL}/v1/models -Headers @{ Authorization = "Bearer $env:LITELLM_MASTER_KEY" }).data.id`,
};
const KILO_PROVIDER_STEP = `Check the Kilo Code provider: new extension → Settings → Providers → Custom provider "OpenAI Compatible", base URL ${PROXY_URL}/v1, API key = the LiteLLM master key or a virtual key (LITELLM_MASTER_KEY), models = LiteLLM model_names such as groq-primary; legacy extension → LiteLLM provider with base URL ${PROXY_URL} and a real key instead of the default \`dummy-key\`.`;

export const kiloErrors = defineErrors([
  {
    code: 'kilo-rate-limit',
    title: 'Kilo Code reports a rate limit from its provider',
    source: 'kilo',
    category: 'RATE_LIMIT',
    severity: 'MEDIUM',
    httpStatus: 429,
    retryable: true,
    action: 'fallback',
    match: [
      { provider: ['kilo'], message: ['Provider rate limit exceeded\\. Please try again shortly'] },
      { provider: ['kilo'], status: [429] },
    ],
    samples: [
      {
        source: 'Kilo-Org/kilocode packages/opencode/src/provider/error.ts parseStreamError (stream rate_limit_exceeded with an empty message); error object shape from Kilo-Org/kilocode #9006',
        kind: 'text',
        text: '{"name":"APIError","data":{"message":"Provider rate limit exceeded. Please try again shortly.","isRetryable":true,"responseBody":"{\\"type\\":\\"error\\",\\"error\\":{\\"type\\":\\"rate_limit_error\\",\\"code\\":\\"rate_limit_exceeded\\",\\"message\\":\\"\\"}}"}}',
      },
      {
        source: 'Kilo-Org/kilocode provider/error.ts message(): an empty error message with status 429 becomes the HTTP reason phrase',
        kind: 'error',
        hintProvider: 'kilo',
        error: { name: 'APIError', message: 'Too Many Requests', status: 429 },
      },
    ],
    summary: 'Kilo Code got a rate-limit answer from the endpoint it is configured with (here the LiteLLM proxy) and, after its own retries, shows it to the user.',
    cause: 'Kilo Code only sees what the proxy returns. The new platform retries errors the SDK marks retryable (429s), every 5xx, and "rate limit"/"too many requests"/"rate increased too quickly" messages by itself (`retryable` in packages/opencode/src/session/retry.ts): first delay 2 s, doubling, with no jitter; a `retry-after-ms` or `retry-after` header sets the delay instead; the doubling is capped at 30 s only when the error carries no response headers; the number of attempts is a limit the caller passes to `policy`. When a streamed error carries code `rate_limit_exceeded` with no message, Kilo shows its own text "Provider rate limit exceeded. Please try again shortly."; an empty 429 shows as "Too Many Requests". The legacy extension shows "Rate limiting" and has a global "Rate limit (seconds)" setting that spaces requests out on the client. The real cause is upstream: a Groq/OpenAI/OpenRouter 429 that LiteLLM could not fail over, all deployments cooling (litellm-no-deployments), or a proxy-side limit (litellm-proxy-rate-limit); `responseBody` in "Copy error info" says which.',
    resolution: [
      { text: 'Open the error details (Details / Copy error info) and classify `responseBody`: a `GroqException`/`OpenrouterException` names the provider code, `No deployments available` is litellm-no-deployments, `Crossed TPM / RPM` or a `retry-after` header is litellm-proxy-rate-limit.' },
      { text: 'Check that the proxy fails over: a successful request after the error should carry `x-litellm-attempted-fallbacks` and another `x-litellm-model-group`.', command: { bash: `curl -s -D - -o /dev/null ${PROXY_URL}/v1/chat/completions -H "Authorization: Bearer $LITELLM_MASTER_KEY" -H 'Content-Type: application/json' -d '{"model":"groq-primary","messages":[{"role":"user","content":"ping"}]}' | grep -i -E 'x-litellm-(model-group|attempted)'`, powershell: `$r = Invoke-WebRequest -Method Post -Uri ${PROXY_URL}/v1/chat/completions -Headers @{ Authorization = "Bearer $env:LITELLM_MASTER_KEY" } -ContentType 'application/json' -Body '{"model":"groq-primary","messages":[{"role":"user","content":"ping"}]}'; $r.Headers.GetEnumerator() | Where-Object Key -like 'x-litellm-*'` } },
      { text: 'In the legacy extension, set Settings → "Rate limit (seconds)" to a few seconds so an agent loop does not burn the Groq RPM window in bursts.' },
      { text: 'If it happens constantly, lower the model\'s output limit in Kilo Code (Groq counts `max_tokens` against TPM) or move Kilo to a model group with more headroom.' },
    ],
    windows: 'Same behaviour on Windows; when the proxy runs in WSL2, a 429 still comes from the proxy, not from the network.',
    related: ['groq-rate-limit', 'litellm-no-deployments', 'litellm-proxy-rate-limit', 'openrouter-rate-limit', 'http-429'],
    litellm: { exception: null, retryPolicyKey: null },
    playbook: {
      detect: 'Kilo Code shows "Provider rate limit exceeded. Please try again shortly.", "Rate limiting" or an APIError with statusCode 429.',
      triage: ['Classify the `responseBody` from Copy error info.', 'Check the proxy log for the same request and its fallback headers.'],
      mitigate: ['Wait for Kilo\'s retries; fix the fallback chain if the proxy did not fail over.'],
      escalate: 'If every model group is rate-limited for more than 15 minutes, escalate as litellm-fallback-exhausted.',
    },
    alert: { fires: false, why: 'Client-side view of a 429 the proxy already counts (LiteLLMProxyRateLimited); Kilo Code itself exports nothing' },
    seedGaps: ['P2-2', 'P2-6'],
    seed: { id: 'kilo-rate-limit', correction: 'Kilo Code has no rate limit of its own in this setup: it relays the proxy\'s 429 (after up to 5 automatic retries on the new platform) or its own "Provider rate limit exceeded. Please try again shortly." text for an empty stream rate-limit error. The only Kilo-side limit is the legacy extension\'s optional "Rate limit (seconds)" spacing.' },
    sources: [
      KILOCODE_SESSION_RETRY,
      KILOCODE_ERROR_PARSESTREAMERROR,
      KILOCODE_ERROR_MESSAGE,
      { kind: 'web', title: 'Kilo: retry provider 429', url: 'https://github.com/Kilo-Org/kilocode/pull/10330' },
      { kind: 'web', title: 'Kilo docs: Rate limits and costs', url: 'https://kilo.ai/docs/getting-started/rate-limits-and-costs' },
    ],
    lifecycle: 'active',
    since: '0.1.0',
  },
  {
    code: 'kilo-model-unavailable',
    title: 'Kilo Code is configured with a model the proxy does not serve',
    source: 'kilo',
    category: 'MODEL_UNAVAILABLE',
    severity: 'HIGH',
    httpStatus: null,
    retryable: false,
    action: 'fail',
    match: [
      { name: ['ProviderModelNotFoundError'] },
      { provider: ['kilo'], status: [400, 404], message: ['Invalid model name passed in', 'no healthy deployments for this model', 'model_not_found', 'Model not found'] },
      { provider: ['kilo'], message: ['Model not found: '] },
      { provider: ['kilo'], message: ['No models available for provider'] },
      // Kilo's gateway refuses a model the installed version cannot drive: "This model requires Kilo v7 or
      // newer", "Claude Haiku 4.5 requires Kilo Code version 4.106 or newer, please update."
      { provider: ['kilo'], message: ['requires Kilo(?: Code)? (?:version |v)\\d'] },
    ],
    samples: [
      {
        source: 'Kilo-Org/kilocode packages/opencode provider.ts (NamedError ProviderModelNotFoundError with providerID, modelID, suggestions)',
        kind: 'text',
        text: '{"name":"ProviderModelNotFoundError","data":{"providerID":"litellm","modelID":"groq-primay","suggestions":["groq-primary"]}}',
      },
      {
        source: 'Kilo Code legacy LiteLLM provider (OpenAI SDK error "400 <message>") relaying the proxy\'s invalid-model answer',
        kind: 'error',
        hintProvider: 'kilo',
        error: { name: 'BadRequestError', message: "400 {'error': '/chat/completions: Invalid model name passed in model=groq-primay. Call `/v1/models` to view available models for your key.'}", status: 400 },
      },
    ],
    summary: 'The model Kilo Code is set to use does not exist for its provider: not in Kilo\'s own provider config, or not served by the LiteLLM proxy under that name.',
    cause: 'Kilo Code sends the model id configured for its provider as `model`. With LiteLLM behind it, that id must be a LiteLLM `model_name` (groq-primary, groq-small, openai-secondary, openrouter-tertiary), not a provider id such as `groq/openai/gpt-oss-120b`, and the proxy matches it case-sensitively. The new platform throws `ProviderModelNotFoundError` ("Model not found: <provider>/<model>", with suggestions) when `"model": "<provider-id>/<model-id>"` in kilo.json names a model that is not under `provider.<id>.models` or discovered from `/v1/models` (discovery only runs from the global or a trusted config); the proxy answers 400 `Invalid model name passed in model=...` when Kilo sends a name it does not serve. Kilo\'s docs list this as "Model Not Found". A related silent problem: a kilo.json model without `limit.context`/`limit.output` gets 0 for both, which breaks context management. The retired `groq/llama-3.3-70b-versatile` from Kilo\'s own Groq docs no longer exists.',
    resolution: [
      { text: 'List what the proxy serves for Kilo Code\'s key; the model id configured in Kilo must be one of these names exactly.', command: MODELS_CMD },
      { text: KILO_PROVIDER_STEP },
      { text: `For the CLI / kilo.json, declare the models with limits and set the default, e.g. \`"provider": {"litellm": {"npm": "@ai-sdk/openai-compatible", "options": {"baseURL": "${PROXY_URL}/v1"}, "env": ["LITELLM_MASTER_KEY"], "models": {"groq-primary": {"name": "Groq primary", "limit": {"context": 131072, "output": 8192}}}}}, "model": "litellm/groq-primary"\`.`, command: { bash: 'grep -n \'"model"\\|"models"\\|baseURL\' ~/.config/kilo/kilo.json ./kilo.json 2>/dev/null', powershell: 'Select-String -Path "$HOME/.config/kilo/kilo.json", "./kilo.json" -Pattern \'"model"\', \'"models"\', \'baseURL\' -ErrorAction SilentlyContinue' } },
      { text: 'After changing the provider, click "Fetch models" (new extension) or reload the VS Code window so Kilo reloads the model list.' },
    ],
    windows: `kilo.json lives in \`$HOME/.config/kilo/kilo.json\` on Windows too. If the proxy runs in WSL2, Kilo Code on Windows reaches it at ${PROXY_URL}/v1 only with WSL2 localhost forwarding (default NAT mode); otherwise use the WSL2 IP.`,
    related: ['litellm-no-models', 'kilo-extension-error', 'groq-invalid-model', 'openrouter-model-unavailable', 'http-404'],
    litellm: { exception: null, retryPolicyKey: null },
    playbook: {
      detect: 'Kilo Code shows "Model not found: <provider>/<model>" (ProviderModelNotFoundError) or a 400 `Invalid model name passed in model=` from the proxy.',
      triage: ['Compare Kilo\'s configured model id with `GET /v1/models`.', 'Check whether a project kilo.json overrides the global one.'],
      mitigate: ['Set the model id to an existing LiteLLM model_name and reload.'],
      escalate: 'If the name is listed by /v1/models and Kilo still refuses it, collect the Kilo output log and report it to Kilo-Org/kilocode.',
    },
    alert: { fires: false, why: 'Client configuration (wrong model id); a wrong LiteLLM model name shows up as proxy 400s in LiteLLMProxyBadRequests' },
    seedGaps: ['P2-4'],
    seed: { id: 'kilo-model-unavailable', correction: 'Kilo Code does not detect model availability itself: either its own config does not contain the model (ProviderModelNotFoundError, "Model not found") or the proxy rejects the name with 400 `Invalid model name passed in model=`. Provider-side unavailability (a retired or overloaded model) arrives as the provider\'s own error and is classified there.' },
    sources: [
      { kind: 'upstream', repo: 'Kilo-Org/kilocode', path: 'packages/opencode/src/provider/provider.ts', symbol: 'Provider.getModel (ModelNotFoundError)', commit: 'f99376fc05ac5f85ba1a17064a5cf7695f87ee56' },
      LITELLM_ROUTE_REQUEST,
      { kind: 'web', title: 'Kilo docs: OpenAI-compatible provider', url: 'https://kilo.ai/docs/providers/openai-compatible' },
    ],
    lifecycle: 'active',
    since: '0.1.0',
  },
  {
    code: 'kilo-extension-error',
    title: 'Kilo Code extension failed (skill not loaded, extension host error)',
    source: 'kilo',
    category: 'CONFIG',
    severity: 'MEDIUM',
    httpStatus: null,
    retryable: false,
    action: 'fail',
    match: [
      { provider: ['kilo'], message: ['doesn\'t match directory "', 'is missing required \'(?:name|description)\' field', 'has an invalid description length', 'lowercase letters/numbers/hyphens', 'Failed to load skill at', 'Activating extension \'kilocode\\.kilo-code\' failed', 'Extension host terminated unexpectedly'] },
      { message: ['Activating extension \'kilocode\\.kilo-code\' failed'] },
      // The extension starts the Kilo CLI as a local server; when that fails the chat cannot connect.
      { provider: ['kilo'], message: ['CLI process exited with code -?\\d+ before server started', 'Server startup timeout after', 'Kilo Code is not connected'] },
    ],
    samples: [
      {
        source: 'Kilo-Org/kilocode src/services/skills/SkillsManager.ts loadSkillMetadata (legacy extension, console.error in the extension host log)',
        kind: 'text',
        hintProvider: 'kilo',
        text: 'Skill name "provider-fallback-v2" doesn\'t match directory "provider-fallback"',
      },
      {
        source: 'Kilo-Org/kilocode src/services/skills/SkillsManager.ts (missing frontmatter field)',
        kind: 'text',
        text: "Skill at /home/dev/project/.kilocode/skills/provider-fallback is missing required 'description' field",
      },
      {
        source: 'VS Code notification when an extension fails to activate (extension id kilocode.kilo-code)',
        kind: 'text',
        text: "Activating extension 'kilocode.kilo-code' failed: Cannot find module '/home/dev/.vscode/extensions/kilocode.kilo-code-4.96.0/dist/extension.js'.",
      },
    ],
    summary: 'The Kilo Code extension itself failed: a skill was skipped because its SKILL.md is invalid, or the extension could not activate in the VS Code extension host.',
    cause: 'Skills fail silently in the chat: the legacy extension skips a skill and only logs it when `name` in the SKILL.md frontmatter differs from the folder (or symlink) name, when `name` or `description` is missing, when the name is not 1-64 lowercase letters/digits/hyphens, or when the description is not 1-1024 characters. The legacy extension reads `.kilocode/skills/` (project) and `~/.kilocode/skills/` (global) plus mode folders `skills-<mode>`, and may need a window reload; the new extension and CLI read `.kilo/skills/`, `.claude/skills/` and `.agents/skills/` and scan them when a session starts. The model picks skills from their descriptions only, so a vague description also looks like "not loaded". Separately, VS Code reports "Activating extension \'kilocode.kilo-code\' failed" or "Extension host terminated unexpectedly" when the extension cannot start (broken install, incompatible VS Code version, another extension crashing the host).',
    resolution: [
      { text: 'Reload the window (Command Palette → "Developer: Reload Window"); the legacy extension needs it after adding or renaming a skill, the new one scans skills when a session starts.' },
      { text: 'Check `.kilocode/skills/provider-fallback/SKILL.md`: its frontmatter `name` must be exactly `provider-fallback` (the folder name) and `description` must say what the skill does and when to use it.', command: { bash: 'head -n 5 .kilocode/skills/provider-fallback/SKILL.md && npx skills-ref validate .kilocode/skills/provider-fallback', powershell: 'Get-Content .kilocode/skills/provider-fallback/SKILL.md -TotalCount 5; npx skills-ref validate .kilocode/skills/provider-fallback' } },
      { text: 'Keep the same skill in every folder the installed Kilo version reads (`.kilocode/skills/` for the legacy extension, `.kilo/skills/` or `.agents/skills/` for the new one); with symlinks the `name` must match the link name.', command: { bash: 'ls -la .kilocode/skills .kilo/skills .agents/skills 2>/dev/null', powershell: 'Get-ChildItem .kilocode/skills, .kilo/skills, .agents/skills -ErrorAction SilentlyContinue | Select-Object FullName, LinkType, Target' } },
      { text: 'Read the extension host log (Command Palette → "Developer: Show Logs…" → Extension Host) for `Skill name`, `Skill at` or activation errors.' },
      { text: 'If the extension does not activate, reinstall it and restart VS Code.', command: { bash: 'code --uninstall-extension kilocode.kilo-code && code --install-extension kilocode.kilo-code', powershell: 'code --uninstall-extension kilocode.kilo-code; code --install-extension kilocode.kilo-code' } },
      { text: KILO_PROVIDER_STEP },
    ],
    windows: 'Symlinked skill folders on Windows need Developer Mode or an elevated shell (`New-Item -ItemType SymbolicLink`); without them Git checks symlinks out as plain files and the skill is not found. When VS Code is connected to WSL2 (Remote - WSL), the extension runs inside WSL2 and reads `~/.kilocode/skills` of the Linux home, not the Windows one.',
    related: ['kilo-model-unavailable', 'kilo-empty-response', 'litellm-auth-failed'],
    litellm: { exception: null, retryPolicyKey: null },
    playbook: {
      detect: 'The skill is never used although it matches, the extension host log shows `Skill name ... doesn\'t match directory` or `Skill at ... is missing required`, or VS Code shows an activation failure for kilocode.kilo-code.',
      triage: ['Run `skills-ref validate` on the skill folder.', 'Check which Kilo version (legacy or new) is installed and which folders it reads.'],
      mitigate: ['Fix the frontmatter, copy the skill to the right folder, reload the window.', 'Reinstall the extension if it does not activate.'],
      escalate: 'If a valid skill in the right folder is still not listed after a reload, report it to Kilo-Org/kilocode with the extension host log.',
    },
    alert: { fires: false, why: 'Extension/skill loading problem inside VS Code; never reaches the proxy' },
    seedGaps: ['P2-4', 'P3-3'],
    seed: { id: 'kilo-extension-error', correction: 'Kilo Code reports no error in the chat when a skill is invalid: it skips the skill and logs the reason in the extension host log. The fix is usually the SKILL.md frontmatter (name = folder name) plus a window reload, not a VS Code restart.' },
    sources: [
      { kind: 'upstream', repo: 'Kilo-Org/kilocode', path: 'src/services/skills/SkillsManager.ts', symbol: 'SkillsManager.loadSkillMetadata', commit: '0fc86cec2299b333cb21da87b649003b19319ecc' },
      { kind: 'web', title: 'Kilo: skills not loaded', url: 'https://github.com/Kilo-Org/kilocode/issues/9629' },
      { kind: 'web', title: 'Kilo: skills not loaded', url: 'https://github.com/Kilo-Org/kilocode/issues/12396' },
      { kind: 'web', title: 'Kilo docs: Skills', url: 'https://kilo.ai/docs/features/skills' },
    ],
    lifecycle: 'active',
    since: '0.1.0',
  },
  {
    code: 'kilo-empty-response',
    title: 'Kilo Code got no assistant message from the model',
    source: 'kilo',
    category: 'STREAMING',
    severity: 'MEDIUM',
    httpStatus: null,
    retryable: true,
    action: 'fallback',
    match: [
      { provider: ['kilo'], message: ['did not provide any assistant messages', 'repeatedly ended the response'] },
      { message: ['did not provide any assistant messages', "The model's response ended unexpectedly"] },
      // The newer extension's wording when reasoning used up the output budget.
      { provider: ['kilo'], message: ['produced no actionable output'] },
    ],
    samples: [
      {
        source: 'Kilo-Org/kilocode #1859 (legacy extension, Task.ts empty assistant message)',
        kind: 'text',
        text: "Unexpected API Response: The language model did not provide any assistant messages. This may indicate an issue with the API or the model's output.",
      },
      {
        source: 'diegosouzapw/OmniRoute #8320 (new Kilo platform after repeated empty responses)',
        kind: 'text',
        hintProvider: 'kilo',
        text: 'The provider repeatedly ended the response before returning usable output.',
      },
      {
        source: 'Kilo-Org/kilocode #2384 (the extension\'s wording when a streamed turn ends with no assistant message)',
        kind: 'text',
        text: "The model's response ended unexpectedly (no assistant messages). This may be a sign of rate limiting.",
      },
    ],
    summary: 'The request succeeded at the HTTP level but the stream ended without any text or tool call, so Kilo Code had nothing to act on.',
    cause: 'Kilo treats a turn with no text and no tool-use blocks as an error ("Unexpected API Response: The language model did not provide any assistant messages"; with auto-approve it retries with backoff first), and the new platform gives up with "The provider repeatedly ended the response before returning usable output." after repeated empty answers. Typical causes behind LiteLLM: the stream was cut mid-way (a proxy or upstream timeout, a mid-stream error that some LiteLLM bridges ended as HTTP 200 with no error, PR #39898), `content: null` with tool calls from an OpenAI-compatible endpoint, a small model that answers with nothing for a long agent prompt, or an output limit of 0 from a kilo.json model without `limit.output`.',
    resolution: [
      { text: 'Repeat the same prompt directly against the proxy with streaming off and look at `choices[0].message` and `finish_reason`.', command: { bash: `curl -s ${PROXY_URL}/v1/chat/completions -H "Authorization: Bearer $LITELLM_MASTER_KEY" -H 'Content-Type: application/json' -d '{"model":"groq-primary","messages":[{"role":"user","content":"Say OK"}]}' | jq '{model, finish: .choices[0].finish_reason, content: .choices[0].message.content, tools: .choices[0].message.tool_calls}'`, powershell: `$r = Invoke-RestMethod -Method Post -Uri ${PROXY_URL}/v1/chat/completions -Headers @{ Authorization = "Bearer $env:LITELLM_MASTER_KEY" } -ContentType 'application/json' -Body '{"model":"groq-primary","messages":[{"role":"user","content":"Say OK"}]}'; $r.choices[0] | Select-Object finish_reason, @{ n = 'content'; e = { $_.message.content } }` } },
      { text: 'Check the proxy log for a timeout or mid-stream error at the same time (litellm-timeout, stream errors of the provider).' },
      { text: 'Make sure the Kilo model entry has `limit.context` and `limit.output` (missing limits default to 0) and switch the task to a larger model group if a small model keeps answering empty.' },
      { text: 'Retry once; if it repeats, move Kilo Code to the next model group of the chain (openai-secondary or openrouter-tertiary).' },
    ],
    windows: `Corporate proxies with TLS inspection on Windows sometimes buffer or cut SSE streams; if direct calls from WSL2 work and Kilo on Windows gets empty answers, exempt localhost:${PROXY_PORT} from the proxy (NO_PROXY=localhost,127.0.0.1).`,
    related: ['litellm-timeout', 'stream-terminated', 'groq-streaming-error', 'openrouter-stream-error', 'kilo-model-unavailable'],
    litellm: { exception: null, retryPolicyKey: null },
    playbook: {
      detect: 'Kilo Code shows "Unexpected API Response: The language model did not provide any assistant messages", "The model\'s response ended unexpectedly (no assistant messages)" or "The provider repeatedly ended the response before returning usable output."',
      triage: ['Replay the request against the proxy without streaming.', 'Look for timeouts or stream errors in the proxy log at that time.'],
      mitigate: ['Retry once, then switch model group; fix missing output limits in kilo.json.'],
      escalate: 'If one model group returns empty answers for every request, treat it as a provider incident for that group.',
    },
    alert: { fires: false, why: 'Kilo Code\'s judgement of a successful (HTTP 200) answer with no content; the proxy records a success' },
    seedGaps: ['P2-2'],
    sources: [
      { kind: 'upstream', repo: 'Kilo-Org/kilocode', path: 'src/core/task/Task.ts', symbol: 'Task.recursivelyMakeClineRequests', commit: 'c55f7b4a763f24b751b3d4a348205a272d442f27' },
      { kind: 'web', title: 'Kilo: model did not provide any assistant messages', url: 'https://github.com/Kilo-Org/kilocode/issues/6213' },
      { kind: 'web', title: 'Kilo: recover from empty provider streams', url: 'https://github.com/Kilo-Org/kilocode/pull/11021' },
      KILO_RESPONSE_ENDED_UNEXPECTEDLY,
    ],
    lifecycle: 'active',
    since: '0.1.0',
  },
]);
