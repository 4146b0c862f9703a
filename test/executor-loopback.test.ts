// The executor with the real openai SDK as its transport, against OpenAI-compatible servers on
// 127.0.0.1 that fail the way providers do: the seed's three scenarios (rate limit exceeded,
// network timeout, invalid API key) and a cascade where every target fails. Real time, short
// timeouts; the SDK's own retries are off so the executor makes every decision.
import OpenAI from 'openai';
import Groq from 'groq-sdk';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { generateText } from 'ai';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { ChainExhaustedError, createExecutor, StreamInterruptedError, type Target } from '../src/index.js';
import { listen, type Running } from './helpers/fake-provider.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const json = (status: number, body: object, headers: Record<string, string> = {}): Handler => (req, res) => {
  req.resume();
  req.on('end', () => { res.writeHead(status, { 'content-type': 'application/json', ...headers }); res.end(JSON.stringify(body)); });
};
const ok: Handler = json(200, { id: 'chatcmpl-1', object: 'chat.completion', created: 1764460800, model: 'm', choices: [{ index: 0, message: { role: 'assistant', content: 'pong' }, finish_reason: 'stop' }], usage: { prompt_tokens: 3, completion_tokens: 1, total_tokens: 4 } });
const groq429 = json(429, { error: { message: 'Rate limit reached for model `openai/gpt-oss-120b` in organization `org_01hx` service tier `on_demand` on tokens per minute (TPM): Limit 8000, Used 7412, Requested 1350. Please try again in 6.78s.', type: 'tokens', code: 'rate_limit_exceeded' } }, { 'retry-after': '7', 'x-groq-region': 'us-east-1' });
const groq401 = json(401, { error: { message: 'Invalid API Key', type: 'invalid_request_error', code: 'invalid_api_key' } });
const hang: Handler = (req) => { req.resume(); };
const chunk = (content: string) => `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', created: 1764460800, model: 'm', choices: [{ index: 0, delta: { content }, finish_reason: null }] })}\n\n`;
/** A 200 SSE stream: the given chunks, then [DONE]; or, with `cut`, the socket is destroyed after them. */
const sse = (parts: string[], cut = false): Handler => (req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    for (const p of parts) res.write(chunk(p));
    if (cut) setTimeout(() => res.socket?.destroy(), 20);
    else res.end('data: [DONE]\n\n');
  });
};
const server500 = json(500, { error: { message: 'The server had an error while processing your request. Sorry about that!', type: 'server_error', param: null, code: null } });

const servers: Running[] = [];
afterEach(async () => { await Promise.all(servers.splice(0).map((s) => s.close())); });

async function targetsFor(handlers: Record<string, Handler>) {
  const entries = await Promise.all(Object.entries(handlers).map(async ([id, h]) => {
    const s = await listen(h);
    servers.push(s);
    return [id, new OpenAI({ apiKey: 'sk-test-not-a-real-key', baseURL: `${s.url}/v1`, maxRetries: 0 })] as const;
  }));
  return new Map(entries);
}

const TARGETS: Target[] = [
  { id: 'groq-primary', provider: 'groq', contextWindow: 131_072 },
  { id: 'openai-secondary', provider: 'openai', contextWindow: 922_000 },
  { id: 'openrouter-tertiary', provider: 'openrouter', contextWindow: 1_048_576 },
];

function run(clients: Map<string, OpenAI>, attemptTimeoutMs = 2_000) {
  const executor = createExecutor({ targets: TARGETS, attemptTimeoutMs });
  return executor.execute(({ target, signal }) =>
    clients.get(target.id)!.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'ping' }] }, { signal }));
}

