// The implementation side of the drift test: every real sample in the registry, turned into the
// value a program would hold (Response-like object, stream chunk, thrown Error, log line),
// classifies to its own entry, with a retry delay that is a finite non-negative number or null.
import { describe, expect, it } from 'vitest';
import { classifyWith } from '../src/classify/classify.js';
import { buildMatchTables } from '../generators/match-tables.js';
import { loadRegistry } from '../registry/index.js';
import { sampleInput } from '../registry/sample-input.js';

const reg = loadRegistry();
const tables = buildMatchTables(reg);
const opts = { docsBaseUrl: 'http://localhost:4321', now: () => Date.parse('2026-11-28T12:00:00Z') };

describe('every registry sample classifies to its own code', () => {
  for (const e of reg.errors) {
    e.samples.forEach((s, i) => {
      it(`${e.code} sample ${i} (${s.kind})`, () => {
        const c = classifyWith(tables, sampleInput(s), s.hintProvider ? { provider: s.hintProvider } : undefined, opts);
        expect(c.code).toBe(e.code);
        expect(c.category).toBe(e.category);
        expect(c.action).toBe(e.action);
        expect(c.docsUrl).toBe(`http://localhost:4321/errors/${e.code.toLowerCase()}/`);
        if (c.retryAfterMs !== null) expect(Number.isFinite(c.retryAfterMs) && c.retryAfterMs >= 0).toBe(true);
      });
    });
  }

  it('an input nothing matches is UNKNOWN with its own message', () => {
    const c = classifyWith(tables, new Error('the cat sat on the keyboard'), undefined, opts);
    expect(c).toMatchObject({ code: 'UNKNOWN', category: 'UNKNOWN', action: 'fail', message: 'the cat sat on the keyboard' });
  });
});

describe('provider recognition comes from the provider records', () => {
  const text = '429 Too Many Requests from gateway.example-llm.dev: slow down';

  it('a host added to a provider record makes that provider evident', () => {
    expect(classifyWith(tables, text, undefined, opts).provider).toBeNull();
    const providers = structuredClone(reg.providers);
    providers.find((p) => p.id === 'openrouter')!.recognition.hosts.push('gateway.example-llm.dev');
    const c = classifyWith(buildMatchTables({ ...reg, providers }), text, undefined, opts);
    expect(c).toMatchObject({ provider: 'openrouter', code: 'openrouter-rate-limit' });
  });

  it('precedence decides between two providers named in one message', () => {
    const both = 'OpenrouterException - upstream said: see https://platform.openai.com/account/limits (429)';
    expect(classifyWith(tables, both, undefined, opts).provider).toBe('openrouter');
    const providers = structuredClone(reg.providers);
    providers.find((p) => p.id === 'openai')!.recognition.precedence = -1;
    expect(classifyWith(buildMatchTables({ ...reg, providers }), both, undefined, opts).provider).toBe('openai');
  });

  it('a provider field on an app\'s error names Groq or OpenRouter, but never OpenAI (apps say openai for any compatible server)', () => {
    const err = (fields: Record<string, unknown>) => Object.assign(new Error('Connection error.'), fields);
    expect(classifyWith(tables, err({ providerId: 'openrouter' }), undefined, opts).provider).toBe('openrouter');
    expect(classifyWith(tables, err({ provider: 'groq' }), undefined, opts).provider).toBe('groq');
    expect(classifyWith(tables, err({ providerId: 'openai' }), undefined, opts).provider).toBeNull();
    expect(classifyWith(tables, err({ provider: 'Targon' }), undefined, opts).provider).toBeNull();
    // OpenRouter names the upstream it routed to in its own chunks ("Groq"): that is still OpenRouter speaking.
    const chunk = { id: 'gen-1', provider: 'Groq', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: '' }, finish_reason: 'error' }], error: { code: 502, message: 'Provider returned error', metadata: { provider_name: 'Groq' } } };
    expect(classifyWith(tables, chunk, undefined, opts).provider).toBe('openrouter');
    expect(classifyWith(tables, err({ provider: 'Groq' }), undefined, opts).provider).toBeNull();
  });

  it('a provider outside this stack, when named, keeps a weak marker or the relaying layer from being reported', () => {
    // An app's "OpenAI API error" prefix in front of Anthropic's rate limit is not OpenAI speaking.
    const anthropic = "OpenAI API error: Error code: 429 - {'error': {'code': 'rate_limit_error', 'message': 'This request would exceed the rate limit for your organization. For details, refer to: https://docs.anthropic.com/en/api/rate-limits.'}}";
    expect(classifyWith(tables, anthropic, undefined, opts)).toMatchObject({ category: 'RATE_LIMIT', provider: null });
    expect(classifyWith(tables, anthropic.replace('https://docs.anthropic.com/en/api/rate-limits', 'the docs'), undefined, opts).provider).toBe('openai');
    // LiteLLM timing out on Ollama: the upstream is Ollama, not LiteLLM.
    expect(classifyWith(tables, 'litellm.APIConnectionError: OllamaException - litellm.Timeout: Connection timed out after 600.0 seconds.', undefined, opts)).toMatchObject({ category: 'TIMEOUT', provider: null });
    expect(classifyWith(tables, 'litellm.APIConnectionError: litellm.Timeout: Connection timed out after 600.0 seconds.', undefined, opts).provider).toBe('litellm');
    // LiteLLM's own config error stays LiteLLM's, whatever host the config names.
    expect(classifyWith(tables, "litellm.BadRequestError: LLM Provider NOT provided. Pass in the LLM provider you are trying to call. You passed model=claude-3-5-sonnet anthropic_api_url='https://api.anthropic.com'", undefined, opts).provider).toBe('litellm');
    // A wording is strong alone, but servers copy wordings: xAI answers with OpenAI's "Incorrect API key provided".
    const xai = 'Incorrect API key provided: na***ys. You can obtain an API key from https://console.x.ai.';
    expect(classifyWith(tables, xai, undefined, opts)).toMatchObject({ category: 'AUTH', provider: null });
    expect(classifyWith(tables, xai.replace('https://console.x.ai', 'your dashboard'), undefined, opts).provider).toBe('openai');
    // A strong marker of ours still wins: Groq's own wrapper beside an Anthropic link.
    expect(classifyWith(tables, 'litellm.RateLimitError: GroqException - Rate limit reached (see also https://docs.anthropic.com)', undefined, opts).provider).toBe('groq');
  });

  it('a class named after a provider names it (OpenRouterClient in a stack trace); a model group or a hyphenated name does not', () => {
    expect(classifyWith(tables, 'ApiError: Request timed out.\n    at OpenRouterClient.makeRequest (file:///app/dist/chunk.js:846:15)', undefined, opts).provider).toBe('openrouter');
    expect(classifyWith(tables, 'Request timed out. Received Model Group=openrouter-tertiary', undefined, opts).provider).not.toBe('openrouter');
    expect(classifyWith(tables, 'Request timed out calling OpenRouter-compatible-gateway', undefined, opts).provider).toBeNull();
  });
});


describe('statuses narrower than their family (registry wordings.statusCategories)', () => {
  const category = (input: unknown, t = tables) => classifyWith(t, input, undefined, opts).category;

  it('reads Anthropic\'s 529 as OVERLOADED and Cloudflare\'s 524 as TIMEOUT, even beside a generic "server error"', () => {
    expect(category("httpx.HTTPStatusError: Server error '529 ' for url 'https://api.anthropic.com/v1/messages'")).toBe('OVERLOADED');
    expect(category({ status: 524, message: 'error code: 524' })).toBe('TIMEOUT');
    expect(category({ status: 521, message: 'error code: 521' })).toBe('SERVER'); // not in the table: its family
  });

  it('lets a specific wording override the status, as for a bare-status rule', () => {
    expect(category({ status: 529, message: "This model's maximum context length is 8192 tokens" })).toBe('CONTEXT_LENGTH');
  });

  it('takes the table from the registry: without the entry, 529 is a plain 5xx', () => {
    const { 529: _, ...rest } = reg.wordings.statusCategories;
    const t = buildMatchTables({ ...reg, wordings: { ...reg.wordings, statusCategories: rest } });
    expect(category({ status: 529, message: 'error code: 529' }, t)).toBe('SERVER');
  });
});