describe('executor over real HTTP with the openai SDK', () => {
  it('rate limit exceeded: fails over to the next provider at once', async () => {
    const clients = await targetsFor({ 'groq-primary': groq429, 'openai-secondary': ok, 'openrouter-tertiary': ok });
    const started = Date.now();
    const r = await run(clients);
    expect(r.value.choices[0]!.message.content).toBe('pong');
    expect(r.attempts.map((a) => [a.target, a.code, a.decision])).toEqual([
      ['groq-primary', 'groq-rate-limit', 'switch'], ['openai-secondary', null, 'success'],
    ]);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('network timeout: a hung provider fails over when the attempt times out', async () => {
    const clients = await targetsFor({ 'groq-primary': hang, 'openai-secondary': ok, 'openrouter-tertiary': ok });
    const started = Date.now();
    const r = await run(clients, 300);
    expect(r.finalTarget).toBe('openai-secondary');
    expect(r.attempts[0]).toMatchObject({ target: 'groq-primary', category: 'TIMEOUT', decision: 'switch' });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('invalid API key: moves to another provider and names the code', async () => {
    const clients = await targetsFor({ 'groq-primary': groq401, 'openai-secondary': ok, 'openrouter-tertiary': ok });
    const r = await run(clients);
    expect(r.attempts[0]).toMatchObject({ target: 'groq-primary', code: 'groq-invalid-api-key', category: 'AUTH' });
    expect(r.finalTarget).toBe('openai-secondary');
  });

  it('cascade failure: every target fails and the error carries every attempt', async () => {
    const clients = await targetsFor({ 'groq-primary': groq401, 'openai-secondary': groq401, 'openrouter-tertiary': groq401 });
    const err = await run(clients).catch((e: unknown) => e) as ChainExhaustedError;
    expect(err).toBeInstanceOf(ChainExhaustedError);
    expect(err.code).toBe('litellm-fallback-exhausted');
    expect(err.attempts.map((a) => a.target)).toEqual(['groq-primary', 'openai-secondary', 'openrouter-tertiary']);
  });

  it('a stream that fails before its first chunk switches target; the caller sees only the answer', async () => {
    const clients = await targetsFor({ 'groq-primary': json(401, { error: { message: 'Invalid API Key', type: 'invalid_request_error', code: 'invalid_api_key' } }), 'openai-secondary': sse(['Hel', 'lo']), 'openrouter-tertiary': ok });
    const executor = createExecutor({ targets: TARGETS, attemptTimeoutMs: 2_000 });
    const text: string[] = [];
    const stream = executor.stream(({ target, signal }) =>
      clients.get(target.id)!.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'hi' }], stream: true }, { signal }));
    for await (const c of stream) text.push(c.choices[0]?.delta?.content ?? '');
    expect(text.join('')).toBe('Hello');
  });

  it('a stream cut after its first chunk throws StreamInterruptedError with the partial text, and nothing is appended', async () => {
    const clients = await targetsFor({ 'groq-primary': sse(['Hel'], true), 'openai-secondary': sse(['other answer']), 'openrouter-tertiary': ok });
    const executor = createExecutor({ targets: TARGETS, attemptTimeoutMs: 2_000 });
    const text: string[] = [];
    const stream = executor.stream(({ target, signal }) =>
      clients.get(target.id)!.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'hi' }], stream: true }, { signal }));
    const err = await (async () => { for await (const c of stream) text.push(c.choices[0]?.delta?.content ?? ''); })().catch((e: unknown) => e) as StreamInterruptedError;
    expect(err).toBeInstanceOf(StreamInterruptedError);
    expect(err.partialText).toBe('Hel');
    expect(err.target).toBe('groq-primary');
    expect(text.join('')).toBe('Hel');
  });

  it('a provider answering 500 is retried with backoff, then left for the next target', async () => {
    let hits = 0;
    const counting: Handler = (req, res) => { hits++; server500(req, res); };
    const clients = await targetsFor({ 'groq-primary': counting, 'openai-secondary': ok, 'openrouter-tertiary': ok });
    const r = await run(clients);
    expect(hits).toBe(3);
    expect(r.attempts.map((a) => a.decision)).toEqual(['retry-same', 'retry-same', 'switch', 'success']);
    expect(r.finalTarget).toBe('openai-secondary');
  });

  it('works with groq-sdk, the AI SDK and plain fetch as transports', async () => {
    const clients = await targetsFor({ 'groq-primary': groq429, 'openai-secondary': ok, 'openrouter-tertiary': ok });
    const urls = new Map([...clients].map(([id, c]) => [id, c.baseURL]));
    const executor = createExecutor({ targets: TARGETS, attemptTimeoutMs: 2_000 });
    // groq-sdk: the Groq target through Groq's own client.
    const groq = new Groq({ apiKey: 'gsk_test', baseURL: urls.get('groq-primary')!.replace(/\/v1$/, ''), maxRetries: 0 });
    const viaGroq = await executor.execute(async ({ target, signal }): Promise<unknown> => target.id === 'groq-primary'
      ? groq.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'ping' }] }, { signal })
      : clients.get(target.id)!.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'ping' }] }, { signal }));
    expect(viaGroq.attempts.map((a) => a.code)).toEqual(['groq-rate-limit', null]);
    // The AI SDK, with its own retries off.
    const aiSdk = await createExecutor({ targets: TARGETS, attemptTimeoutMs: 2_000 }).execute(({ target, signal }) =>
      generateText({ model: createOpenAICompatible({ name: target.id, baseURL: urls.get(target.id)!, apiKey: 'k' }).chatModel('m'), prompt: 'ping', maxRetries: 0, abortSignal: signal }));
    expect(aiSdk.value.text).toBe('pong');
    expect(aiSdk.attempts[0]).toMatchObject({ target: 'groq-primary', category: 'RATE_LIMIT' });
    // Plain fetch: throw the status, headers and body, and classify reads them.
    const viaFetch = await createExecutor({ targets: TARGETS, attemptTimeoutMs: 2_000 }).execute(async ({ target, signal }) => {
      const res = await fetch(`${urls.get(target.id)}/chat/completions`, { method: 'POST', signal, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'm', messages: [] }) });
      const body = await res.json();
      if (!res.ok) throw Object.assign(new Error(`HTTP ${res.status}`), { status: res.status, headers: Object.fromEntries(res.headers), error: body.error });
      return body;
    });
    expect(viaFetch.attempts.map((a) => [a.target, a.code])).toEqual([['groq-primary', 'groq-rate-limit'], ['openai-secondary', null]]);
  });

  const reset: Handler = (req) => { req.resume(); req.on('end', () => req.socket.destroy()); };
  const limited = (headers: Record<string, string>): Handler => json(429, { error: { message: 'Rate limit reached for model `openai/gpt-oss-120b` on tokens per minute (TPM).', type: 'tokens', code: 'rate_limit_exceeded' } }, headers);
  const quota = json(429, { error: { message: 'You exceeded your current quota, please check your plan and billing details.', type: 'insufficient_quota', param: null, code: 'insufficient_quota' } });
  const context = json(400, { error: { message: "This model's maximum context length is 131072 tokens. However, your messages resulted in 150000 tokens. Please reduce the length of the messages.", type: 'invalid_request_error', param: 'messages', code: 'context_length_exceeded' } });

  it.each<[string, Handler, string, string]>([
    ['429 with retry-after-ms', limited({ 'retry-after-ms': '1500' }), 'RATE_LIMIT', 'openai-secondary'],
    ['429 with an HTTP-date retry-after', limited({ 'retry-after': new Date(Date.now() + 30_000).toUTCString() }), 'RATE_LIMIT', 'openai-secondary'],
    ['429 with x-ratelimit-reset-tokens', limited({ 'x-ratelimit-remaining-tokens': '0', 'x-ratelimit-reset-tokens': '7.66s' }), 'RATE_LIMIT', 'openai-secondary'],
    ['a connection reset before any answer', reset, 'NETWORK', 'openai-secondary'],
    ['quota exhausted', quota, 'QUOTA', 'openai-secondary'],
    ['a context-length error (only larger windows)', context, 'CONTEXT_LENGTH', 'openai-secondary'],
  ])('fault: %s', async (_what, fault, category, final) => {
    const clients = await targetsFor({ 'groq-primary': fault, 'openai-secondary': ok, 'openrouter-tertiary': ok });
    const r = await run(clients);
    expect(r.attempts[0]).toMatchObject({ target: 'groq-primary', category });
    expect(r.finalTarget).toBe(final);
    expect(r.attempts.filter((a) => a.code !== null).every((a) => a.delayMs < 2_000)).toBe(true);
  });
});
